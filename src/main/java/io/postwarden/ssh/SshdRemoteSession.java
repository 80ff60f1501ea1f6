package io.postwarden.ssh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/** A {@link RemoteSession} over one Apache SSHD client session: one exec channel per command, one SFTP channel reused. */
final class SshdRemoteSession implements RemoteSession {

    private static final byte[] NO_INPUT = new byte[0];

    private final ClientSession session;
    private final SshTarget target;
    private final String hostKeyFingerprint;
    private final SshSettings settings;
    private final SessionFiles files;
    private SftpClient sftp;

    SshdRemoteSession(ClientSession session, SshTarget target, String hostKeyFingerprint, SshSettings settings, boolean sudo) {
        this.session = session;
        this.target = target;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.settings = settings;
        this.files = new SessionFiles(this, sudo);
    }

    /** What a command printed, with stdout kept as bytes for file reads. */
    record Execution(CommandResult result, byte[] stdout) {
    }

    @Override
    public CommandResult run(RemoteCommand command) {
        return execute(command, NO_INPUT, settings.commandTimeout()).result();
    }

    @Override
    public CommandResult run(RemoteCommand command, byte[] stdin) {
        return execute(command, Objects.requireNonNull(stdin, "stdin"), settings.commandTimeout()).result();
    }

    @Override
    public CommandResult run(RemoteCommand command, Duration timeout) {
        SshSettings.requirePositive(timeout, "timeout");
        return execute(command, NO_INPUT, timeout).result();
    }

    Execution execute(RemoteCommand command, byte[] stdin, Duration timeout) {
        String line = command.render();
        requireOpen(line);
        long started = System.nanoTime();
        CappedOutput out = new CappedOutput(settings.outputCapBytes());
        CappedOutput err = new CappedOutput(settings.outputCapBytes());
        ChannelExec channel;
        try {
            channel = session.createExecChannel(line);
        } catch (IOException | RuntimeException e) {
            throw lostOr(line, e);
        }
        try {
            channel.setOut(out);
            channel.setErr(err);
            channel.setIn(new ByteArrayInputStream(stdin));
            channel.open().verify(timeout);
            long left = timeout.toMillis() - Duration.ofNanos(System.nanoTime() - started).toMillis();
            Set<ClientChannelEvent> events = left <= 0 ? EnumSet.of(ClientChannelEvent.TIMEOUT)
                    : channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), left);
            if (!events.contains(ClientChannelEvent.CLOSED)) {
                throw new CommandTimeoutException("No result from " + target.hostAndPort() + " within "
                        + SshConnector.seconds(timeout) + " for: " + line + "; the command was abandoned.");
            }
        } catch (IOException | RuntimeException e) {
            channel.close(true);
            if (e instanceof SshException ssh) {
                throw ssh;
            }
            throw lostOr(line, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Integer status = channel.getExitStatus();
        if (status == null) {
            if (!session.isOpen()) {
                throw new SessionLostException("The connection to " + target.hostAndPort() + " dropped while running: " + line
                        + ". Whether the command took effect is unknown.");
            }
            String signal = channel.getExitSignal();
            throw new NoExitStatusException(target.hostAndPort() + " ended " + line + " without an exit status"
                    + (signal == null ? "" : " (killed by signal " + signal + ")") + "; its outcome is unknown.");
        }
        byte[] stdout = out.bytes();
        CommandResult result = new CommandResult(line, status, new String(stdout, StandardCharsets.UTF_8),
                new String(err.bytes(), StandardCharsets.UTF_8), out.truncated() || err.truncated(), took);
        return new Execution(result, stdout);
    }

    synchronized SftpClient sftp() {
        requireOpen("an SFTP transfer");
        if (sftp == null || !sftp.isOpen()) {
            try {
                sftp = SftpClientFactory.instance().createSftpClient(session);
            } catch (IOException | RuntimeException e) {
                throw lostOr("SFTP", e);
            }
        }
        return sftp;
    }

    /** Drops the SFTP channel after a stuck transfer; the next transfer opens a new one. */
    synchronized void abandonSftp() {
        if (sftp != null) {
            try {
                sftp.close();
            } catch (IOException | RuntimeException e) {
                // it was stuck anyway
            }
            sftp = null;
        }
    }

    SshException lostOr(String what, Exception e) {
        if (!session.isOpen()) {
            return new SessionLostException("The connection to " + target.hostAndPort() + " dropped during " + what + ".", e);
        }
        return new SshException("Could not run " + what + " on " + target.hostAndPort() + ": " + e.getMessage(), e);
    }

    SshSettings settings() {
        return settings;
    }

    SshTarget target() {
        return target;
    }

    private void requireOpen(String what) {
        if (!session.isOpen()) {
            throw new SessionLostException("The connection to " + target.hostAndPort() + " is closed; cannot run " + what + ".");
        }
    }

    @Override
    public RemoteFiles files() {
        return files;
    }

    @Override
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public synchronized void close() {
        if (sftp != null) {
            try {
                sftp.close();
            } catch (IOException | RuntimeException e) {
                // the session below is closed anyway
            }
            sftp = null;
        }
        try {
            session.close(false).await(settings.connectTimeout());
        } catch (IOException | RuntimeException e) {
            // fall through to the immediate close
        }
        if (session.isOpen()) {
            session.close(true);
        }
    }

    @Override
    public String toString() {
        return "RemoteSession[" + target.display() + ", " + hostKeyFingerprint + "]";
    }
}
