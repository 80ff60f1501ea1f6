package io.postwarden.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.postwarden.security.AppUserRepository;
import io.postwarden.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class UserApiTest {

    static final String ALICE = """
            {"username":"alice","password":"a long enough secret","role":"OPERATOR"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("admin").roles("ADMIN")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void createsAUserWithAHashedPasswordAndNeverShowsTheHash() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).content(ALICE))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/users/\\d+")))
                .andExpect(jsonPath("$.username").value("alice"))
                .andExpect(jsonPath("$.role").value("OPERATOR"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        String stored = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'alice'", String.class);
        assertThat(stored).doesNotContain("a long enough secret").matches("\\{(bcrypt|argon2.*)}.+");
        assertThat(encoder.matches("a long enough secret", stored)).isTrue();
        mvc.perform(asAdmin(get("/api/v1/users")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.username == 'alice')]").exists())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("bcrypt"))));
    }

    @Test
    void theNewUserCanCallTheApiWithBasic() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).content(ALICE)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/tokens").with(httpBasic("alice", "a long enough secret"))).andExpect(status().isOk());
    }

    @Test
    void refusesADuplicateUsernameWithConflict() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).content(ALICE)).andExpect(status().isCreated());
        mvc.perform(asAdmin(post("/api/v1/users")).content(ALICE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void refusesShortPasswordsBadNamesAndUnknownRolesNamingTheField() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).content("""
                        {"username":"Bob Smith","password":"short","role":"OPERATOR"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());
        mvc.perform(asAdmin(post("/api/v1/users")).content("""
                        {"username":"bob","password":"%s","role":"OPERATOR"}""".formatted("x".repeat(129))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(asAdmin(post("/api/v1/users")).content("""
                        {"username":"bob","password":"a long enough secret","role":"ROOT"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        assertThat(users.findByUsername("bob")).isEmpty();
    }

    @Test
    void changesRoleEnabledAndPassword() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).content(ALICE)).andExpect(status().isCreated());
        long id = users.findByUsername("alice").orElseThrow().getId();
        mvc.perform(asAdmin(put("/api/v1/users/" + id)).content("""
                        {"role":"VIEWER","enabled":false,"password":"another long secret"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("VIEWER"))
                .andExpect(jsonPath("$.enabled").value(false));
        var alice = users.findByUsername("alice").orElseThrow();
        assertThat(encoder.matches("another long secret", alice.getPasswordHash())).isTrue();
        mvc.perform(get("/api/v1/tokens").with(httpBasic("alice", "another long secret"))).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesToDemoteDisableOrDeleteTheLastEnabledAdmin() throws Exception {
        long admin = users.findByUsername("admin").orElseThrow().getId();
        mvc.perform(asAdmin(put("/api/v1/users/" + admin)).content("{\"role\":\"OPERATOR\",\"enabled\":true}"))
                .andExpect(status().isConflict());
        mvc.perform(asAdmin(put("/api/v1/users/" + admin)).content("{\"role\":\"ADMIN\",\"enabled\":false}"))
                .andExpect(status().isConflict());
        mvc.perform(asAdmin(delete("/api/v1/users/" + admin))).andExpect(status().isConflict());
        assertThat(users.findById(admin).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
        assertThat(users.findById(admin).orElseThrow().isEnabled()).isTrue();

        mvc.perform(asAdmin(post("/api/v1/users")).content(ALICE.replace("OPERATOR", "ADMIN"))).andExpect(status().isCreated());
        mvc.perform(asAdmin(put("/api/v1/users/" + admin)).content("{\"role\":\"OPERATOR\",\"enabled\":true}"))
                .andExpect(status().isOk());
    }

    @Test
    void deletesAUser() throws Exception {
        mvc.perform(asAdmin(post("/api/v1/users")).content(ALICE)).andExpect(status().isCreated());
        long id = users.findByUsername("alice").orElseThrow().getId();
        mvc.perform(asAdmin(delete("/api/v1/users/" + id))).andExpect(status().isNoContent());
        assertThat(users.findById(id)).isEmpty();
        mvc.perform(asAdmin(get("/api/v1/users/" + id))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdminSeesUsers() throws Exception {
        mvc.perform(get("/api/v1/users").with(user("op").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
    }
}
