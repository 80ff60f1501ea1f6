package io.postwarden.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A push that fails after it began changing a host restores every file it touched and
 * reloads: the host ends byte for byte as it was, on real Postfix and NSD.
 */
class RollbackIT extends LabConsoleTest {

    static final String CONFIG = "/etc/postfix";

    static String zoneFile;
    static long hostId;

    @AfterAll
    static void leaveTheLabPristine() {
        LAB.reset();
    }

    /** The policy is entered once; the lab is put back before each case, so every push has work to do. */
    @BeforeEach
    void seededButNotPushed() {
        LAB.reset();
        zoneFile = LAB.get("LAB_ZONE_DIR") + "/target.milxc.zone";
        if (hostId == 0) {
            hostId = addLabHost("mail.target.milxc", CONFIG, List.of("MAIL", "DNS"));
            seedPolicy(hostId, hostId);
        }
    }

    @Test
    void aZoneThatFailsItsCheckRollsTheWholeHostBack() throws Exception {
        // dnsjava reads this zone, but NSD refuses a name with a CNAME and other data.
        Files.writeString(Path.of(zoneFile), "www IN CNAME target.milxc.\nwww IN A 10.213.0.2\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        LAB.inNamespace("nsd-control", "-c", LAB.get("LAB_NSD_CONF"), "reload", "target.milxc");
        Map<String, String> before = fingerprints();

        JsonNode push = api.push(List.of(hostId));

        JsonNode host = push.get("hosts").get(0);
        assertThat(host.get("status").asString()).as(push.toString()).isEqualTo("ROLLED_BACK");
        assertThat(host.get("message").asString()).contains("nsd-checkzone");
        assertThat(fingerprints()).isEqualTo(before);
        assertThat(LAB.postconf(CONFIG, "mynetworks")).isEqualTo("127.0.0.0/8");
        assertThat(host.get("steps").valueStream().map(s -> s.get("phase").asString()).toList()).contains("backup", "rollback");
        assertThat(api.get("/api/v1/audit?kind=ROLLBACK").body().get("content").toString()).contains("nsd-checkzone");
    }

    @Test
    void aConfigurationPostfixRejectsRollsBack() {
        // Postfix accepts the parameter in main.cf but "postfix check" fails on it.
        assertThat(LAB.inNamespace("postconf", "-c", CONFIG, "-e", "meta_directory=/nonexistent/postwarden").exitCode()).isZero();
        Map<String, String> before = fingerprints();

        JsonNode push = api.push(List.of(hostId));

        JsonNode host = push.get("hosts").get(0);
        assertThat(host.get("status").asString()).as(push.toString()).isEqualTo("ROLLED_BACK");
        assertThat(host.get("message").asString()).contains("postfix -c /etc/postfix check");
        assertThat(fingerprints()).isEqualTo(before);
        assertThat(LAB.dig("TXT", "target.milxc")).doesNotContain("v=spf1");
    }

    private Map<String, String> fingerprints() {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String file : List.of(CONFIG + "/main.cf", CONFIG + "/master.cf", CONFIG + "/access", CONFIG + "/access.db",
                "/etc/postfix-policyd-spf-python/policyd-spf.conf", zoneFile)) {
            sums.put(file, LAB.sha256(file));
        }
        return sums;
    }
}
