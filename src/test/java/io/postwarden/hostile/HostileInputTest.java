package io.postwarden.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throws a corpus of hostile values at every field of every create endpoint whose value
 * can reach a remote shell, a file on a host or a zone: each must be refused with a
 * problem naming the field, and nothing may be stored. Free text is stored but never
 * rendered as markup.
 */
@SpringBootTest
// Commits for real: a database of its own, so no other test sees what it leaves.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:hostile-input;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class HostileInputTest {

    static final List<String> CORPUS = List.of(
            "; reboot", "$(reboot)", "`reboot`", "| cat /etc/shadow", "&& id", "a\nb", "a\rb", "a\u0000b", "a\tb",
            "x".repeat(5000), "../../etc/passwd", "/etc/postfix/../../etc/shadow", "ex\u0430mple.org", "example.org\u202e",
            "example\u200b.org", "' OR 1=1 --", "\"; DROP TABLE host; --", "<script>alert(1)</script>", "*", "%00", "${jndi:ldap://x}");

    record Endpoint(String path, Map<String, Object> valid, List<String> guardedFields) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/v1/hosts", map("name", "mail.example.org", "address", "192.0.2.10", "port", 22, "username", "root",
                    "roles", List.of("MAIL", "DNS"), "sudo", true), List.of("name", "address", "username",
                    "postfixConfigDirectory", "accessMapPath", "nsdConfigFile", "policydSpfConfigFile", "privateKey")),
            new Endpoint("/api/v1/domains", map("name", "example.org"), List.of("name", "zoneFile")),
            new Endpoint("/api/v1/trusted-networks", map("cidr", "192.0.2.0/24", "description", "lab"), List.of("cidr")),
            new Endpoint("/api/v1/access-entries", map("key", "example.org", "action", "OK"), List.of("key", "action")),
            new Endpoint("/api/v1/spf-policies", map("domain", "spf.example.org", "name", "@", "record", "v=spf1 mx -all"),
                    List.of("domain", "name", "record")),
            new Endpoint("/api/v1/mail-settings", map("name", "hostile", "inetInterfaces", "all", "heloRequired", true,
                    "relayHost", "[mail.isp-a.milxc]:587", "submissionEnabled", true,
                    "submissionClientRestrictions", "permit_mynetworks, reject", "submissionSenderRestrictions", "access_map, reject",
                    "spfEnforcement", "ENFORCE", "spfTimeLimit", 3600), List.of("name", "inetInterfaces", "relayHost",
                    "submissionClientRestrictions", "submissionSenderRestrictions")),
            new Endpoint("/api/v1/users", map("username", "bob", "password", "a long enough password", "role", "VIEWER"),
                    List.of("username", "role")));

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> everyHostileValueIsRefusedNamingItsField() throws Exception {
        createSpfDomainOnce();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String field : endpoint.guardedFields()) {
                for (String hostile : CORPUS) {
                    for (String value : List.of(hostile, String.valueOf(endpoint.valid().getOrDefault(field, "v")) + hostile)) {
                        tests.add(DynamicTest.dynamicTest(endpoint.path() + " " + field + " = " + printable(value),
                                () -> assertRefused(endpoint, field, value)));
                    }
                }
            }
        }
        tests.add(DynamicTest.dynamicTest("nothing was stored", this::nothingStored));
        return tests.stream();
    }

    @Test
    void freeTextIsStoredButNeverRenderedAsMarkup() throws Exception {
        String note = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        MvcResult created = mvc.perform(post("/api/v1/trusted-networks").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(map("cidr", "198.51.100.0/24", "description", note)))).andReturn();
        if (created.getResponse().getStatus() == 201) {
            String page = mvc.perform(get("/trusted-networks")).andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
            mvc.perform(delete(created.getResponse().getHeader("Location")));
        } else {
            assertThat(created.getResponse().getStatus()).isBetween(400, 422);
            assertThat(created.getResponse().getContentAsString()).contains("description");
        }
    }

    private void assertRefused(Endpoint endpoint, String field, String value) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(endpoint.valid());
        body.put(field, value);
        MvcResult result = mvc.perform(post(endpoint.path()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn();
        int status = result.getResponse().getStatus();
        String text = result.getResponse().getContentAsString();
        assertThat(status).as("%s %s=%s answered %s", endpoint.path(), field, printable(value), text).isIn(400, 409, 422);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(text);
        assertThat(text).as("the problem names the field").contains("\"" + field + "\"");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }

    private void nothingStored() throws Exception {
        for (String list : List.of("/api/v1/hosts", "/api/v1/trusted-networks", "/api/v1/access-entries", "/api/v1/spf-policies",
                "/api/v1/mail-settings")) {
            JsonNode page = JSON.readTree(mvc.perform(get(list)).andReturn().getResponse().getContentAsString());
            assertThat(page.get("totalElements").asLong()).as(list).isZero();
        }
        JsonNode domains = JSON.readTree(mvc.perform(get("/api/v1/domains")).andReturn().getResponse().getContentAsString());
        assertThat(domains.get("totalElements").asLong()).as("only the SPF test domain").isEqualTo(1);
        JsonNode users = JSON.readTree(mvc.perform(get("/api/v1/users")).andReturn().getResponse().getContentAsString());
        assertThat(users.get("content").valueStream().map(u -> u.get("username").asString())).containsExactly("admin");
    }

    private void createSpfDomainOnce() throws Exception {
        mvc.perform(post("/api/v1/domains").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(map("name", "spf.example.org"))));
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
