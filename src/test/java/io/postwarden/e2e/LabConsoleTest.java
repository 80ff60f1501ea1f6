package io.postwarden.e2e;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A console on a random port with an empty database, pointed at the lab, and helpers
 * that build the seed scenario through the REST API the way a script would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class LabConsoleTest {

    static final Lab LAB = Lab.load();

    @LocalServerPort
    int port;

    ConsoleClient api;

    private static FileChannel labLock;

    /**
     * One suite at a time on the lab, even across JVMs: two suites resetting and pushing
     * the same Postfix and zones would break each other. Held from before the subclass's
     * own setup to after its cleanup.
     */
    @BeforeAll
    static void takeTheLab() throws IOException {
        Path file = Path.of(LAB.get("LAB_DIR"), "suite.lock");
        labLock = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        labLock.lock();
    }

    @AfterAll
    static void releaseTheLab() throws IOException {
        if (labLock != null) {
            labLock.close();
            labLock = null;
        }
    }

    @DynamicPropertySource
    static void pointAtTheLab(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:e2e-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        registry.add("postwarden.spf.resolver", () -> LAB.hostAddress() + ":" + LAB.get("LAB_DNS_PORT"));
    }

    @BeforeEach
    void connect() {
        api = new ConsoleClient(port, "admin", "test-admin");
    }

    long addLabHost(String name, String configDirectory, List<String> roles) {
        Map<String, Object> host = new HashMap<>();
        host.put("name", name);
        host.put("address", LAB.hostAddress());
        host.put("port", LAB.sshPort());
        host.put("username", LAB.get("LAB_SSH_USER"));
        host.put("roles", roles);
        host.put("privateKey", LAB.privateKey("LAB_KEY_ED25519"));
        host.put("sudo", true);
        host.put("postfixConfigDirectory", configDirectory);
        host.put("accessMapPath", configDirectory + "/access");
        long id = api.id("/api/v1/hosts", host);
        JsonNode probe = api.post("/api/v1/hosts/" + id + "/probe", Map.of()).body();
        api.post("/api/v1/hosts/" + id + "/trust", Map.of("fingerprint", probe.get("fingerprint").asString()));
        return id;
    }

    /** The seed table's policy: settings, trusted networks, the access entry, the domain and its SPF record. */
    void seedPolicy(long mailHost, long dnsHost) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("name", "default");
        settings.put("defaultProfile", true);
        settings.put("inetInterfaces", "all");
        settings.put("heloRequired", true);
        settings.put("relayHost", "[mail.isp-a.milxc]:587");
        settings.put("submissionEnabled", true);
        settings.put("submissionRejectUnlistedRecipient", false);
        settings.put("submissionClientRestrictions", "permit_mynetworks, reject");
        settings.put("submissionSenderRestrictions", "access_map, reject");
        settings.put("spfEnforcement", "ENFORCE");
        settings.put("spfTimeLimit", 3600);
        api.created("/api/v1/mail-settings", settings);
        api.created("/api/v1/trusted-networks", Map.of("cidr", "127.0.0.0/8", "description", "the host itself"));
        api.created("/api/v1/trusted-networks", Map.of("cidr", "100.120.0.0/24", "description", "the office"));
        api.created("/api/v1/access-entries", Map.of("key", "isp-a.milxc", "action", "OK", "description", "may submit"));
        api.created("/api/v1/domains", Map.of("name", "target.milxc", "mailHostIds", List.of(mailHost),
                "dnsHostIds", List.of(dnsHost)));
        api.created("/api/v1/spf-policies", Map.of("domain", "target.milxc", "record", "v=spf1 mx -all"));
    }
}
