package io.postwarden.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on every wait and on captured output.
 *
 * @param connectTimeout TCP connect plus key exchange
 * @param authTimeout user authentication
 * @param commandTimeout one command (or one file transfer), unless a call gives its own
 * @param outputCapBytes bytes kept of each of stdout and stderr; the rest is read and dropped
 */
public record SshSettings(Duration connectTimeout, Duration authTimeout, Duration commandTimeout, int outputCapBytes) {

    public SshSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(authTimeout, "authTimeout");
        requirePositive(commandTimeout, "commandTimeout");
        if (outputCapBytes < 1) {
            throw new IllegalArgumentException("outputCapBytes must be positive");
        }
    }

    public static SshSettings defaults() {
        return new SshSettings(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(120), 1024 * 1024);
    }

    static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
