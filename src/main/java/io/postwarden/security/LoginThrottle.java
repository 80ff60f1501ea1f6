package io.postwarden.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Refuses password logins (form and API Basic) for {@link #COOLDOWN} once a user name,
 * or a client address, has failed {@link #MAX_FAILURES} times within {@link #WINDOW}.
 *
 * <p>Kept in memory: each console instance counts on its own (behind a balancer of N
 * instances a guesser gets up to N × 5 tries per window), and a restart forgets. The
 * client address is {@code request.getRemoteAddr()}: behind a proxy, set
 * {@code server.forward-headers-strategy} or every user shares the proxy's address.
 * Locking by user name lets anyone lock a known user out for a cooldown; that is the
 * price of stopping a guesser who spreads over many addresses.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration COOLDOWN = Duration.ofMinutes(15);
    /** Keys tracked at most; beyond it the oldest entries are forgotten first. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a password login for {@code username} from {@code address} must be refused now. */
    public boolean isLocked(String username, String address) {
        Instant now = clock.instant();
        return locked(userKey(username), now) || locked(addressKey(address), now);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (records.size() >= MAX_KEYS) {
            records.entrySet().removeIf(e -> e.getValue().idle(now));
        }
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    void succeeded(String username) {
        if (username != null) {
            records.remove(userKey(username));
        }
    }

    /** Forgets every failure; for tests and for an operator restarting the count. */
    public void reset() {
        records.clear();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        failed(event.getAuthentication().getName(), addressOf(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private boolean locked(String key, Instant now) {
        if (key == null) {
            return false;
        }
        Record record = records.get(key);
        return record != null && record.lockedAt(now);
    }

    private void record(String key, Instant now) {
        if (key != null) {
            records.computeIfAbsent(key, k -> new Record()).fail(now);
        }
    }

    private static String userKey(String username) {
        return username == null || username.isBlank() ? null : "u:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "a:" + address;
    }

    private static final class Record {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized void fail(Instant now) {
            failures.addLast(now);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(WINDOW))) {
                failures.removeFirst();
            }
            if (failures.size() >= MAX_FAILURES) {
                lockedUntil = now.plus(COOLDOWN);
                failures.clear();
            }
        }

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean idle(Instant now) {
            return !lockedAt(now) && (failures.isEmpty() || !failures.peekLast().isAfter(now.minus(WINDOW)));
        }
    }
}
