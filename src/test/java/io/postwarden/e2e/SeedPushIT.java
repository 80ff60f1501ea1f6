package io.postwarden.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The tutorial, end to end: the seed policy entered over REST, pushed over real SSH to
 * real Postfix and NSD, then proven with a real SMTP client and a real DNS query.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedPushIT extends LabConsoleTest {

    static long hostId;
    static long serialBefore;

    @BeforeAll
    static void pristineLab() {
        LAB.reset();
        serialBefore = LAB.serial("target.milxc");
    }

    @AfterAll
    static void leaveTheLabPristine() {
        LAB.reset();
    }

    @Test
    @Order(1)
    void probingShowsTheLabHostKeyAndWhatTheHostRuns() {
        hostId = addLabHost("mail.target.milxc", LAB.get("LAB_POSTFIX_CONFIG_DIR"), List.of("MAIL", "DNS"));
        JsonNode probe = api.post("/api/v1/hosts/" + hostId + "/probe", Map.of()).body();
        assertThat(probe.get("fingerprint").asString()).isIn(LAB.get("LAB_HOST_KEY_FINGERPRINT"),
                LAB.get("LAB_HOST_KEY_FINGERPRINT_ECDSA"), LAB.get("LAB_HOST_KEY_FINGERPRINT_RSA"));
        assertThat(probe.get("loggedIn").asBoolean()).isTrue();
        assertThat(probe.get("postfixVersion").asString()).startsWith("3.");
        assertThat(probe.get("sudoWorks").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void trustingAKeyTheHostDoesNotPresentIsRefused() {
        ConsoleClient.Response response = api.post("/api/v1/hosts/" + hostId + "/trust",
                Map.of("fingerprint", "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void thePlanShowsTheSeedTableWithoutChangingTheHost() {
        seedPolicy(hostId, hostId);
        String mainCfBefore = LAB.sha256("/etc/postfix/main.cf");

        JsonNode plan = api.post("/api/v1/plans", Map.of("hostIds", List.of(hostId))).body();

        JsonNode host = plan.get("hosts").get(0);
        assertThat(host.get("state").asString()).isEqualTo("DRIFTED");
        List<String> items = host.get("plan").get("changes").valueStream().map(c -> c.get("item").asString()).toList();
        assertThat(items).contains("mynetworks", "smtpd_helo_required", "relayhost", "submission/inet", "policyd-spf/unix",
                "isp-a.milxc OK");
        assertThat(host.get("plan").get("commands").toString()).contains("postmap", "postfix -c /etc/postfix check",
                "nsd-checkzone");
        assertThat(LAB.sha256("/etc/postfix/main.cf")).isEqualTo(mainCfBefore);
    }

    @Test
    @Order(4)
    void thePushAppliesTheSeedAndProvesIt() {
        JsonNode push = api.push(List.of(hostId));

        assertThat(push.get("status").asString()).as(push.toString()).isEqualTo("SUCCEEDED");
        JsonNode host = push.get("hosts").get(0);
        assertThat(host.get("relayVerdict").asString()).isEqualTo("REFUSED");
        assertThat(host.get("dnsAnswers").asString()).contains("v=spf1 mx -all");
        assertThat(host.get("steps").valueStream().map(s -> s.get("command").asString()).toList())
                .anyMatch(c -> c.contains("postfix -c /etc/postfix reload"))
                .anyMatch(c -> c.contains("nsd-control"))
                .allMatch(c -> !c.isBlank());
        assertThat(host.get("steps").valueStream().filter(s -> s.get("exitCode") != null && !s.get("exitCode").isNull())
                .count()).isPositive();

        assertThat(LAB.postconf("/etc/postfix", "mynetworks")).isEqualTo("127.0.0.0/8 100.120.0.0/24");
        assertThat(LAB.inNamespace("postconf", "-M", "submission/inet").output())
                .containsPattern("submission\\s+inet\\s+n\\s+-\\s+n\\s+-\\s+-\\s+smtpd")
                .contains("-o smtpd_client_restrictions=$mua_client_restrictions");
        assertThat(LAB.inNamespace("postmap", "-q", "isp-a.milxc", "hash:/etc/postfix/access").output().strip()).isEqualTo("OK");
        assertThat(LAB.postconf("/etc/postfix", "smtpd_recipient_restrictions"))
                .isEqualTo("reject_unauth_destination, check_policy_service unix:private/policyd-spf");
        assertThat(LAB.dig("TXT", "target.milxc")).contains("\"v=spf1 mx -all\"").contains("google-site-verification");
        assertThat(LAB.serial("target.milxc")).isGreaterThan(serialBefore);
        assertThat(LAB.inNamespace("nsd-checkzone", "target.milxc", LAB.get("LAB_ZONE_DIR") + "/target.milxc.zone").exitCode())
                .isZero();
    }

    @Test
    @Order(5)
    void theHostShowsTheRestrictionsInForcePerSmtpdService() {
        JsonNode services = api.get("/api/v1/hosts/" + hostId + "/restrictions").body();

        JsonNode submission = services.valueStream().filter(s -> s.get("service").asString().equals("submission/inet"))
                .findFirst().orElseThrow();
        JsonNode client = submission.get("rows").valueStream()
                .filter(r -> r.get("parameter").asString().equals("smtpd_client_restrictions")).findFirst().orElseThrow();
        assertThat(client.get("override").asString()).isEqualTo("$mua_client_restrictions");
        assertThat(client.get("effective").asString()).isEqualTo("permit_mynetworks, reject");
        assertThat(services.valueStream().map(s -> s.get("service").asString())).contains("smtp/inet");
    }

    @Test
    @Order(5)
    void aSecondPushChangesNothingAndDoesNotReload() {
        JsonNode push = api.push(List.of(hostId));

        assertThat(push.get("status").asString()).isEqualTo("SUCCEEDED");
        JsonNode host = push.get("hosts").get(0);
        assertThat(host.get("changed").asBoolean()).isFalse();
        assertThat(host.get("steps").valueStream().map(s -> s.get("command").asString()).toList())
                .noneMatch(c -> c.contains("reload") || c.contains("postconf -c /etc/postfix -e"));
    }

    @Test
    @Order(6)
    void aMailClientOnATrustedNetworkSubmitsWithAnAllowedSenderDomain() {
        Lab.Run run = LAB.swaksFromInside("--port", "587", "--from", "alice@isp-a.milxc", "--to", "postmaster@target.milxc");
        assertThat(run.output()).as(run.output()).contains("<-  250").doesNotContain("<** ");
    }

    @Test
    @Order(7)
    void aClientFromOutsideIsRefusedOnSubmission() {
        Lab.Run run = LAB.swaksFromOutside("--port", "587", "--from", "alice@isp-a.milxc", "--to", "postmaster@target.milxc");
        assertThat(run.output()).as(run.output()).containsPattern("<\\*\\* +5\\d\\d");
    }

    @Test
    @Order(8)
    void aSenderDomainNotInTheAccessMapIsRefusedOnSubmission() {
        Lab.Run run = LAB.swaksFromInside("--port", "587", "--from", "mallory@elsewhere.milxc", "--to", "postmaster@target.milxc");
        assertThat(run.output()).as(run.output()).containsPattern("<\\*\\* +5\\d\\d");
    }

    @Test
    @Order(9)
    void aServerThatDoesNotSayHeloIsRefused() throws Exception {
        try (Socket socket = new Socket(LAB.hostAddress(), 25)) {
            socket.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("220");
            socket.getOutputStream().write("MAIL FROM:<someone@allowed.milxc>\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).startsWith("503 5.5.1");
        }
    }

    @Test
    @Order(10)
    void spfIsEnforcedForMailFromOutside() {
        Lab.Run forbidden = LAB.swaksFromOutside("--port", "25", "--from", "someone@sender.milxc", "--to", "postmaster@target.milxc");
        assertThat(forbidden.output()).as(forbidden.output()).containsPattern("<\\*\\* +550.*SPF");

        Lab.Run allowed = LAB.swaksFromOutside("--port", "25", "--from", "someone@allowed.milxc", "--to", "postmaster@target.milxc");
        assertThat(allowed.output()).as(allowed.output()).doesNotContain("<** ");
    }

    @Test
    @Order(11)
    void theSeedRecordIsRefusedWhenItWouldAllowEveryone() {
        ConsoleClient.Response response = api.post("/api/v1/spf-policies",
                Map.of("domain", "target.milxc", "name", "www", "record", "v=spf1 +all"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.text()).contains("record");
    }

    @Test
    @Order(12)
    void theAuditTrailTellsTheWholeStory() {
        JsonNode all = api.get("/api/v1/audit?size=200").body().get("content");
        List<String> kinds = all.valueStream().map(e -> e.get("kind").asString()).toList();

        assertThat(kinds).contains("HOST_KEY_TRUSTED", "CREATE", "PLAN", "PUSH_STARTED", "HOST_CHANGED", "HOST_IN_SYNC",
                "PUSH_FINISHED");
        JsonNode network = all.valueStream().filter(e -> e.get("kind").asString().equals("CREATE")
                && e.get("subjectType").asString().equals("TrustedNetwork")).findFirst().orElseThrow();
        assertThat(network.get("actor").asString()).isEqualTo("admin");
        assertThat(network.get("after").asString()).contains("100.120.0.0/24");
        assertThat(all.toString()).doesNotContain("BEGIN OPENSSH PRIVATE KEY").doesNotContain("gcm1:");
        JsonNode filtered = api.get("/api/v1/audit?kind=PUSH_FINISHED").body().get("content");
        assertThat(filtered.valueStream().map(e -> e.get("kind").asString())).containsOnly("PUSH_FINISHED").hasSize(2);
    }

    @Test
    @Order(13)
    void aHandEditOnTheHostShowsAsDriftWithItsDiff() {
        assertThat(LAB.inNamespace("postconf", "-e", "mynetworks=127.0.0.0/8 192.0.2.0/24").exitCode()).isZero();

        JsonNode drift = api.post("/api/v1/drift/checks", Map.of("hostIds", List.of(hostId))).body();

        JsonNode host = drift.valueStream().filter(d -> d.get("hostId").asLong() == hostId).findFirst().orElseThrow();
        assertThat(host.get("state").asString()).isEqualTo("DRIFTED");
        assertThat(host.get("checkedAt").isNull()).isFalse();
        JsonNode change = host.get("diff").get("changes").get(0);
        assertThat(change.get("item").asString()).isEqualTo("mynetworks");
        assertThat(change.get("before").asString()).isEqualTo("127.0.0.0/8 192.0.2.0/24");
        assertThat(change.get("after").asString()).isEqualTo("127.0.0.0/8 100.120.0.0/24");
    }

    @Test
    @Order(14)
    void applyingAPlanThatWentStaleIsRefusedWithTheNewPlan() {
        String digest = api.post("/api/v1/plans", Map.of("hostIds", List.of(hostId))).body().get("digest").asString();
        api.created("/api/v1/access-entries", Map.of("key", "partner.milxc", "action", "OK"));

        ConsoleClient.Response refused = api.post("/api/v1/pushes", Map.of("hostIds", List.of(hostId), "planDigest", digest));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("plan").get("digest").asString()).isNotEqualTo(digest);
        assertThat(refused.body().get("plan").toString()).contains("partner.milxc OK");
        String fresh = refused.body().get("plan").get("digest").asString();
        ConsoleClient.Response accepted = api.post("/api/v1/pushes", Map.of("hostIds", List.of(hostId), "planDigest", fresh));
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(api.awaitPush(accepted.body().get("id").asLong()).get("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    @Order(15)
    void trustingTheConsolesNetworkChangesWhatSubmissionAccepts() {
        Lab.Run before = LAB.swaksFromOutside("--port", "587", "--from", "alice@isp-a.milxc", "--to", "postmaster@target.milxc");
        assertThat(before.output()).as(before.output()).contains("Client host rejected");

        long network = api.id("/api/v1/trusted-networks", Map.of("cidr", "10.213.0.0/30", "description", "the console's side"));
        assertThat(api.push(List.of(hostId)).get("status").asString()).isEqualTo("SUCCEEDED");
        // Trusted now, the client passes the submission's client restriction; SPF still judges the
        // sender domain, whose record only allows isp-a's own network.
        Lab.Run trusted = LAB.swaksFromOutside("--port", "587", "--from", "alice@isp-a.milxc", "--to", "postmaster@target.milxc");
        assertThat(trusted.output()).as(trusted.output()).doesNotContain("Client host rejected").contains("SPF fail");

        assertThat(api.delete("/api/v1/trusted-networks/" + network).status()).isEqualTo(204);
        assertThat(api.push(List.of(hostId)).get("status").asString()).isEqualTo("SUCCEEDED");
        Lab.Run again = LAB.swaksFromOutside("--port", "587", "--from", "alice@isp-a.milxc", "--to", "postmaster@target.milxc");
        assertThat(again.output()).as(again.output()).contains("Client host rejected");
    }
}
