package io.postwarden.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.file.nativefs.NativeFileSystemFactory;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An Apache SSHD server on 127.0.0.1 and a random port for tests of code that talks SSH. It runs
 * each command through a real {@code /bin/sh -c} as the test process's user, with a fake
 * {@code sudo} (src/test/resources/ssh-fake-sudo.sh) first on PATH and HOME set to {@link #home()};
 * it serves SFTP on the real file system; it accepts one public key (any user name) and, if given,
 * a password. Faults can be switched on at any time.
 */
public final class EmbeddedSshServer implements AutoCloseable {

    private final PublicKey authorizedKey;
    private final String password;
    private final AtomicReference<KeyPair> hostKey = new AtomicReference<>(newHostKey());
    private final List<String> dropSessionMarkers = new CopyOnWriteArrayList<>();
    private final List<String> noExitStatusMarkers = new CopyOnWriteArrayList<>();
    private final List<String> failMarkers = new CopyOnWriteArrayList<>();
    private final List<String> commandsReceived = new CopyOnWriteArrayList<>();
    private final AtomicInteger authenticationAttempts = new AtomicInteger();
    private final AtomicInteger sessionsOpened = new AtomicInteger();
    private volatile boolean denySudo;
    private Path workDirectory;
    private Path home;
    private Path fakeSudoDirectory;
    private SshServer server;
    private int port;

    public EmbeddedSshServer(PublicKey authorizedKey) {
        this(authorizedKey, null);
    }

    public EmbeddedSshServer(PublicKey authorizedKey, String passwordOrNull) {
        this.authorizedKey = Objects.requireNonNull(authorizedKey, "authorizedKey");
        this.password = passwordOrNull;
    }

    public EmbeddedSshServer start() {
        try {
            workDirectory = Files.createTempDirectory("postwarden-sshd-");
            home = Files.createDirectory(workDirectory.resolve("home"));
            fakeSudoDirectory = Files.createDirectory(workDirectory.resolve("bin"));
            Path sudo = fakeSudoDirectory.resolve("sudo");
            try (InputStream script = EmbeddedSshServer.class.getResourceAsStream("/ssh-fake-sudo.sh")) {
                Files.copy(Objects.requireNonNull(script, "ssh-fake-sudo.sh on the test classpath"), sudo);
            }
            Files.setPosixFilePermissions(sudo, PosixFilePermissions.fromString("rwxr-xr-x"));

            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(0);
            server.setKeyPairProvider(session -> List.of(hostKey.get()));
            server.setPublickeyAuthenticator((username, key, session) -> {
                authenticationAttempts.incrementAndGet();
                return KeyUtils.compareKeys(authorizedKey, key);
            });
            server.setPasswordAuthenticator((username, given, session) -> {
                authenticationAttempts.incrementAndGet();
                return password != null && password.equals(given);
            });
            server.setKeyboardInteractiveAuthenticator(null);
            server.addSessionListener(new org.apache.sshd.common.session.SessionListener() {
                @Override
                public void sessionCreated(org.apache.sshd.common.session.Session session) {
                    sessionsOpened.incrementAndGet();
                }
            });
            server.setCommandFactory((channel, command) -> new ShellCommand(command));
            server.setFileSystemFactory(NativeFileSystemFactory.INSTANCE);
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.start();
            port = server.getPort();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The fingerprint of the key the server presents now, {@code SHA256:…}. */
    public String hostKeyFingerprint() {
        return SshKeys.fingerprint(hostKey.get().getPublic());
    }

    /** {@code username@127.0.0.1:port()}; the server accepts any user name. */
    public SshTarget target(String username) {
        return new SshTarget("127.0.0.1", port, username);
    }

    /** HOME of every command; uploads wait here before they are installed. */
    public Path home() {
        return home;
    }

    /** Command lines exactly as received, in order. */
    public List<String> commandsReceived() {
        return List.copyOf(commandsReceived);
    }

    /** How many times a client offered a key or password. */
    public int authenticationAttempts() {
        return authenticationAttempts.get();
    }

    /** How many SSH connections were made. */
    public int sessionsOpened() {
        return sessionsOpened.get();
    }

    /** From now on the server presents a new host key, as a reinstalled host (or an impostor) would. */
    public void presentDifferentHostKey() {
        hostKey.set(newHostKey());
    }

    /** Stops the server: connections to the port are refused. */
    public void stopListening() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command containing {@code marker} has its whole connection dropped while it runs. */
    public void dropSessionWhenCommandContains(String marker) {
        dropSessionMarkers.add(marker);
    }

    /** A command containing {@code marker} has its channel closed without an exit status. */
    public void endWithoutExitStatusWhenCommandContains(String marker) {
        noExitStatusMarkers.add(marker);
    }

    /** A command containing {@code marker} is not run; it exits with status 1 and says why on stderr. */
    public void failCommandsContaining(String marker) {
        failMarkers.add(marker);
    }

    /** The fake sudo refuses everything, as sudo -n does when the sudoers rule asks for a password. */
    public void denySudo() {
        denySudo = true;
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.stop(true);
            }
        } catch (IOException e) {
            // the test is over; the port is released with the process at worst
        }
        if (workDirectory != null) {
            try (Stream<Path> paths = Files.walk(workDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temp directory is harmless
            }
        }
    }

    private static KeyPair newHostKey() {
        try {
            return KeyUtils.generateKeyPair("ssh-ed25519", 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(List<String> markers, String command) {
        return markers.stream().anyMatch(command::contains);
    }

    /** One command: {@code /bin/sh -c LINE}, streams pumped both ways, exit status reported. */
    private final class ShellCommand implements Command {

        private final String line;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exitCallback;
        private volatile Process process;

        ShellCommand(String line) {
            this.line = line;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exitCallback = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            commandsReceived.add(line);
            if (matches(dropSessionMarkers, line)) {
                background(() -> channel.getSession().close(true));
                return;
            }
            if (matches(noExitStatusMarkers, line)) {
                background(() -> channel.close(false));
                return;
            }
            if (matches(failMarkers, line)) {
                background(() -> {
                    err.write("injected failure: this command was refused by the test server\n".getBytes(StandardCharsets.UTF_8));
                    err.flush();
                    exitCallback.onExit(1);
                });
                return;
            }
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", line).directory(home.toFile());
            builder.environment().put("PATH", fakeSudoDirectory + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().put("HOME", home.toString());
            builder.environment().put("LC_ALL", "C.UTF-8");
            if (denySudo) {
                builder.environment().put("FAKE_SUDO_DENY", "1");
            }
            process = builder.start();
            Process started = process;
            Thread input = background(() -> {
                try (OutputStream toProcess = started.getOutputStream()) {
                    in.transferTo(toProcess);
                }
            });
            Thread output = background(() -> started.getInputStream().transferTo(out));
            Thread errors = background(() -> started.getErrorStream().transferTo(err));
            background(() -> {
                int status = started.waitFor();
                output.join();
                errors.join();
                input.interrupt();
                out.flush();
                err.flush();
                exitCallback.onExit(status);
            });
        }

        @Override
        public void destroy(ChannelSession channel) {
            Process running = process;
            if (running != null) {
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly();
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static Thread background(Step step) {
        Thread thread = new Thread(() -> {
            try {
                step.run();
            } catch (Exception e) {
                // the channel or process went away; the client sees the outcome
            }
        }, "embedded-sshd-command");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
