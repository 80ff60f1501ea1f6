package io.postwarden.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MovableClock extends Clock {

        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAfterFiveFailuresAndUnlocksAfterTheCooldown() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Alice", "10.0.0." + i);
        }
        assertThat(throttle.isLocked("alice", "10.1.1.1")).isFalse();
        throttle.failed("alice", "10.0.0.9");
        assertThat(throttle.isLocked("ALICE", "10.1.1.1")).isTrue();
        clock.now = clock.now.plus(LoginThrottle.COOLDOWN).minusSeconds(1);
        assertThat(throttle.isLocked("alice", "10.1.1.1")).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.isLocked("alice", "10.1.1.1")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("bob", "10.0.0.1");
        }
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        throttle.failed("bob", "10.0.0.1");
        assertThat(throttle.isLocked("bob", "10.0.0.2")).isFalse();
        assertThat(throttle.isLocked("carol", "10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessClearsTheUserCountButNotTheAddressCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dave", "10.0.0.5");
        }
        throttle.succeeded("dave");
        throttle.failed("dave", "10.0.0.5");
        assertThat(throttle.isLocked("dave", "10.0.0.6")).isFalse();
        assertThat(throttle.isLocked("erin", "10.0.0.5")).isTrue();
    }
}
