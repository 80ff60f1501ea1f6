package io.postwarden.push;

import io.postwarden.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a push's progress as it happens, each change in its own transaction, so a
 * page or an API client polling the push sees every host and step the moment it
 * starts or ends, and a console that dies leaves the record up to its last step.
 */
@Component
class PushRecorder {

    private final PushRepository pushes;
    private final PushHostRepository pushHosts;
    private final PushStepRepository steps;
    private final Clock clock;
    private final AuditLog audit;

    PushRecorder(PushRepository pushes, PushHostRepository pushHosts, PushStepRepository steps, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.pushes = pushes;
        this.pushHosts = pushHosts;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void start(long pushId, String owner) {
        pushes.findById(pushId).orElseThrow().markRunning(clock.instant(), owner);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void heartbeat(long pushId) {
        pushes.findById(pushId).ifPresent(push -> push.beat(clock.instant()));
    }

    /** Ends the push and records, for each host, how it ended — a rollback above all — in the audit trail. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long pushId) {
        Push push = pushes.findById(pushId).orElseThrow();
        push.markFinished(clock.instant());
        for (PushHost host : push.getHosts()) {
            String kind = switch (host.getStatus()) {
                case ROLLED_BACK -> "ROLLBACK";
                case SUCCEEDED -> host.isChanged() ? "HOST_CHANGED" : "HOST_IN_SYNC";
                default -> "HOST_FAILED";
            };
            audit.recordFor(push.getRequestedBy(), kind, "Host", host.getHostName(), "push " + pushId + ": " + host.getMessage(),
                    null, null);
        }
        audit.recordFor(push.getRequestedBy(), "PUSH_FINISHED", "Push", String.valueOf(pushId),
                "push " + pushId + " " + push.getStatus() + ": " + push.getSummary(), null, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onHost(long pushHostId, Consumer<PushHost> change) {
        change.accept(pushHosts.findById(pushHostId).orElseThrow());
    }

    /** Records that a step started and returns its id, before the command runs. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long stepStarted(long pushHostId, String phase, String purpose, String command) {
        PushHost host = pushHosts.findById(pushHostId).orElseThrow();
        PushStep step = host.addStep(phase, purpose, command, clock.instant());
        // Persisted directly: saving the host would merge a copy and leave this step without its id.
        return steps.saveAndFlush(step).getId();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void stepFinished(long stepId, Integer exitCode, String stdout, String stderr, boolean succeeded) {
        steps.findById(stepId).orElseThrow().finish(exitCode, stdout, stderr, succeeded, clock.instant());
    }

    java.time.Instant now() {
        return clock.instant();
    }

    /** The hosts of a push, read in one transaction: pushHostId and hostId (-1 when the host was deleted). */
    record Targets(Long restoreOf, List<long[]> hosts) {
    }

    @Transactional(readOnly = true)
    public Targets targets(long pushId) {
        Push push = pushes.findById(pushId).orElseThrow();
        return new Targets(push.getRestoreOf(), push.getHosts().stream()
                .map(h -> new long[] {h.getId(), h.getHostId() == null ? -1 : h.getHostId()})
                .toList());
    }
}
