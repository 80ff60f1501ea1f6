package io.postwarden.push;

import io.postwarden.config.PostwardenProperties;
import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.ssh.RemoteSession;
import io.postwarden.ssh.SshException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts a host back as it was before an earlier push, from the backup that push left on
 * the host. The restore is itself backed up first, so a restore that fails its checks
 * is undone like any push.
 */
@Component
class HostRestorer {

    private final PushRecorder recorder;
    private final HostLocks locks;
    private final HostService hosts;
    private final HostConnections connections;
    private final PostwardenProperties properties;

    HostRestorer(PushRecorder recorder, HostLocks locks, HostService hosts, HostConnections connections,
                 PostwardenProperties properties) {
        this.recorder = recorder;
        this.locks = locks;
        this.hosts = hosts;
        this.connections = connections;
        this.properties = properties;
    }

    void restore(long pushId, long restoreOf, long pushHostId, long hostId) {
        recorder.onHost(pushHostId, h -> h.markRunning(recorder.now()));
        if (!locks.tryAcquire(hostId, pushId)) {
            recorder.onHost(pushHostId, h -> h.markFailed(recorder.now(), "not restored: another push holds this host"));
            return;
        }
        Host host = hosts.get(hostId);
        HostBackups backups = new HostBackups(properties.getPush().getBackupDirectory(), host.getName());
        StepLog steps = new RecordingStepLog(recorder, pushHostId);
        List<HostBackups.Entry> safety = null;
        try (RemoteSession session = connections.open(host)) {
            HostShell shell = new HostShell(session, host.isSudo(), steps);
            List<HostBackups.Entry> wanted = backups.manifest(shell, restoreOf, "read");
            safety = backups.backUp(shell, pushId, wanted.stream().map(HostBackups.Entry::path).toList());
            recorder.onHost(pushHostId, PushHost::markBackedUp);
            try {
                backups.restore(shell, wanted, "stage");
                checkAndReload(shell, host, wanted);
                recorder.onHost(pushHostId, h -> h.markSucceeded(recorder.now(),
                        "restored " + wanted.size() + " file(s) as they were before push " + restoreOf));
            } catch (SshException | HostShell.StepFailedException e) {
                backups.restore(shell, safety, "rollback");
                checkAndReload(shell, host, safety);
                recorder.onHost(pushHostId, h -> h.markRolledBack(recorder.now(), "restore undone: " + e.getMessage()));
            }
        } catch (SshException | HostShell.StepFailedException | HostConnections.MissingCredentialsException e) {
            String reason = e.getMessage();
            recorder.onHost(pushHostId, h -> h.markFailed(recorder.now(), "not restored: " + reason));
        } finally {
            locks.release(hostId, pushId);
        }
    }

    private static void checkAndReload(HostShell shell, Host host, List<HostBackups.Entry> files) {
        String dir = host.getPostfixConfigDirectory();
        boolean postfix = files.stream().anyMatch(f -> f.path().startsWith(dir + "/"));
        if (postfix) {
            shell.require("validate", "validate the restored configuration", List.of("postfix", "-c", dir, "check"));
            shell.require("activate", "make Postfix use the restored configuration", List.of("postfix", "-c", dir, "reload"));
        }
        if (files.stream().anyMatch(f -> !f.path().startsWith(dir + "/") && f.path().endsWith(".zone") || f.path().contains("/nsd/"))) {
            shell.require("activate", "serve the restored zones",
                    List.of("nsd-control", "-c", host.getNsdConfigFile(), "reload"));
        }
    }
}
