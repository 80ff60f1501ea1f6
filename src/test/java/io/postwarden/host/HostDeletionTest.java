package io.postwarden.host;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Each request commits on its own, as in production, so the database's own constraint is what refuses. */
@SpringBootTest
// Commits for real: a database of its own, so no other test sees what it leaves.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:host-deletion;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class HostDeletionTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aHostStillNamedByATrustedNetworkIsNotDeletedAndTheAnswerSaysWhy() throws Exception {
        String host = mvc.perform(post("/api/v1/hosts").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"mx9.example.org","address":"192.0.2.99","username":"root","roles":["MAIL"]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int hostId = JsonPath.read(host, "$.id");
        String network = mvc.perform(post("/api/v1/trusted-networks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cidr\":\"198.18.0.0/24\",\"hostIds\":[%d]}".formatted(hostId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int networkId = JsonPath.read(network, "$.id");

        mvc.perform(delete("/api/v1/hosts/" + hostId)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("still used")));

        mvc.perform(delete("/api/v1/trusted-networks/" + networkId)).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/hosts/" + hostId)).andExpect(status().isNoContent());
    }
}
