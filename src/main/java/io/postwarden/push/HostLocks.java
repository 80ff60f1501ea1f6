package io.postwarden.push;

import io.postwarden.config.PostwardenProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One push per host at a time, across every console sharing the database: the lock is
 * a row whose primary key is the host. Each call commits on its own (no surrounding
 * transaction), so a refused insert never poisons other work. A lock whose heartbeat
 * is older than {@code postwarden.push.lock-timeout} belongs to a console that died and
 * may be taken over.
 */
@Component
public class HostLocks {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ConsoleInstance instance;
    private final PostwardenProperties properties;

    HostLocks(JdbcTemplate jdbc, Clock clock, ConsoleInstance instance, PostwardenProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
        this.properties = properties;
    }

    public boolean tryAcquire(long hostId, long pushId) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("INSERT INTO host_lock (host_id, push_id, owner, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)",
                    hostId, pushId, instance.id(), now, now);
            return true;
        } catch (DuplicateKeyException held) {
            Timestamp staleBefore = Timestamp.from(clock.instant().minus(properties.getPush().getLockTimeout()));
            int taken = jdbc.update("UPDATE host_lock SET push_id = ?, owner = ?, acquired_at = ?, heartbeat_at = ? "
                    + "WHERE host_id = ? AND heartbeat_at < ?", pushId, instance.id(), now, now, hostId, staleBefore);
            return taken == 1;
        }
    }

    /** The push holding the lock of a host, if any. */
    public Optional<Long> holder(long hostId) {
        return jdbc.query("SELECT push_id FROM host_lock WHERE host_id = ?", (rs, i) -> rs.getLong(1), hostId).stream().findFirst();
    }

    public void heartbeat(long hostId, long pushId) {
        jdbc.update("UPDATE host_lock SET heartbeat_at = ? WHERE host_id = ? AND push_id = ?",
                Timestamp.from(clock.instant()), hostId, pushId);
    }

    public void release(long hostId, long pushId) {
        jdbc.update("DELETE FROM host_lock WHERE host_id = ? AND push_id = ?", hostId, pushId);
    }

    Instant now() {
        return clock.instant();
    }
}
