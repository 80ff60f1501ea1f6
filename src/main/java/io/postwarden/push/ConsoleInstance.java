package io.postwarden.push;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Names this running console, so that work it owns (pushes, host locks) can be told
 * apart from the work of other instances sharing the database, and found again when
 * this process is gone.
 */
@Component
public class ConsoleInstance {

    private final String machine;
    private final long pid;
    private final String id;

    ConsoleInstance() {
        this.machine = machineName();
        this.pid = ProcessHandle.current().pid();
        this.id = machine + ":" + pid + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }

    /** True when {@code owner} was a process on this machine that no longer runs. */
    public boolean isDeadLocalProcess(String owner) {
        if (owner == null) {
            return false;
        }
        String[] parts = owner.split(":");
        if (parts.length < 3 || !parts[0].equals(machine) || owner.equals(id)) {
            return false;
        }
        try {
            long ownerPid = Long.parseLong(parts[1]);
            return ownerPid != pid && ProcessHandle.of(ownerPid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
