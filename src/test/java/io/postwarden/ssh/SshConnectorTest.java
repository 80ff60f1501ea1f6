package io.postwarden.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SshConnectorTest {

    private final KeyPair clientKey = TestKeys.ed25519();
    private final SshCredentials credentials = SshCredentials.ofPrivateKey(TestKeys.openSsh(clientKey, null), null);
    private EmbeddedSshServer server;
    private SshConnector connector;

    @BeforeEach
    void start() {
        server = new EmbeddedSshServer(clientKey.getPublic(), "s3cret-password").start();
        connector = new SshConnector(new SshSettings(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 1024));
    }

    @AfterEach
    void stop() {
        connector.close();
        server.close();
    }

    private RemoteSession open() {
        return connector.open(server.target("deploy"), credentials, server.hostKeyFingerprint());
    }

    @Test
    void runsACommandAndCapturesExitStatusStdoutAndStderr() {
        try (RemoteSession session = open()) {
            CommandResult result = session.run(RemoteCommand.of("sh", "-c", "echo out; echo err >&2; exit 3"));

            assertThat(result.exitStatus()).isEqualTo(3);
            assertThat(result.stdout()).isEqualTo("out\n");
            assertThat(result.stderr()).isEqualTo("err\n");
            assertThat(result.succeeded()).isFalse();
            assertThat(result.outputTruncated()).isFalse();
            assertThat(result.commandLine()).isEqualTo("'sh' '-c' 'echo out; echo err >&2; exit 3'");
            assertThat(session.hostKeyFingerprint()).isEqualTo(server.hostKeyFingerprint());
            assertThatThrownBy(result::requireSuccess)
                    .isInstanceOf(CommandFailedException.class)
                    .isNotInstanceOf(SudoDeniedException.class)
                    .hasMessageContaining("exit status 3")
                    .satisfies(e -> assertThat(((CommandFailedException) e).result()).isSameAs(result));
        }
    }

    @Test
    void passesArgumentsThroughTheRemoteShellUnchanged() {
        try (RemoteSession session = open()) {
            String hostile = "a b; rm -rf / $(reboot) `id` 'quoted' \"double\" \\ * \n next line é";
            CommandResult result = session.run(RemoteCommand.of("printf", "%s", hostile)).requireSuccess();

            assertThat(result.stdout()).isEqualTo(hostile);
        }
    }

    @Test
    void feedsStandardInputToTheCommand() {
        try (RemoteSession session = open()) {
            CommandResult result = session.run(RemoteCommand.of("cat"), "line one\nline two\n".getBytes(StandardCharsets.UTF_8));

            assertThat(result.requireSuccess().stdout()).isEqualTo("line one\nline two\n");
        }
    }

    @Test
    void givesACommandWithoutInputAnEndOfFileInsteadOfWaitingForever() {
        try (RemoteSession session = open()) {
            assertThat(session.run(RemoteCommand.of("cat")).requireSuccess().stdout()).isEmpty();
        }
    }

    @Test
    void reusesOneConnectionForEveryCommandOfASession() {
        try (RemoteSession session = open()) {
            session.run(RemoteCommand.of("true")).requireSuccess();
            session.run(RemoteCommand.of("true")).requireSuccess();
            session.files().exists("/");

            assertThat(server.sessionsOpened()).isEqualTo(1);
            assertThat(session.isOpen()).isTrue();
        }
    }

    @Test
    void closingTheSessionEndsIt() {
        RemoteSession session = open();
        session.close();

        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> session.run(RemoteCommand.of("true"))).isInstanceOf(SessionLostException.class);
    }

    @Test
    void cutsOutputAtTheCapAndSaysSo() {
        try (RemoteSession session = open()) {
            CommandResult result = session.run(RemoteCommand.of("sh", "-c", "head -c 100000 /dev/zero | tr '\\0' x"));

            assertThat(result.succeeded()).isTrue();
            assertThat(result.stdout()).hasSize(1024);
            assertThat(result.outputTruncated()).isTrue();
        }
    }

    @Test
    void abandonsACommandThatOutlivesItsTimeout() {
        try (RemoteSession session = open()) {
            assertThatThrownBy(() -> session.run(RemoteCommand.of("sleep", "60"), Duration.ofMillis(300)))
                    .isInstanceOf(CommandTimeoutException.class)
                    .hasMessageContaining("'sleep' '60'");

            assertThat(session.run(RemoteCommand.of("echo", "still usable")).stdout()).isEqualTo("still usable\n");
        }
    }

    @Test
    void reportsALostSessionWhenTheConnectionDropsMidCommand() {
        server.dropSessionWhenCommandContains("drop-me");
        try (RemoteSession session = open()) {
            assertThatThrownBy(() -> session.run(RemoteCommand.of("echo", "drop-me")))
                    .isInstanceOf(SessionLostException.class)
                    .hasMessageContaining("dropped");
            assertThat(session.isOpen()).isFalse();
        }
    }

    @Test
    void refusesToGuessTheOutcomeOfACommandThatEndedWithoutExitStatus() {
        server.endWithoutExitStatusWhenCommandContains("vanish");
        try (RemoteSession session = open()) {
            assertThatThrownBy(() -> session.run(RemoteCommand.of("echo", "vanish")))
                    .isInstanceOf(NoExitStatusException.class)
                    .hasMessageContaining("without an exit status");
        }
    }

    @Test
    void authenticatesWithAPassword() {
        try (RemoteSession session = connector.open(server.target("deploy"), SshCredentials.ofPassword("s3cret-password"),
                server.hostKeyFingerprint())) {
            assertThat(session.run(RemoteCommand.of("true")).succeeded()).isTrue();
        }
    }

    @Test
    void refusesAWrongPasswordWithoutRepeatingIt() {
        assertThatThrownBy(() -> connector.open(server.target("deploy"), SshCredentials.ofPassword("wrong-guess"), server.hostKeyFingerprint()))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("deploy@127.0.0.1:" + server.port())
                .hasMessageNotContaining("wrong-guess");
    }

    @Test
    void refusesAKeyTheHostDoesNotAuthorize() {
        SshCredentials stranger = SshCredentials.ofPrivateKey(TestKeys.openSsh(TestKeys.ed25519(), null), null);

        assertThatThrownBy(() -> connector.open(server.target("deploy"), stranger, server.hostKeyFingerprint()))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("did not accept");
    }

    @Test
    void neverAuthenticatesToAHostWithoutAPinnedKey() {
        assertThatThrownBy(() -> connector.open(server.target("deploy"), credentials, null))
                .isInstanceOfSatisfying(UnknownHostKeyException.class,
                        e -> assertThat(e.presentedFingerprint()).isEqualTo(server.hostKeyFingerprint()))
                .hasMessageContaining(server.hostKeyFingerprint());

        assertThat(server.authenticationAttempts()).isZero();
        assertThat(server.commandsReceived()).isEmpty();
    }

    @Test
    void neverAuthenticatesToAHostWhoseKeyChanged() {
        String pinned = server.hostKeyFingerprint();
        server.presentDifferentHostKey();

        assertThatThrownBy(() -> connector.open(server.target("deploy"), credentials, pinned))
                .isInstanceOfSatisfying(HostKeyMismatchException.class, e -> {
                    assertThat(e.pinned()).isEqualTo(pinned);
                    assertThat(e.presented()).isEqualTo(server.hostKeyFingerprint());
                })
                .hasMessageContaining(pinned)
                .hasMessageContaining(server.hostKeyFingerprint());
        assertThat(server.authenticationAttempts()).isZero();
    }

    @Test
    void probesTheHostKeyWithoutAuthenticating() {
        HostKeyProbe probe = connector.probeHostKey(server.target("deploy"));

        assertThat(probe.fingerprint()).isEqualTo(server.hostKeyFingerprint());
        assertThat(probe.keyType()).isEqualTo("ssh-ed25519");
        assertThat(probe.publicKeyLine()).startsWith("ssh-ed25519 AAAA");
        assertThat(server.authenticationAttempts()).isZero();
    }

    @Test
    void reportsAHostThatRefusesConnections() {
        server.stopListening();

        assertThatThrownBy(() -> connector.open(server.target("deploy"), credentials, server.hostKeyFingerprint()))
                .isInstanceOf(ConnectionFailedException.class)
                .hasMessageContaining("127.0.0.1:" + server.port());
        assertThatThrownBy(() -> connector.probeHostKey(server.target("deploy")))
                .isInstanceOf(ConnectionFailedException.class);
    }

    @Test
    void givesUpOnAHostThatNeverStartsTheHandshake() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                SshConnector impatient = new SshConnector(new SshSettings(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1), 1024))) {
            SshTarget target = new SshTarget("127.0.0.1", silent.getLocalPort(), "deploy");

            assertThatThrownBy(() -> impatient.open(target, credentials, server.hostKeyFingerprint()))
                    .isInstanceOf(ConnectionFailedException.class)
                    .hasMessageContaining("did not complete the SSH handshake within 500 ms");
        }
    }

    @Test
    void refusesAPinThatIsNotAnOpenSshSha256Fingerprint() {
        assertThatThrownBy(() -> connector.open(server.target("deploy"), credentials, "MD5:aa:bb"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
