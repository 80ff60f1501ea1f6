package io.postwarden.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.postwarden.domain.MailDomainInput;
import io.postwarden.domain.MailDomainService;
import io.postwarden.host.Host;
import io.postwarden.host.HostInput;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.spf.SpfPolicyInput;
import io.postwarden.spf.SpfPolicyService;
import io.postwarden.ssh.EmbeddedSshServer;
import io.postwarden.ssh.GeneratedKey;
import io.postwarden.ssh.SshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SSH connection dies in the middle of a push, after the zone was replaced: the
 * pusher reconnects, restores the backup, and the file is byte for byte as before.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DroppedSessionRollbackTest {

    @TempDir
    static Path dir;

    static GeneratedKey key = SshKeys.generateEd25519("test");
    static EmbeddedSshServer server;

    @Autowired
    HostService hosts;

    @Autowired
    MailDomainService domains;

    @Autowired
    SpfPolicyService spf;

    @Autowired
    PushService pushes;

    @BeforeAll
    static void startServer() {
        server = new EmbeddedSshServer(SshKeys.parsePrivateKey(key.privateKeyOpenSsh(), null).getPublic()).start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @DynamicPropertySource
    static void backupsInTheTempDir(DynamicPropertyRegistry registry) {
        registry.add("postwarden.push.backup-directory", () -> dir.resolve("backups").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:dropped-session;DB_CLOSE_DELAY=-1");
    }

    @Test
    void aSessionDroppedAfterTheZoneWasReplacedIsRolledBackByteForByte() throws Exception {
        Path zone = dir.resolve("target.milxc.zone");
        Files.copy(Path.of("scripts/lab/zones/target.milxc.zone"), zone);
        String before = sha256(zone);
        Host host = hosts.create(new HostInput("ns.target.milxc", "127.0.0.1", server.port(), "postwarden", Set.of(HostRole.DNS),
                key.privateKeyOpenSsh(), null, null, true, null, null, null, null, null, null, null, "embedded", null));
        hosts.pinHostKey(host.getId(), server.hostKeyFingerprint());
        domains.create(new MailDomainInput("target.milxc", Set.of(), Set.of(host.getId()), zone.toString(), null));
        spf.create(new SpfPolicyInput("target.milxc", "@", "v=spf1 mx -all", null));
        server.dropSessionWhenCommandContains("nsd-checkzone");

        PushView push = finished(pushes.start(List.of(host.getId()), "tester").id());

        PushView.HostView result = push.hosts().get(0);
        assertThat(result.status()).as(result.message()).isEqualTo(PushStatus.ROLLED_BACK);
        assertThat(result.steps()).extracting(PushView.StepView::phase).contains("stage", "rollback");
        assertThat(server.sessionsOpened()).as("reconnected for the rollback").isGreaterThanOrEqualTo(2);
        assertThat(sha256(zone)).isEqualTo(before);
        assertThat(dir.resolve("backups/ns.target.milxc/push-" + push.id() + "/MANIFEST")).content().contains(zone.toString());
    }

    @Test
    void aZoneThatDoesNotParseIsReportedWithFileAndLineAndNothingIsUploaded() throws Exception {
        Path zone = dir.resolve("broken.milxc.zone");
        Files.writeString(zone, "$ORIGIN broken.milxc.\n$TTL 300\n@ IN SOA ns.broken.milxc. h.broken.milxc. 1 3600 900 604800 300\n"
                + "@ IN NS ns.broken.milxc.\nns IN A 10.0.0.300\n");
        String before = sha256(zone);
        try (EmbeddedSshServer other = new EmbeddedSshServer(SshKeys.parsePrivateKey(key.privateKeyOpenSsh(), null).getPublic())
                .start()) {
            Host host = hosts.create(new HostInput("ns.broken.milxc", "127.0.0.1", other.port(), "postwarden",
                    Set.of(HostRole.DNS), key.privateKeyOpenSsh(), null, null, true, null, null, null, null, null, null, null,
                    "embedded", null));
            hosts.pinHostKey(host.getId(), other.hostKeyFingerprint());
            domains.create(new MailDomainInput("broken.milxc", Set.of(), Set.of(host.getId()), zone.toString(), null));
            spf.create(new SpfPolicyInput("broken.milxc", "@", "v=spf1 mx -all", null));

            PushView.HostView result = finished(pushes.start(List.of(host.getId()), "tester").id()).hosts().get(0);

            assertThat(result.status()).isEqualTo(PushStatus.FAILED);
            assertThat(result.backedUp()).isFalse();
            assertThat(result.message()).contains(zone.toString() + ":5");
            assertThat(other.commandsReceived()).noneMatch(c -> c.contains("install") || c.contains("mv -f"));
        }
        assertThat(sha256(zone)).isEqualTo(before);
    }

    private PushView finished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            PushView view = pushes.view(id, true);
            if (view.status().isFinished()) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("push " + id + " did not finish");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
