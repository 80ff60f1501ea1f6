package io.postwarden.ssh;

import java.util.Objects;

/** Where to connect and as whom. */
public record SshTarget(String host, int port, String username) {

    public SshTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
    }

    /** {@code user@host:port}, for messages. */
    public String display() {
        return username + "@" + hostAndPort();
    }

    String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
