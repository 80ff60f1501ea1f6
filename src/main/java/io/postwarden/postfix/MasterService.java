package io.postwarden.postfix;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A master.cf service: its eight fields and its {@code -o} overrides. The command field
 * holds the program and its arguments without the overrides, as {@code postconf -M}
 * and {@code postconf -P} keep them apart.
 */
public record MasterService(String name, String type, String privateFlag, String unprivileged, String chroot, String wakeup,
                            String maxProcesses, String command, Map<String, String> overrides) {

    public MasterService {
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        command = command.strip().replaceAll("\\s+", " ");
    }

    /** {@code name/type}, how postconf names a service. */
    public String key() {
        return name + "/" + type;
    }

    /** The entry as {@code postconf -M name/type='...'} takes it. */
    public String entry() {
        return String.join(" ", name, type, privateFlag, unprivileged, chroot, wakeup, maxProcesses, command);
    }

    public boolean sameEntryAs(MasterService other) {
        return entry().equals(other.entry());
    }
}
