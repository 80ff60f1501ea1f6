package io.postwarden.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.postwarden.domain.MailDomain;
import io.postwarden.domain.MailDomainDetails;
import io.postwarden.domain.MailDomainRepository;
import io.postwarden.syntax.DomainName;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "OPERATOR")
class SpfPolicyApiTest {

    static final String URL = "/api/v1/spf-policies";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    MailDomainRepository domains;

    @Autowired
    SpfPolicyRepository policies;

    MailDomain target;

    @BeforeEach
    void seedDomain() {
        target = domains.save(new MailDomain(new MailDomainDetails(DomainName.parse("target.milxc"), Set.of(), Set.of(), null)));
        domains.flush();
    }

    ResultActions send(String domain, String name, String record) throws Exception {
        return mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body(domain, name, record, null)));
    }

    static String body(String domain, String name, String record, Long version) {
        var node = JSON.createObjectNode().put("domain", domain).put("name", name).put("record", record);
        if (version != null) {
            node.put("version", version);
        }
        return node.toString();
    }

    @Test
    void createsTheTutorialPolicyAtTheApex() throws Exception {
        send("target.milxc", null, "v=spf1 mx -all")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/spf-policies/\\d+")))
                .andExpect(jsonPath("$.domain").value("target.milxc"))
                .andExpect(jsonPath("$.name").value("@"))
                .andExpect(jsonPath("$.record").value("v=spf1 mx -all"))
                .andExpect(jsonPath("$.findings[0].code").value("no-dns"))
                .andExpect(jsonPath("$.findings[0].severity").value("INFO"));
        SpfPolicy stored = policies.findAll().get(0);
        assertThat(stored.ownerName()).isEqualTo("target.milxc");
        assertThat(stored.parsed().toZoneText()).isEqualTo("\"v=spf1 mx -all\"");
    }

    @Test
    void refusesARecordWithLintErrorsNamingRecordWithTheFindings() throws Exception {
        send("target.milxc", "@", "v=spf1 ptr +all")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("record"))
                .andExpect(jsonPath("$.findings[?(@.code == 'pass-all')].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[?(@.code == 'ptr')].severity").value("WARNING"));
        assertThat(policies.count()).isZero();
    }

    @Test
    void refusesARecordThatDoesNotParseWithThePosition() throws Exception {
        send("target.milxc", "@", "v=spf1 mx -al")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("record"))
                .andExpect(jsonPath("$.findings[0].code").value("syntax"))
                .andExpect(jsonPath("$.findings[0].position").value(11));
    }

    @Test
    void refusesAnUnknownDomain() throws Exception {
        send("elsewhere.milxc", "@", "v=spf1 mx -all")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("domain"));
    }

    @Test
    void refusesHostileRecordsAndStoresNothing() throws Exception {
        String[] hostile = {"v=spf1 mx\n-all", "v=spf1 mx\u0000 -all", "v=spf1 include:\"evil\".example.org -all",
                "v=spf1 a:x\\y.example.org -all", "v=spf1 include:ex\u0430mple.org -all", "v=spf1 mx\u202e -all",
                "v=spf1 " + "ip4:192.0.2.1 ".repeat(300) + "-all", "v=spf1 mx -all\r\n@ IN A 192.0.2.66"};
        for (String record : hostile) {
            send("target.milxc", "@", record)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("record"));
        }
        send("target.milxc", "@", "v=spf1 " + "ip4:192.0.2.1 ".repeat(300) + "-all")
                .andExpect(jsonPath("$.findings[0].code").value("too-long"));
        send("target.milxc", "@", "v=spf1 include:ex\u0430mple.org -all")
                .andExpect(jsonPath("$.errors[0].message", containsString("U+0430")));
        assertThat(policies.count()).isZero();
    }

    @Test
    void refusesHostileNamesAndLookAlikeDomains() throws Exception {
        for (String name : new String[] {"mail;reboot", "mail\nx", "mail.", "m\u0430il", "a..b", "x".repeat(64)}) {
            send("target.milxc", name, "v=spf1 mx -all")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("name"));
        }
        send("t\u0430rget.milxc", "@", "v=spf1 mx -all")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("domain"));
        assertThat(policies.count()).isZero();
    }

    @Test
    void keepsQuotesAndBackslashesOfAnUnknownModifierAndEscapesThemForTheZone() throws Exception {
        send("target.milxc", "_spf", "v=spf1 mx note=\"q\\x -all").andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("_spf"));
        SpfPolicy stored = policies.findAll().get(0);
        assertThat(stored.record()).isEqualTo("v=spf1 mx note=\"q\\x -all");
        assertThat(stored.parsed().toZoneText()).isEqualTo("\"v=spf1 mx note=\\\"q\\\\x -all\"");
        assertThat(stored.ownerName()).isEqualTo("_spf.target.milxc");
    }

    @Test
    void refusesASecondPolicyForTheSameNameWithConflict() throws Exception {
        send("target.milxc", "@", "v=spf1 mx -all").andExpect(status().isCreated());
        send("TARGET.milxc", "", "v=spf1 a -all").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(policies.count()).isEqualTo(1);
    }

    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOne() throws Exception {
        send("target.milxc", "@", "v=spf1 mx -all").andExpect(status().isCreated());
        SpfPolicy stored = policies.findAll().get(0);
        policies.flush();
        mvc.perform(put(URL + "/" + stored.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("target.milxc", "@", "v=spf1 mx ~all", 99L)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put(URL + "/" + stored.getId()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("target.milxc", "@", "v=spf1 mx ~all", stored.getVersion())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record").value("v=spf1 mx ~all"));
    }

    @Test
    void listsGetsAndDeletes() throws Exception {
        mvc.perform(get(URL)).andExpect(status().isOk()).andExpect(jsonPath("$.content").isEmpty());
        send("target.milxc", "@", "v=spf1 mx -all").andExpect(status().isCreated());
        long id = policies.findAll().get(0).getId();
        mvc.perform(get(URL)).andExpect(jsonPath("$.content", hasSize(1))).andExpect(jsonPath("$.content[0].domain").value("target.milxc"));
        mvc.perform(get(URL + "/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.record").value("v=spf1 mx -all"));
        mvc.perform(delete(URL + "/" + id)).andExpect(status().isNoContent());
        mvc.perform(get(URL + "/" + id)).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerMayLintButNotCreate() throws Exception {
        send("target.milxc", "@", "v=spf1 mx -all").andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/spf/lint").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domain\":\"target.milxc\",\"record\":\"v=spf1 mx -all\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.strings[0]").value("v=spf1 mx -all"));
    }

    @Test
    void lintsARecordWithFindingsAndTxtStrings() throws Exception {
        mvc.perform(post("/api/v1/spf/lint").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domain\":\"target.milxc\",\"record\":\"v=spf1 ptr +all\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.findings[?(@.code == 'pass-all')]").exists())
                .andExpect(jsonPath("$.strings").isEmpty());
        String longRecord = "v=spf1 " + "ip4:192.0.2.1 ".repeat(20) + "-all";
        mvc.perform(post("/api/v1/spf/lint").contentType(MediaType.APPLICATION_JSON)
                        .content(body("target.milxc", null, longRecord, null)))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.strings", hasSize(2)));
        mvc.perform(post("/api/v1/spf/lint").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domain\":\"evil;reboot\",\"record\":\"v=spf1 -all\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domain"));
    }

    @Test
    void suggestsARecordForAKnownDomainOnly() throws Exception {
        mvc.perform(get("/api/v1/spf/suggest").param("domain", "target.milxc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record").value("v=spf1 -all"))
                .andExpect(jsonPath("$.reasons[0]", containsString("sends no mail")));
        mvc.perform(get("/api/v1/spf/suggest").param("domain", "elsewhere.milxc")).andExpect(status().isNotFound());
    }

    @Autowired
    jakarta.persistence.EntityManager entities;

    @Autowired
    io.postwarden.settings.MailSettingsService mailSettings;

    @Test
    void suggestsFromTheStoredMailHostsAndTheRelayOfTheirProfile() throws Exception {
        mailSettings.create(io.postwarden.settings.MailSettingsInput.from(io.postwarden.settings.MailSettingsValues.seed("default"), true, null));
        var host = io.postwarden.testing.TestHosts.mailHost("mail.shop.milxc");
        entities.persist(host);
        domains.save(new MailDomain(new MailDomainDetails(DomainName.parse("shop.milxc"), Set.of(host), Set.of(), null)));
        entities.flush();
        mvc.perform(get("/api/v1/spf/suggest").param("domain", "shop.milxc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record").value("v=spf1 mx include:isp-a.milxc -all"))
                .andExpect(jsonPath("$.reasons[1]", containsString("[mail.isp-a.milxc]:587")));
    }
}
