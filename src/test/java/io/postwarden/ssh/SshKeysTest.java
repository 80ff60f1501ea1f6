package io.postwarden.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SshKeysTest {

    static Stream<Arguments> keyTexts() {
        KeyPair ed25519 = TestKeys.ed25519();
        KeyPair ecdsa = TestKeys.ecdsa();
        KeyPair rsa = TestKeys.rsa();
        KeyPair jdkEd25519 = TestKeys.jdkEd25519();
        return Stream.of(
                Arguments.of("ed25519, OpenSSH", ed25519, TestKeys.openSsh(ed25519, null), null),
                Arguments.of("ed25519, OpenSSH with passphrase", ed25519, TestKeys.openSsh(ed25519, "correct horse"), "correct horse"),
                Arguments.of("ed25519, PKCS#8 from the JDK", TestKeys.asBouncyCastle(jdkEd25519), TestKeys.pkcs8(jdkEd25519), null),
                Arguments.of("ECDSA, OpenSSH", ecdsa, TestKeys.openSsh(ecdsa, null), null),
                Arguments.of("ECDSA, SEC1 PEM", ecdsa, TestKeys.traditionalPem(ecdsa, null), null),
                Arguments.of("ECDSA, SEC1 PEM with passphrase", ecdsa, TestKeys.traditionalPem(ecdsa, "pem pass"), "pem pass"),
                Arguments.of("ECDSA, PKCS#8", ecdsa, TestKeys.pkcs8(ecdsa), null),
                Arguments.of("RSA, OpenSSH", rsa, TestKeys.openSsh(rsa, null), null),
                Arguments.of("RSA, PKCS#1 PEM", rsa, TestKeys.traditionalPem(rsa, null), null),
                Arguments.of("RSA, PKCS#8", rsa, TestKeys.pkcs8(rsa), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyTexts")
    void parsesEveryKeyFormatAndLogsInWithIt(String description, KeyPair original, String text, String passphrase) {
        KeyPair parsed = SshKeys.parsePrivateKey(text, passphrase);
        assertThat(SshKeys.fingerprint(parsed.getPublic())).isEqualTo(SshKeys.fingerprint(original.getPublic()));

        try (EmbeddedSshServer server = new EmbeddedSshServer(original.getPublic()).start();
                SshConnector connector = new SshConnector(SshSettings.defaults());
                RemoteSession session = connector.open(server.target("deploy"), SshCredentials.ofPrivateKey(text, passphrase),
                        server.hostKeyFingerprint())) {
            assertThat(session.run(RemoteCommand.of("echo", "in")).requireSuccess().stdout()).isEqualTo("in\n");
        }
    }

    @Test
    void namesKeyTypesAsSshDoes() {
        assertThat(SshKeys.keyType(TestKeys.ed25519().getPublic())).isEqualTo("ssh-ed25519");
        assertThat(SshKeys.keyType(TestKeys.ecdsa().getPublic())).isEqualTo("ecdsa-sha2-nistp256");
        assertThat(SshKeys.keyType(TestKeys.rsa().getPublic())).isEqualTo("ssh-rsa");
        KeyPair jdk = TestKeys.jdkEd25519();
        assertThat(SshKeys.keyType(jdk.getPublic())).isEqualTo("ssh-ed25519");
        assertThat(SshKeys.fingerprint(jdk.getPublic())).isEqualTo(SshKeys.fingerprint(TestKeys.asBouncyCastle(jdk).getPublic()));
    }

    @Test
    void asksForThePassphraseOfAnEncryptedKey() {
        String text = TestKeys.openSsh(TestKeys.ed25519(), "secret phrase");

        assertThatThrownBy(() -> SshKeys.parsePrivateKey(text, null))
                .isInstanceOf(InvalidKeyTextException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void saysSoWhenThePassphraseIsWrongWithoutEchoingAnything() {
        String text = TestKeys.traditionalPem(TestKeys.rsa(), "right");

        assertThatThrownBy(() -> SshKeys.parsePrivateKey(text, "wrong-phrase"))
                .isInstanceOf(InvalidKeyTextException.class)
                .hasMessageContaining("passphrase does not open")
                .hasMessageNotContaining("wrong-phrase")
                .hasMessageNotContaining("BEGIN");
    }

    @Test
    void explainsTextThatIsNotAPrivateKey() {
        KeyPair pair = TestKeys.ed25519();
        assertThatThrownBy(() -> SshKeys.parsePrivateKey(SshKeys.publicKeyLine(pair.getPublic(), "me"), null))
                .isInstanceOf(InvalidKeyTextException.class).hasMessageContaining("public key");
        assertThatThrownBy(() -> SshKeys.parsePrivateKey("", null))
                .isInstanceOf(InvalidKeyTextException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> SshKeys.parsePrivateKey("hello", null))
                .isInstanceOf(InvalidKeyTextException.class).hasMessageContaining("not a private key");
    }

    @Test
    void refusesACorruptedKeyWithoutQuotingIt() {
        String text = TestKeys.openSsh(TestKeys.ed25519(), null);
        String[] lines = text.split("\n");
        String corrupted = lines[0] + "\n" + lines[1].substring(0, 20) + "\n" + lines[lines.length - 1] + "\n";

        assertThatThrownBy(() -> SshKeys.parsePrivateKey(corrupted, null))
                .isInstanceOf(InvalidKeyTextException.class)
                .hasMessageNotContaining(lines[1].substring(0, 20));
    }

    @Test
    void credentialsNeverShowTheirSecret() {
        String keyText = TestKeys.openSsh(TestKeys.ed25519(), null);

        assertThat(SshCredentials.ofPassword("hunter2").toString()).doesNotContain("hunter2");
        assertThat(SshCredentials.ofPrivateKey(keyText, null).toString())
                .contains("ssh-ed25519", "SHA256:")
                .doesNotContain("PRIVATE", keyText.split("\n")[1].substring(0, 16));
    }

    @Test
    void generatesAnEd25519KeyThatParsesBackAndLogsIn() {
        GeneratedKey generated = SshKeys.generateEd25519("postwarden@console");

        assertThat(generated.privateKeyOpenSsh()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----").endsWith("-----END OPENSSH PRIVATE KEY-----\n");
        assertThat(generated.publicKeyLine()).startsWith("ssh-ed25519 AAAA").endsWith(" postwarden@console");
        assertThat(generated.fingerprint()).startsWith("SHA256:");
        assertThat(generated.toString()).doesNotContain("PRIVATE KEY");
        KeyPair parsed = SshKeys.parsePrivateKey(generated.privateKeyOpenSsh(), null);
        assertThat(SshKeys.fingerprint(parsed.getPublic())).isEqualTo(generated.fingerprint());
        assertThat(SshKeys.publicKeyLine(parsed.getPublic(), "postwarden@console")).isEqualTo(generated.publicKeyLine());

        try (EmbeddedSshServer server = new EmbeddedSshServer(parsed.getPublic()).start();
                SshConnector connector = new SshConnector(SshSettings.defaults());
                RemoteSession session = connector.open(server.target("deploy"),
                        SshCredentials.ofPrivateKey(generated.privateKeyOpenSsh(), null), server.hostKeyFingerprint())) {
            assertThat(session.run(RemoteCommand.of("true")).succeeded()).isTrue();
        }
    }

    @Test
    void generatesAKeyThatOpenSshReadsBack(@TempDir Path directory) throws Exception {
        Path sshKeygen = Path.of("/usr/bin/ssh-keygen");
        assertThat(Files.isExecutable(sshKeygen)).as("ssh-keygen is missing: scripts/lab.sh up installs it").isTrue();
        GeneratedKey generated = SshKeys.generateEd25519("round-trip");
        Path keyFile = directory.resolve("id_ed25519");
        Files.writeString(keyFile, generated.privateKeyOpenSsh());
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));

        Process process = new ProcessBuilder(sshKeygen.toString(), "-y", "-f", keyFile.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith(generated.publicKeyLine().substring(0, generated.publicKeyLine().lastIndexOf(' ')));
    }

    @Test
    void settingsDefaultToTenSecondsTwoMinutesAndOneMebibyte() {
        SshSettings defaults = SshSettings.defaults();

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.authTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.commandTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.outputCapBytes()).isEqualTo(1024 * 1024);
        Supplier<SshSettings> noLimit = () -> new SshSettings(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), 1);
        assertThatThrownBy(noLimit::get).isInstanceOf(IllegalArgumentException.class);
    }
}
