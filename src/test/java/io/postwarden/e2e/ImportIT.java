package io.postwarden.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A host configured by hand, as in the tutorial, is adopted: what it has becomes policy. */
class ImportIT extends LabConsoleTest {

    @BeforeAll
    static void configureTheLabByHand() throws Exception {
        LAB.reset();
        assertThat(LAB.inNamespace("postconf", "-e", "mynetworks=127.0.0.0/8 100.120.0.0/24", "smtpd_helo_required=yes")
                .exitCode()).isZero();
        Files.writeString(Path.of("/etc/postfix/access"), "# by hand\nisp-a.milxc OK\nbad key with spaces OK\n",
                StandardCharsets.UTF_8);
        assertThat(LAB.inNamespace("postmap", "hash:/etc/postfix/access").exitCode()).isZero();
        String zone = LAB.get("LAB_ZONE_DIR") + "/target.milxc.zone";
        Files.writeString(Path.of(zone), Files.readString(Path.of(zone)) + "@ IN TXT \"v=spf1 mx -all\"\n", StandardCharsets.UTF_8);
    }

    @AfterAll
    static void leaveTheLabPristine() {
        LAB.reset();
    }

    @Test
    void aHandConfiguredHostIsPreviewedThenImported() {
        long hostId = addLabHost("mail.target.milxc", "/etc/postfix", List.of("MAIL", "DNS"));
        api.created("/api/v1/domains", Map.of("name", "target.milxc", "mailHostIds", List.of(hostId),
                "dnsHostIds", List.of(hostId)));

        JsonNode preview = api.post("/api/v1/imports/preview", Map.of("hostId", hostId)).body();

        assertThat(preview.get("trustedNetworks").valueStream().map(n -> n.get("value").asString()))
                .containsExactly("127.0.0.0/8", "100.120.0.0/24");
        assertThat(preview.get("accessEntries").valueStream().map(n -> n.get("value").asString()))
                .containsExactly("isp-a.milxc OK");
        assertThat(preview.get("skipped").toString()).contains("bad key with spaces");
        assertThat(preview.get("mailSettings").get("heloRequired").asBoolean()).isTrue();
        assertThat(preview.get("spfPolicies").get(0).get("value").asString()).isEqualTo("v=spf1 mx -all");
        assertThat(api.get("/api/v1/trusted-networks").body().get("content")).isEmpty();

        ConsoleClient.Response imported = api.post("/api/v1/imports", Map.of("hostId", hostId));

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(api.get("/api/v1/trusted-networks").body().get("content").valueStream()
                .map(n -> n.get("cidr").asString())).containsExactlyInAnyOrder("127.0.0.0/8", "100.120.0.0/24");
        assertThat(api.get("/api/v1/access-entries").body().get("content").get(0).get("key").asString()).isEqualTo("isp-a.milxc");
        assertThat(api.get("/api/v1/spf-policies").body().get("content").get(0).get("record").asString())
                .isEqualTo("v=spf1 mx -all");
        JsonNode again = api.post("/api/v1/imports/preview", Map.of("hostId", hostId)).body();
        assertThat(again.get("trustedNetworks").valueStream().allMatch(n -> n.get("exists").asBoolean())).isTrue();
    }
}
