package io.postwarden.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
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
class AccessEntryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessEntryRepository entries;

    @Autowired
    AccessEntryService service;

    @Test
    void savesAnEntryWithAFlashMessageAndListsIt() throws Exception {
        mvc.perform(get("/access-entries")).andExpect(content().string(Matchers.containsString("No access entry yet")));
        mvc.perform(post("/access-entries/new").with(csrf()).param("key", "isp-a.milxc").param("action", "ok")
                        .param("description", "seed").param("expiresOn", ""))
                .andExpect(redirectedUrl("/access-entries"))
                .andExpect(flash().attribute("flashSuccess", "Access entry isp-a.milxc added."));
        mvc.perform(get("/access-entries")).andExpect(content().string(Matchers.containsString("isp-a.milxc")))
                .andExpect(content().string(Matchers.containsString("all mail hosts")));
    }

    @Test
    void showsEveryRefusalNextToItsFieldAndStoresNothing() throws Exception {
        mvc.perform(post("/access-entries/new").with(csrf()).param("key", "isp-a.milxc;reboot").param("action", "FILTER smtp:evil"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "key", "action"))
                .andExpect(content().string(Matchers.containsString("must not contain the character &#39;;&#39;")))
                .andExpect(content().string(Matchers.containsString("must be one of OK, REJECT")));
        mvc.perform(post("/access-entries/new").with(csrf()).param("key", "isp-a.milxc").param("action", "OK")
                        .param("expiresOn", "someday"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "expiresOn"))
                .andExpect(content().string(Matchers.containsString("must be a date (YYYY-MM-DD)")));
        assertThat(entries.count()).isZero();
    }

    @Test
    void refusesADuplicateKeyOnTheForm() throws Exception {
        service.create(new AccessEntryInput("isp-a.milxc", "OK", "", null, Set.of(), null));
        mvc.perform(post("/access-entries/new").with(csrf()).param("key", "ISP-A.milxc").param("action", "REJECT"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "key"))
                .andExpect(content().string(Matchers.containsString("is already in use")));
        assertThat(entries.count()).isEqualTo(1);
    }
}
