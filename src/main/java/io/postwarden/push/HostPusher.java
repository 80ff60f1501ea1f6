package io.postwarden.push;

import io.postwarden.config.PostwardenProperties;
import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.nsd.SpfTxtQuery;
import io.postwarden.plan.RemoteStep;
import io.postwarden.shared.NotFoundException;
import io.postwarden.ssh.CommandResult;
import io.postwarden.ssh.RemoteSession;
import io.postwarden.ssh.SshException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes one host: lock, connect, read, plan, back up, apply, verify, probe — and on
 * any failure after the backup, restore every file and reload, so the host is left
 * as it was. Everything it runs is recorded as it happens.
 */
@Component
class HostPusher {

    private static final Logger log = LoggerFactory.getLogger(HostPusher.class);
    private static final Duration DNS_TIMEOUT = Duration.ofSeconds(5);

    private final PushRecorder recorder;
    private final HostLocks locks;
    private final HostService hosts;
    private final HostConnections connections;
    private final DesiredPolicies desiredPolicies;
    private final HostPlanner planner;
    private final PushViews views;
    private final PostwardenProperties properties;

    HostPusher(PushRecorder recorder, HostLocks locks, HostService hosts, HostConnections connections,
               DesiredPolicies desiredPolicies, HostPlanner planner, PushViews views, PostwardenProperties properties) {
        this.recorder = recorder;
        this.locks = locks;
        this.hosts = hosts;
        this.connections = connections;
        this.desiredPolicies = desiredPolicies;
        this.planner = planner;
        this.views = views;
        this.properties = properties;
    }

    void push(long pushId, long pushHostId, long hostId) {
        recorder.onHost(pushHostId, h -> h.markRunning(recorder.now()));
        if (!locks.tryAcquire(hostId, pushId)) {
            String holder = locks.holder(hostId).map(id -> "push " + id).orElse("another push");
            recorder.onHost(pushHostId, h -> h.markFailed(recorder.now(), "not pushed: " + holder + " is pushing this host"));
            return;
        }
        try {
            pushLocked(pushId, pushHostId, hostId);
        } catch (RuntimeException unexpected) {
            log.error("push {} of host {} stopped unexpectedly", pushId, hostId, unexpected);
            recorder.onHost(pushHostId, h -> {
                if (!h.getStatus().isFinished()) {
                    h.markFailed(recorder.now(), "stopped unexpectedly: " + unexpected.getMessage());
                }
            });
        } finally {
            locks.release(hostId, pushId);
        }
    }

