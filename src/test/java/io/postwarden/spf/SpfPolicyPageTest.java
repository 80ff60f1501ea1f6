package io.postwarden.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "OPERATOR")
class SpfPolicyPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MailDomainRepository domains;

    @Autowired
    SpfPolicyRepository policies;

    @BeforeEach
    void seedDomain() {
        domains.save(new MailDomain(new MailDomainDetails(DomainName.parse("target.milxc"), Set.of(), Set.of(), null)));
        domains.flush();
    }

    @Test
    void showsTheFormWithTheLiveCheckScriptAndTheDomains() throws Exception {
        mvc.perform(get("/spf-policies/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/js/spf-lint.js")))
                .andExpect(content().string(containsString("data-lint-url=\"/spf-policies/lint\"")))
                .andExpect(content().string(containsString("<option value=\"target.milxc\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
    }

    @Test
    void showsTheFindingsNextToARefusedRecord() throws Exception {
        mvc.perform(post("/spf-policies/new").with(csrf())
                        .param("domain", "target.milxc").param("name", "@").param("record", "v=spf1 ptr +all"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("+all lets every server")))
                .andExpect(content().string(containsString("ptr is slow")))
                .andExpect(content().string(containsString("has-error")));
        assertThat(policies.count()).isZero();
    }

    @Test
    void createsAPolicyAndRedirectsToTheList() throws Exception {
        mvc.perform(post("/spf-policies/new").with(csrf())
                        .param("domain", "target.milxc").param("name", "@").param("record", "v=spf1 mx -all"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/spf-policies"));
        assertThat(policies.findAll()).extracting(SpfPolicy::record).containsExactly("v=spf1 mx -all");
        mvc.perform(get("/spf-policies")).andExpect(content().string(containsString("v=spf1 mx -all")));
        long id = policies.findAll().get(0).getId();
        mvc.perform(get("/spf-policies/" + id + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(containsString("v=spf1 mx -all")));
        mvc.perform(get("/spf-policies/" + id + "/delete")).andExpect(status().isOk())
                .andExpect(content().string(containsString("target.milxc")));
        mvc.perform(post("/spf-policies/" + id + "/delete").with(csrf())).andExpect(redirectedUrl("/spf-policies"));
        assertThat(policies.count()).isZero();
    }

    @Test
    void lintsTheDraftForTheLiveCheckOnlyWithTheCsrfToken() throws Exception {
        String draft = "{\"domain\":\"target.milxc\",\"name\":\"@\",\"record\":\"v=spf1 mx +all\"}";
        mvc.perform(post("/spf-policies/lint").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.findings[0].code").value("pass-all"))
                .andExpect(jsonPath("$.findings[0].position").value(10));
        mvc.perform(post("/spf-policies/lint").contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isForbidden());
    }
}
