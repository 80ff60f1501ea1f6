package io.postwarden.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import io.postwarden.host.Host;
import io.postwarden.host.HostRepository;
import io.postwarden.testing.TestHosts;
import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "OPERATOR")
class TrustedNetworkPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TrustedNetworkRepository networks;

    @Autowired
    TrustedNetworkService service;

    @Autowired
    HostRepository hosts;

    @Test
    void showsTheEmptyStateAndOffersMailHostsAsCheckboxes() throws Exception {
        hosts.save(TestHosts.mailHost("mail.target.milxc"));
        hosts.save(TestHosts.dnsHost("ns.target.milxc"));
        mvc.perform(get("/trusted-networks")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No trusted network yet")));
        mvc.perform(get("/trusted-networks/new")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("mail.target.milxc")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("ns.target.milxc"))))
                .andExpect(content().string(Matchers.containsString("name=\"hostIds\"")));
    }

    @Test
    void showsAParseErrorInlineNextToTheFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/trusted-networks/new").with(csrf()).param("cidr", "100.120.0.1/24").param("description", "")
                        .param("version", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("networks/form"))
                .andExpect(model().attributeHasFieldErrors("form", "cidr"))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*<span class=\"error\">[^<]*has host bits set \\(100\\.120\\.0\\.1/24\\)[^<]*</span>.*")))
                .andExpect(content().string(Matchers.containsString("value=\"100.120.0.1/24\"")));
        assertThat(networks.count()).isZero();
    }

    @Test
    void asksToConfirmAWideNetworkThenSavesItWithAFlashMessage() throws Exception {
        mvc.perform(post("/trusted-networks/new").with(csrf()).param("cidr", "0.0.0.0/0").param("_confirmWide", "on"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "cidr", "confirm"))
                .andExpect(content().string(Matchers.containsString("open relay")))
                .andExpect(content().string(Matchers.containsString("name=\"confirmWide\"")));
        assertThat(networks.count()).isZero();

        MvcResult saved = mvc.perform(post("/trusted-networks/new").with(csrf()).param("cidr", "0.0.0.0/0")
                        .param("confirmWide", "true").param("_confirmWide", "on").param("description", "lab only"))
                .andExpect(redirectedUrl("/trusted-networks"))
                .andExpect(flash().attribute("flashSuccess", Matchers.containsString("0.0.0.0/0")))
                .andReturn();
        // Sessions live in the database: the redirect is followed with the session cookie, as a browser would.
        mvc.perform(get("/trusted-networks").cookie(saved.getResponse().getCookies()))
                .andExpect(content().string(Matchers.containsString("Network 0.0.0.0/0 is now trusted.")))
                .andExpect(content().string(Matchers.containsString("lab only")));
    }

    @Test
    void refusesAStaleEditWithAClearMessage() throws Exception {
        TrustedNetwork network = service.create(new TrustedNetworkInput("100.120.0.0/24", "old", null, Set.of(), false, null));
        networks.flush();
        mvc.perform(post("/trusted-networks/" + network.getId() + "/edit").with(csrf()).param("cidr", "100.120.0.0/24")
                        .param("description", "new").param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(view().name("networks/form"))
                .andExpect(content().string(Matchers.containsString("was changed by someone else")));
        assertThat(networks.findById(network.getId()).orElseThrow().getDescription()).isEqualTo("old");
    }

    @Test
    void narrowsANetworkToTheTickedHosts() throws Exception {
        Host mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        mvc.perform(post("/trusted-networks/new").with(csrf()).param("cidr", "100.120.0.0/24")
                        .param("hostIds", mail.getId().toString()).param("_hostIds", "1"))
                .andExpect(redirectedUrl("/trusted-networks"));
        assertThat(networks.findByCidr("100.120.0.0/24").orElseThrow().getHosts()).containsExactly(mail);
        mvc.perform(get("/trusted-networks"))
                .andExpect(content().string(Matchers.containsString("<span class=\"badge\">mail.target.milxc</span>")));
    }

    @Test
    void marksAnExpiredNetworkInTheList() throws Exception {
        service.create(new TrustedNetworkInput("192.0.2.0/24", "", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5), Set.of(),
                false, null));
        mvc.perform(get("/trusted-networks"))
                .andExpect(content().string(Matchers.containsString("class=\"expired\"")))
                .andExpect(content().string(Matchers.containsString(">expired<")));
    }

    @Test
    void confirmsADeletionOnItsOwnPage() throws Exception {
        TrustedNetwork network = service.create(new TrustedNetworkInput("100.120.0.0/24", "", null, Set.of(), false, null));
        mvc.perform(get("/trusted-networks/" + network.getId() + "/delete"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Delete 100.120.0.0/24?")));
        mvc.perform(post("/trusted-networks/" + network.getId() + "/delete").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/trusted-networks"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(networks.count()).isZero();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerSeesTheListButCannotPost() throws Exception {
        mvc.perform(get("/trusted-networks")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("/trusted-networks/new"))));
        mvc.perform(post("/trusted-networks/new").with(csrf()).param("cidr", "100.120.0.0/24")).andExpect(status().isForbidden());
        assertThat(networks.count()).isZero();
    }
}
