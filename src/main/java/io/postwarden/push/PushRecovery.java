package io.postwarden.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, finds pushes that a stopped console left running: their heartbeat has gone
 * quiet. Each unfinished host is marked interrupted — never left unrecorded — and the
 * push fails, so the operator knows to check those hosts (their backups are named in
 * the push). Pushes of other consoles that still beat are left alone.
 */
@Component
class PushRecovery {

    private static final Logger log = LoggerFactory.getLogger(PushRecovery.class);
    /** Three missed heartbeats (one every ten seconds). */
    private static final Duration SILENCE = Duration.ofSeconds(30);

    private final PushRepository pushes;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    PushRecovery(PushRepository pushes, Clock clock, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.pushes = pushes;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recoverInterruptedPushes() {
        Instant now = clock.instant();
        List<Push> unfinished = pushes.findByStatusIn(List.of(PushStatus.PENDING, PushStatus.RUNNING));
        for (Push push : unfinished) {
            Instant lastSign = push.getHeartbeatAt() != null ? push.getHeartbeatAt() : push.getCreatedAt();
            if (lastSign.isAfter(now.minus(SILENCE))) {
                continue;
            }
            for (PushHost host : push.getHosts()) {
                if (!host.getStatus().isFinished()) {
                    host.markInterrupted(now, host.isBackedUp()
                            ? "interrupted: the console stopped during this host's push; its files may be half-changed — "
                            + "restore it from this push's backup or push again"
                            : "interrupted: the console stopped before this host was changed");
                    if (host.getHostId() != null) {
                        jdbc.update("DELETE FROM host_lock WHERE host_id = ? AND push_id = ?", host.getHostId(), push.getId());
                    }
                }
            }
            push.markFinished(now);
            log.warn("push {} was interrupted by a console stop and is marked failed", push.getId());
        }
    }
}
