package io.postwarden.host;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
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
@WithMockUser(username = "admin", roles = "ADMIN")
class HostApiTest {

    static final String PROFILE = """
            {"name":"per-host","inetInterfaces":"all","heloRequired":true,"submissionEnabled":true,
             "submissionClientRestrictions":"permit_mynetworks, reject","submissionSenderRestrictions":"access_map, reject",
             "spfEnforcement":"OBSERVE","spfTimeLimit":3600}""";

    @Autowired
    MockMvc mvc;

    @Test
    void aHostWithItsOwnProfileIsShownWithTheProfilesName() throws Exception {
        String profile = mvc.perform(post("/api/v1/mail-settings").contentType(MediaType.APPLICATION_JSON).content(PROFILE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int profileId = JsonPath.read(profile, "$.id");
        String host = mvc.perform(post("/api/v1/hosts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"mx1.example.org","address":"192.0.2.20","username":"root","roles":["MAIL"],"mailSettingsId":%d}"""
                        .formatted(profileId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int hostId = JsonPath.read(host, "$.id");

        mvc.perform(get("/api/v1/hosts/" + hostId)).andExpect(status().isOk())
                .andExpect(jsonPath("$.mailSettingsName").value("per-host"));
        mvc.perform(get("/api/v1/hosts")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].mailSettingsName").value("per-host"));
    }

    @Test
    void keyTextThatIsNoKeyIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/hosts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"mx2.example.org","address":"192.0.2.21","username":"root","roles":["MAIL"],
                         "privateKey":"-----BEGIN OPENSSH PRIVATE KEY-----\\nnot a key\\n-----END OPENSSH PRIVATE KEY-----"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("privateKey"))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("not a key"))));
    }

    @Test
    void aGeneratedKeyShowsOnlyItsPublicHalf() throws Exception {
        String host = mvc.perform(post("/api/v1/hosts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"mx3.example.org","address":"192.0.2.22","username":"root","roles":["MAIL"]}"""))
                .andReturn().getResponse().getContentAsString();
        int hostId = JsonPath.read(host, "$.id");

        mvc.perform(post("/api/v1/hosts/" + hostId + "/key")).andExpect(status().isOk())
                .andExpect(jsonPath("$.publicKey").value(Matchers.startsWith("ssh-ed25519 ")))
                .andExpect(jsonPath("$.fingerprint").value(Matchers.startsWith("SHA256:")))
                .andExpect(jsonPath("$.privateKey").doesNotExist());
        mvc.perform(get("/api/v1/hosts/" + hostId)).andExpect(jsonPath("$.hasPrivateKey").value(true))
                .andExpect(content -> Matchers.not(Matchers.containsString("PRIVATE KEY")).matches(content.getResponse().getContentAsString()));
    }
}
