package io.postwarden.network;

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
class TrustedNetworkApiTest {

    static final String API = "/api/v1/trusted-networks";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TrustedNetworkRepository networks;

    @Autowired
    HostRepository hosts;

    Host mail;

    @BeforeEach
    void hosts() {
        mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
    }

    @Test
    void createsGetsListsUpdatesAndDeletesANetwork() throws Exception {
        String location = send(post(API), body("100.120.0.0/24", "submission clients", null, List.of(mail.getId()), null, null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern(".*/api/v1/trusted-networks/\\d+")))
                .andExpect(jsonPath("$.cidr").value("100.120.0.0/24"))
                .andExpect(jsonPath("$.description").value("submission clients"))
                .andExpect(jsonPath("$.hostIds[0]").value(mail.getId()))
                .andExpect(jsonPath("$.expired").value(false))
                .andExpect(jsonPath("$.confirmWide").doesNotExist())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(API + "/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(get(API)).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].cidr").value("100.120.0.0/24"))
                .andExpect(jsonPath("$.totalElements").value(1));

        String expiry = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        send(put(API + "/" + id), body("100.120.0.0/24", "until the move", expiry, List.of(), null, 0L))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hostIds").isEmpty())
                .andExpect(jsonPath("$.expiresOn").value(expiry));

        mvc.perform(delete(API + "/" + id)).andExpect(status().isNoContent()).andExpect(content().string(""));
        assertThat(networks.count()).isZero();
    }

    @Test
    void writesIpv6InCanonicalForm() throws Exception {
        send(post(API), body("2001:DB8:0:0::/32", null, null, null, null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cidr").value("2001:db8::/32"));
    }

    @Test
    void refusesACidrWithHostBitsSetSayingSo() throws Exception {
        send(post(API), body("100.120.0.1/24", null, null, null, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cidr"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("host bits set")));
        assertThat(networks.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "::/0", "8.0.0.0/8", "10.0.0.0/8", "2001::/16"})
    void refusesAWideNetworkUntilConfirmed(String cidr) throws Exception {
        send(post(API), body(cidr, null, null, null, null, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("cidr"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("open relay")))
                .andExpect(jsonPath("$.confirmWith.confirmWide").value(true));
        assertThat(networks.count()).isZero();

        send(post(API), body(cidr, null, null, null, true, null)).andExpect(status().isCreated());
        assertThat(networks.count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.0/8", "100.120.0.0/24", "192.168.0.0/16", "203.0.113.0/24", "2001:db8::/48", "::1"})
    void trustsANarrowNetworkWithoutConfirmation(String cidr) throws Exception {
        send(post(API), body(cidr, null, null, null, null, null)).andExpect(status().isCreated());
    }

    @Test
    void keepsAConfirmedWideNetworkWhenOnlyItsNoteChanges() throws Exception {
        send(post(API), body("10.0.0.0/8", null, null, null, true, null)).andExpect(status().isCreated());
        long id = networks.findByCidr("10.0.0.0/8").orElseThrow().getId();
        send(put(API + "/" + id), body("10.0.0.0/8", "whole site", null, null, null, 0L)).andExpect(status().isOk());
        send(put(API + "/" + id), body("0.0.0.0/0", "whole site", null, null, null, 0L))
                .andExpect(status().isUnprocessableContent());
        assertThat(networks.findById(id).orElseThrow().getCidr()).isEqualTo("10.0.0.0/8");
    }

    @Test
    void refusesADuplicateNetworkWithConflict() throws Exception {
        send(post(API), body("100.120.0.0/24", null, null, null, null, null)).andExpect(status().isCreated());
        send(post(API), body("100.120.0.0/24", "again", null, null, null, null))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("cidr"));
        assertThat(networks.count()).isEqualTo(1);
    }

    @Test
    void refusesAStaleVersionWithConflict() throws Exception {
        send(post(API), body("100.120.0.0/24", "old", null, null, null, null)).andExpect(status().isCreated());
        long id = networks.findByCidr("100.120.0.0/24").orElseThrow().getId();
        send(put(API + "/" + id), body("100.120.0.0/24", "new", null, null, null, 3L))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(networks.findById(id).orElseThrow().getDescription()).isEqualTo("old");
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.120.0.0/24;reboot", "100.120.0.0/24\n10.0.0.0/8", "100.120.0.0/24\u0000", "\u202E100.120.0.0/24",
            "\uFF11\uFF10.0.0.0/8", "100.120.0.0/33", "100.120.0.0/-1", "$(id)", "100.120.0.0 /24", "mail.target.milxc",
            "100.120.000.0/24"})
    void refusesHostileOrMalformedCidrsAndStoresNothing(String cidr) throws Exception {
        send(post(API), body(cidr, null, null, null, true, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cidr"));
        assertThat(networks.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "nul\u0000here", "looks \u202Ereversed", "zero\u200Bwidth"})
    void refusesInvisibleCharactersInTheNote(String description) throws Exception {
        send(post(API), body("100.120.0.0/24", description, null, null, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        assertThat(networks.count()).isZero();
    }

    @Test
    void refusesAnOverlongNoteAndAnUnreadableDate() throws Exception {
        send(post(API), body("100.120.0.0/24", "x".repeat(501), null, null, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        send(post(API), body("100.120.0.0/24", null, "2026-13-45", null, null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        assertThat(networks.count()).isZero();
    }

    @Test
    void refusesAHostWithoutTheMailRole() throws Exception {
        Host dns = hosts.save(TestHosts.dnsHost("ns.target.milxc"));
        send(post(API), body("100.120.0.0/24", null, null, List.of(dns.getId()), null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostIds"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("MAIL role")));
        send(post(API), body("100.120.0.0/24", null, null, List.of(424242L), null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostIds"));
        assertThat(networks.count()).isZero();
    }

    @Test
    void showsAnExpiredNetworkAsExpired() throws Exception {
        String past = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
        send(post(API), body("100.120.0.0/24", null, past, null, null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expired").value(true));
    }

    @Test
    void answersNotFoundForAnUnknownNetwork() throws Exception {
        mvc.perform(get(API + "/424242")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete(API + "/424242")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerReadsButCannotTrustANetwork() throws Exception {
        mvc.perform(get(API)).andExpect(status().isOk()).andExpect(jsonPath("$.content").isEmpty());
        send(post(API), body("100.120.0.0/24", null, null, null, null, null)).andExpect(status().isForbidden());
        assertThat(networks.count()).isZero();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String body(String cidr, String description, String expiresOn, List<Long> hostIds, Boolean confirmWide, Long version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("cidr", cidr);
        fields.put("description", description);
        fields.put("expiresOn", expiresOn);
        fields.put("hostIds", hostIds);
        fields.put("confirmWide", confirmWide);
        fields.put("version", version);
        return json.writeValueAsString(fields);
    }
}
