package io.postwarden.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class MailSettingsApiTest {

    static final String SEED = """
            {"name":"default","inetInterfaces":"all","heloRequired":true,"relayHost":"[mail.isp-a.milxc]:587",
             "submissionEnabled":true,"submissionClientRestrictions":"permit_mynetworks, reject",
             "submissionSenderRestrictions":"access_map, reject","spfEnforcement":"ENFORCE","spfTimeLimit":3600}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    MailSettingsRepository profiles;

    @Test
    void createsTheSeedProfileAsTheDefault() throws Exception {
        mvc.perform(post("/api/v1/mail-settings").contentType(MediaType.APPLICATION_JSON).content(SEED))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/mail-settings/\\d+")))
                .andExpect(jsonPath("$.defaultProfile").value(true))
                .andExpect(jsonPath("$.relayHost").value("[mail.isp-a.milxc]:587"))
                .andExpect(jsonPath("$.submissionSenderRestrictions").value("access_map, reject"));
    }

    @Test
    void listsNothingAsAnEmptyPage() throws Exception {
        mvc.perform(get("/api/v1/mail-settings"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void refusesHostileValuesNamingEachFieldAndStoresNothing() throws Exception {
        String hostile = SEED.replace("\"all\"", "\"all;reboot\"").replace("[mail.isp-a.milxc]:587", "$(reboot)")
                .replace("permit_mynetworks, reject", "permit_mynetworks\\nreject_everything");
        mvc.perform(post("/api/v1/mail-settings").contentType(MediaType.APPLICATION_JSON).content(hostile))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'inetInterfaces')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'relayHost')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'submissionClientRestrictions')]").exists());
        assertThat(profiles.count()).isZero();
    }

    @Test
    void refusesAStaleVersionWithConflict() throws Exception {
        long id = profiles.save(new MailSettings(MailSettingsValues.seed("default"))).getId();
        profiles.flush();
        String stale = SEED.replace("\"spfTimeLimit\":3600", "\"spfTimeLimit\":60,\"version\":99");
        mvc.perform(put("/api/v1/mail-settings/" + id).contentType(MediaType.APPLICATION_JSON).content(stale))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(profiles.findById(id).orElseThrow().values().spfTimeLimit()).isEqualTo(3600);
    }

    @Test
    void refusesToDeleteTheDefaultProfile() throws Exception {
        mvc.perform(post("/api/v1/mail-settings").contentType(MediaType.APPLICATION_JSON).content(SEED)).andExpect(status().isCreated());
        long id = profiles.findByName("default").orElseThrow().getId();
        mvc.perform(delete("/api/v1/mail-settings/" + id)).andExpect(status().isConflict());
        assertThat(profiles.count()).isEqualTo(1);
    }

    @Test
    void answersNotFoundForAnUnknownProfile() throws Exception {
        mvc.perform(get("/api/v1/mail-settings/424242")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerCannotCreateAProfile() throws Exception {
        mvc.perform(post("/api/v1/mail-settings").contentType(MediaType.APPLICATION_JSON).content(SEED))
                .andExpect(status().isForbidden());
        assertThat(profiles.count()).isZero();
    }
}
