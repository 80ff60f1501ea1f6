package io.postwarden.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.postwarden.host.Host;
import io.postwarden.host.HostRepository;
import io.postwarden.testing.TestHosts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "OPERATOR")
class MailDomainPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MailDomainRepository domains;

    @Autowired
    HostRepository hosts;

    @Test
    void showsTheEmptyStateThenADomainWithItsHosts() throws Exception {
        mvc.perform(get("/domains")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No domain yet")));
        Host mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        Host dns = hosts.save(TestHosts.dnsHost("ns.target.milxc"));
        mvc.perform(get("/domains/new")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"mailHostIds\"")))
                .andExpect(content().string(Matchers.containsString("name=\"dnsHostIds\"")));

        mvc.perform(post("/domains/new").with(csrf()).param("name", "Target.milxc")
                        .param("mailHostIds", mail.getId().toString()).param("_mailHostIds", "1")
                        .param("dnsHostIds", dns.getId().toString()).param("_dnsHostIds", "1").param("zoneFile", ""))
                .andExpect(redirectedUrl("/domains"))
                .andExpect(flash().attribute("flashSuccess", "Domain target.milxc added."));
        mvc.perform(get("/domains")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("target.milxc")))
                .andExpect(content().string(Matchers.containsString("mail.target.milxc")))
                .andExpect(content().string(Matchers.containsString("ns.target.milxc")));

        long id = domains.findByName("target.milxc").orElseThrow().getId();
        mvc.perform(get("/domains/" + id + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesPattern("(?s).*type=\"checkbox\" value=\"" + mail.getId()
                        + "\"[^>]*name=\"mailHostIds\" checked=\"checked\".*")));
        mvc.perform(get("/domains/" + id + "/delete")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Delete target.milxc?")))
                .andExpect(content().string(Matchers.containsString("SPF policies are deleted with it")));
        mvc.perform(post("/domains/" + id + "/delete").with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl("/domains"))
                .andExpect(flash().attribute("flashSuccess", "Domain deleted."));
        assertThat(domains.count()).isZero();
    }

    @Test
    void showsALookAlikeNameAndAWrongRoleInlineAndStoresNothing() throws Exception {
        Host dns = hosts.save(TestHosts.dnsHost("ns.target.milxc"));
        mvc.perform(post("/domains/new").with(csrf()).param("name", "t\u0430rget.milxc").param("zoneFile", "etc/zone"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "zoneFile"))
                .andExpect(content().string(Matchers.containsString("must use ASCII characters only")));
        mvc.perform(post("/domains/new").with(csrf()).param("name", "target.milxc").param("mailHostIds", dns.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "mailHostIds"))
                .andExpect(content().string(Matchers.containsString("does not have the MAIL role")));
        assertThat(domains.count()).isZero();
    }
}
