package io.postwarden.ssh;

import java.time.Duration;

/**
 * One authenticated SSH connection to a host whose key matched its pin. Every command and
 * file transfer of the session reuses it. Not for concurrent use from several threads.
 */
public interface RemoteSession extends AutoCloseable {

    /** Runs the command with the session's command timeout and no input. */
    CommandResult run(RemoteCommand command);

    /** Runs the command with {@code stdin} as its standard input. */
    CommandResult run(RemoteCommand command, byte[] stdin);

    /** Runs the command with its own time limit. */
    CommandResult run(RemoteCommand command, Duration timeout);

    /** File operations over this session; privileged ones go through sudo if the session was opened for sudo. */
    RemoteFiles files();

    /** The {@code SHA256:} fingerprint of the host key this session verified. */
    String hostKeyFingerprint();

    boolean isOpen();

    @Override
    void close();
}