    private void pushLocked(long pushId, long pushHostId, long hostId) {
        Host host;
        try {
            host = hosts.get(hostId);
        } catch (NotFoundException gone) {
            recorder.onHost(pushHostId, h -> h.markFailed(recorder.now(), "the host was deleted before it could be pushed"));
            return;
        }
        StepLog steps = new RecordingStepLog(recorder, pushHostId);
        HostBackups backups = new HostBackups(properties.getPush().getBackupDirectory(), host.getName());
        List<HostBackups.Entry> backedUp = null;
        HostPlan plan = null;
        RemoteSession session = null;
        List<RemoteStep> activated = new ArrayList<>();
        try {
            DesiredHost desired = desiredPolicies.of(hostId);
            session = connections.open(host);
            HostShell shell = new HostShell(session, host.isSudo(), steps);
            plan = planner.plan(host, desired, shell, "read");
            HostPlan planned = plan;
            recorder.onHost(pushHostId, h -> h.recordPlan(views.toJson(PlanViews.of(host, planned, shell)), !planned.inSync()));
            if (!plan.blockers().isEmpty()) {
                recorder.onHost(pushHostId, h -> h.markFailed(recorder.now(), "not pushed: " + String.join("; ", planned.blockers())));
                return;
            }
            if (plan.inSync()) {
                verifyDns(host, plan, pushHostId);
                probeRelay(host, desired, pushHostId);
                recorder.onHost(pushHostId, h -> h.markSucceeded(recorder.now(), "in sync: nothing to change, nothing reloaded"));
                return;
            }
            backedUp = backups.backUp(shell, pushId, plan.filesTouched());
            recorder.onHost(pushHostId, PushHost::markBackedUp);
            for (HostPlan.Phased step : plan.applyOrder()) {
                if (step.phase().equals("activate")) {
                    activated.add(step.step());
                }
                shell.apply(step.phase(), step.step());
            }
            HostPlan after = planner.plan(host, desired, shell, "verify");
            if (!after.inSync()) {
                throw new HostShell.StepFailedException("verification failed: reading the host back still differs: "
                        + after.changes().stream().map(c -> c.area().label() + " " + c.item()).toList());
            }
            verifyDns(host, plan, pushHostId);
            backups.prune(shell, properties.getPush().getBackupsKept());
            probeRelay(host, desired, pushHostId);
            int changes = plan.changes().size();
            recorder.onHost(pushHostId, h -> h.markSucceeded(recorder.now(), changes + " change(s) applied and verified"));
        } catch (RuntimeException e) {
            // Whatever went wrong — a command, a zone that does not parse, a bug — a host
            // that was backed up is put back: it must never stay half-configured.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!(e instanceof SshException || e instanceof HostShell.StepFailedException)) {
                log.warn("push {} of {} failed", pushId, host.getName(), e);
            }
            if (backedUp == null) {
                recorder.onHost(pushHostId, h -> h.markFailed(recorder.now(), "nothing changed: " + reason));
            } else {
                rollBack(pushId, host, plan, backups, backedUp, activated, session, steps, pushHostId, reason);
            }
        } finally {
            if (session != null) {
                session.close();
            }
        }
    }

    /**
     * Restores every backed-up file and reloads. A dropped session is reopened once: the
     * host must not stay half-configured because the network blinked.
     */
    private void rollBack(long pushId, Host host, HostPlan plan, HostBackups backups, List<HostBackups.Entry> backedUp,
                          List<RemoteStep> activated, RemoteSession session,
                          StepLog steps, long pushHostId, String reason) {
        RemoteSession rollbackSession = session;
        try {
            if (rollbackSession == null || !rollbackSession.isOpen()) {
                rollbackSession = connections.open(host);
            }
            HostShell shell = new HostShell(rollbackSession, host.isSudo(), steps);
            backups.restore(shell, backedUp, "rollback");
            reloadAfterRestore(shell, plan, activated);
            recorder.onHost(pushHostId, h -> h.markRolledBack(recorder.now(), "rolled back, the host is as before: " + reason));
        } catch (HostShell.StepFailedException | SshException e) {
            recorder.onHost(pushHostId, h -> h.markFailed(recorder.now(), "ROLLBACK FAILED — check the host by hand (the backup is in "
                    + backups.folderOf(pushId) + "): " + e.getMessage() + "; the push failed because: " + reason));
        } finally {
            if (rollbackSession != null && rollbackSession != session) {
                rollbackSession.close();
            }
        }
    }

    /**
     * Only what went live is reloaded: a failure during the checks left the running
     * daemons on their old configuration, which the restored files match again.
     */
    private static void reloadAfterRestore(HostShell shell, HostPlan plan, List<RemoteStep> activated) {
        if (activated.isEmpty()) {
            return;
        }
        if (plan.postfix() != null && plan.postfix().activate().stream().anyMatch(activated::contains)) {
            String dir = plan.paths().configDirectory();
            CommandResult status = shell.run("rollback", "is Postfix running", List.of("postfix", "-c", dir, "status"));
            List<String> restart = status.succeeded() ? List.of("postfix", "-c", dir, "reload") : List.of("postfix", "-c", dir, "start");
            shell.require("rollback", "make Postfix use the restored configuration", restart);
        }
        for (HostPlan.ZonePlan zone : plan.zones()) {
            for (RemoteStep step : zone.plan().steps()) {
                if (activated.contains(step) && step instanceof RemoteStep.Command command) {
                    shell.require("rollback", "serve the restored zone " + zone.zone(), command.argv());
                }
            }
        }
    }

    /** Asks the DNS host itself for each record, so the push proves what resolvers will be served. */
    private void verifyDns(Host host, HostPlan plan, long pushHostId) {
        if (plan.zones().isEmpty()) {
            return;
        }
        List<String> answers = new ArrayList<>();
        for (HostPlan.ZonePlan zone : plan.zones()) {
            for (var record : zone.records().entrySet()) {
                String name = zone.fullName(record.getKey());
                List<String> served = SpfTxtQuery.query(host.getAddress(), host.getDnsPort(), name, DNS_TIMEOUT);
                answers.add(name + " TXT " + (served.isEmpty() ? "(no SPF record)" : String.join(" | ", served)));
                if (!served.equals(List.of(record.getValue()))) {
                    throw new HostShell.StepFailedException("verification failed: " + host.getName() + " answers " + name
                            + " TXT " + served + " instead of \"" + record.getValue() + "\"");
                }
            }
        }
        recorder.onHost(pushHostId, h -> h.recordVerification(h.getRelayVerdict(), h.getRelayDetail(), String.join("\n", answers)));
    }

    private void probeRelay(Host host, DesiredHost desired, long pushHostId) {
        if (desired.postfix() == null) {
            return;
        }
        PostwardenProperties.Push push = properties.getPush();
        RelayProbe.Result result = new RelayProbe(Duration.ofSeconds(10)).probe(host.getAddress(), push.getRelayProbePort(),
                push.getRelayProbeRecipient(), desired.postfix().trustedNetworks());
        recorder.onHost(pushHostId, h -> h.recordVerification(result.verdict().name(), result.detail(), h.getDnsAnswers()));
    }
}
