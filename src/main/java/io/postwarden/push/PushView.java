package io.postwarden.push;

import java.time.Instant;
import java.util.List;

/** A push as the API shows it, with live progress while it runs. */
public record PushView(Long id, PushKind kind, PushStatus status, String requestedBy, Instant createdAt, Instant startedAt,
                       Instant finishedAt, Long restoreOf, String summary, Progress progress, List<HostView> hosts) {

    public record Progress(int total, long pending, long running, long succeeded, long rolledBack, long failed, int percent) {
    }

    public record HostView(Long hostId, String hostName, PushStatus status, boolean changed, boolean backedUp, String message,
                           HostPlanView plan, String relayVerdict, String relayDetail, String dnsAnswers, Instant startedAt,
                           Instant finishedAt, List<StepView> steps) {
    }

    public record StepView(int seq, String phase, String purpose, String command, String status, Integer exitCode, String stdout,
                           String stderr, Instant startedAt, Instant finishedAt) {
    }

    static Progress progress(Push push) {
        int total = push.getHosts().size();
        long pending = push.count(PushStatus.PENDING);
        long running = push.count(PushStatus.RUNNING);
        long succeeded = push.count(PushStatus.SUCCEEDED);
        long rolledBack = push.count(PushStatus.ROLLED_BACK);
        long failed = push.count(PushStatus.FAILED) + push.count(PushStatus.INTERRUPTED);
        int percent = total == 0 ? 100 : (int) ((succeeded + rolledBack + failed) * 100 / total);
        return new Progress(total, pending, running, succeeded, rolledBack, failed, percent);
    }
}
