package io.postwarden.access;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "OPERATOR")
class AccessEntryApiTest {

    static final String API = "/api/v1/access-entries";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    AccessEntryRepository entries;

    @Autowired
    HostRepository hosts;

    Host mail;

    @BeforeEach
    void hosts() {
        mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
    }

    @Test
    void createsGetsListsUpdatesAndDeletesAnEntry() throws Exception {
        String location = send(post(API), body("isp-a.milxc", "OK", "the seed's sender domain", null, List.of(mail.getId()), null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern(".*/api/v1/access-entries/\\d+")))
                .andExpect(jsonPath("$.key").value("isp-a.milxc"))
                .andExpect(jsonPath("$.action").value("OK"))
                .andExpect(jsonPath("$.hostIds[0]").value(mail.getId()))
                .andExpect(jsonPath("$.expired").value(false))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(API + "/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get(API)).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].key").value("isp-a.milxc"))
                .andExpect(jsonPath("$.totalElements").value(1));

        send(put(API + "/" + id), body("isp-a.milxc", "550 5.7.1 no longer accepted", "", null, List.of(), 0L))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("550 5.7.1 no longer accepted"))
                .andExpect(jsonPath("$.hostIds").isEmpty());

        mvc.perform(delete(API + "/" + id).param("version", "0")).andExpect(status().isNoContent());
        assertThat(entries.count()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ISP-A.milxc | ok | isp-a.milxc | OK",
            ".Example.ORG | reject go away | .example.org | REJECT go away",
            "Postmaster@ | dunno | postmaster@ | DUNNO",
            "Alice@ISP-A.milxc | hold | alice@isp-a.milxc | HOLD",
            "192.168.1 | 554 not from here | 192.168.1 | 554 not from here",
            "2001:DB8::1 | discard | 2001:db8::1 | DISCARD"})
    void storesKeysAndActionsInCanonicalForm(String key, String action, String storedKey, String storedAction) throws Exception {
        send(post(API), body(key, action, null, null, null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.key").value(storedKey))
                .andExpect(jsonPath("$.action").value(storedAction));
    }

    @Test
    void refusesADuplicateKeyWhateverItsCaseWithConflict() throws Exception {
        send(post(API), body("isp-a.milxc", "OK", null, null, null, null)).andExpect(status().isCreated());
        send(post(API), body("ISP-A.MILXC", "REJECT", null, null, null, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        assertThat(entries.count()).isEqualTo(1);
    }

    @Test
    void refusesAStaleVersionWithConflict() throws Exception {
        send(post(API), body("isp-a.milxc", "OK", null, null, null, null)).andExpect(status().isCreated());
        long id = entries.findByMapKey("isp-a.milxc").orElseThrow().getId();
        send(put(API + "/" + id), body("isp-a.milxc", "REJECT", null, null, null, 5L))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(delete(API + "/" + id).param("version", "5")).andExpect(status().isConflict());
        assertThat(entries.findById(id).orElseThrow().getAction()).isEqualTo("OK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"isp-a.milxc;reboot", "isp-a.milxc\nevil.milxc", "isp\u0000-a.milxc", "\u0456sp-a.milxc",
            "\u202Eisp-a.milxc", "isp-a.milxc OK", "10.0.0.0/8", "user@@isp-a.milxc", "$(id)", "`id`", "@isp-a.milxc",
            "192.168.01", "isp-a.milxc\t"})
    void refusesHostileOrMalformedKeysAndStoresNothing(String key) throws Exception {
        send(post(API), body(key, "OK", null, null, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        assertThat(entries.count()).isZero();
    }

    @Test
    void refusesAnOverlongKey() throws Exception {
        send(post(API), body("a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "."
                + "e".repeat(60) + "." + "f".repeat(60) + ".milxc", "OK", null, null, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        assertThat(entries.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FILTER smtp:[evil]:25", "OK then", "421 closing", "REJECT $(reboot)", "REJECT go\naway",
            "REJECT nul\u0000", "REJECT \u202Ereversed", "WARN", "REDIRECT nobody", "299 fine", "ok; rm -rf /", "R\u0415JECT"})
    void refusesActionsOutsideTheClosedGrammar(String action) throws Exception {
        send(post(API), body("isp-a.milxc", action, null, null, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        assertThat(entries.count()).isZero();
    }

    @Test
    void namesEveryBadFieldAtOnce() throws Exception {
        Host dns = hosts.save(TestHosts.dnsHost("ns.target.milxc"));
        send(post(API), body("bad key", "NOPE", "two\nlines", null, List.of(dns.getId()), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'key')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'action')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'description')]").exists());
        send(post(API), body("isp-a.milxc", "OK", null, null, List.of(dns.getId()), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostIds"));
        assertThat(entries.count()).isZero();
    }

    @Test
    void showsAnExpiredEntryAsExpired() throws Exception {
        String past = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
        send(post(API), body("isp-a.milxc", "OK", null, past, null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expired").value(true));
    }

    @Test
    void answersNotFoundAndListsNothingAsAnEmptyPage() throws Exception {
        mvc.perform(get(API)).andExpect(status().isOk()).andExpect(jsonPath("$.content").isEmpty());
        mvc.perform(get(API + "/424242")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerCannotAddAnEntry() throws Exception {
        send(post(API), body("isp-a.milxc", "OK", null, null, null, null)).andExpect(status().isForbidden());
        assertThat(entries.count()).isZero();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String body(String key, String action, String description, String expiresOn, List<Long> hostIds, Long version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("action", action);
        fields.put("description", description);
        fields.put("expiresOn", expiresOn);
        fields.put("hostIds", hostIds);
        fields.put("version", version);
        return json.writeValueAsString(fields);
    }
}
