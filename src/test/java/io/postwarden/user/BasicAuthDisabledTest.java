package io.postwarden.user;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.postwarden.security.AppUser;
import io.postwarden.security.AppUserRepository;
import io.postwarden.security.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(properties = "postwarden.api.basic-auth-enabled=false")
@AutoConfigureMockMvc
@Transactional
class BasicAuthDisabledTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void basicIsRefusedWhileBearerStillWorks() throws Exception {
        users.saveAndFlush(new AppUser("erin", encoder.encode("erin's long password"), Role.VIEWER, Instant.now()));
        mvc.perform(get("/api/v1/tokens").with(httpBasic("erin", "erin's long password"))).andExpect(status().isUnauthorized());

        // Tokens are then made on the account page; the service is the same.
        String json = mvc.perform(post("/api/v1/tokens")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("erin").roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"cli\",\"expiresInDays\":7}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(json, "$.token");
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }
}
