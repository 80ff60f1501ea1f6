package io.postwarden.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.postwarden.host.Host;
import io.postwarden.host.HostRepository;
import io.postwarden.testing.TestHosts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
class MailDomainApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MailDomainRepository domains;

    @Autowired
    MailDomainService service;

    @Autowired
    HostRepository hosts;

    Host mail;
    Host dns;

    @BeforeEach
    void hosts() {
        mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        dns = hosts.save(TestHosts.dnsHost("ns.target.milxc"));
    }

    @Test
    void createsGetsListsUpdatesAndDeletesADomain() throws Exception {
        String location = send(post("/api/v1/domains"), body("target.milxc", List.of(mail.getId()), List.of(dns.getId()), null, null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern(".*/api/v1/domains/\\d+")))
                .andExpect(jsonPath("$.name").value("target.milxc"))
                .andExpect(jsonPath("$.mailHostIds[0]").value(mail.getId()))
                .andExpect(jsonPath("$.dnsHostIds[0]").value(dns.getId()))
                .andExpect(jsonPath("$.zoneFile").doesNotExist())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/api/v1/domains/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/domains")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("target.milxc"))
                .andExpect(jsonPath("$.totalElements").value(1));

        send(put("/api/v1/domains/" + id), body("Target.MILXC", List.of(), List.of(dns.getId()), "/etc/nsd/target.milxc.zone", 0L))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mailHostIds").isEmpty())
                .andExpect(jsonPath("$.zoneFile").value("/etc/nsd/target.milxc.zone"));
        domains.flush();
        assertThat(domains.findById(id).orElseThrow().getVersion()).isEqualTo(1);

        mvc.perform(delete("/api/v1/domains/" + id).param("version", "1")).andExpect(status().isNoContent())
                .andExpect(content().string(""));
        assertThat(domains.count()).isZero();
    }

    @Test
    void listsNothingAsAnEmptyPage() throws Exception {
        mvc.perform(get("/api/v1/domains")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void refusesAStaleVersionWithConflict() throws Exception {
        MailDomain stored = service.create(new MailDomainInput("target.milxc", null, null, null, null));
        domains.flush();
        send(put("/api/v1/domains/" + stored.getId()), body("target.milxc", List.of(mail.getId()), List.of(), null, 7L))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(domains.findById(stored.getId()).orElseThrow().getMailHosts()).isEmpty();
    }

    @Test
    void refusesAnUpdateWithoutAVersion() throws Exception {
        MailDomain stored = service.create(new MailDomainInput("target.milxc", null, null, null, null));
        send(put("/api/v1/domains/" + stored.getId()), body("target.milxc", List.of(), List.of(), null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void refusesADuplicateNameWhateverItsCaseWithConflict() throws Exception {
        service.create(new MailDomainInput("target.milxc", null, null, null, null));
        send(post("/api/v1/domains"), body("TARGET.milxc", List.of(), List.of(), null, null))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(domains.count()).isEqualTo(1);
    }

    @Test
    void refusesHostsThatLackTheRoleNamingTheField() throws Exception {
        send(post("/api/v1/domains"), body("target.milxc", List.of(dns.getId()), List.of(mail.getId()), null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'mailHostIds')].message").value(Matchers.hasItem(Matchers.containsString("MAIL role"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'dnsHostIds')].message").value(Matchers.hasItem(Matchers.containsString("DNS role"))));
        assertThat(domains.count()).isZero();
    }

    @Test
    void refusesAnUnknownHost() throws Exception {
        send(post("/api/v1/domains"), body("target.milxc", List.of(424242L), List.of(), null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mailHostIds"));
        assertThat(domains.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"target.milxc;reboot", "$(reboot).milxc", "target.milxc\nmx", "target\u0000.milxc",
            "t\u0430rget.milxc", "\u202Etarget.milxc", "target.milxc ", "milxc", "-target.milxc", "target..milxc",
            "ta rget.milxc", "`id`.milxc"})
    void refusesHostileOrMalformedNamesAndStoresNothing(String name) throws Exception {
        send(post("/api/v1/domains"), body(name, List.of(), List.of(), null, null))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(domains.count()).isZero();
    }

    @Test
    void refusesAnOverlongName() throws Exception {
        String name = String.join(".", java.util.Collections.nCopies(4, "a".repeat(63))) + ".milxc";
        send(post("/api/v1/domains"), body(name, List.of(), List.of(), null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        assertThat(domains.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zones/target.milxc", "/etc/nsd/../shadow", "/etc/nsd/zone;rm -rf /", "/etc/nsd/$(id)",
            "/etc/nsd/zone\n", "/etc/nsd//zone", "/etc/nsd/-zone"})
    void refusesAZoneFileThatIsNotAPlainAbsolutePath(String zoneFile) throws Exception {
        send(post("/api/v1/domains"), body("target.milxc", List.of(), List.of(), zoneFile, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("zoneFile"));
        assertThat(domains.count()).isZero();
    }

    @Test
    void answersNotFoundForAnUnknownDomain() throws Exception {
        mvc.perform(get("/api/v1/domains/424242")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(put("/api/v1/domains/424242"), body("target.milxc", List.of(), List.of(), null, 0L)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/domains/424242")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerReadsButCannotCreate() throws Exception {
        mvc.perform(get("/api/v1/domains")).andExpect(status().isOk());
        send(post("/api/v1/domains"), body("target.milxc", List.of(), List.of(), null, null)).andExpect(status().isForbidden());
        assertThat(domains.count()).isZero();
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String body(String name, List<Long> mailHostIds, List<Long> dnsHostIds, String zoneFile, Long version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("mailHostIds", mailHostIds);
        fields.put("dnsHostIds", dnsHostIds);
        fields.put("zoneFile", zoneFile);
        fields.put("version", version);
        return json.writeValueAsString(fields);
    }
}
