package io.postwarden.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.postwarden.security.ApiTokenRepository;
import io.postwarden.security.ApiTokenSecrets;
import io.postwarden.security.AppUser;
import io.postwarden.security.AppUserRepository;
import io.postwarden.security.Role;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccountAndUserPagesTest {

    static final String PASSWORD = "frank's long password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    ApiTokenRepository tokens;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void createFrank() {
        users.saveAndFlush(new AppUser("frank", encoder.encode(PASSWORD), Role.VIEWER, Instant.now()));
    }

    @Test
    void aViewerCreatesATokenAndSeesItOnlyOnce() throws Exception {
        String page = mvc.perform(post("/account/tokens").with(user("frank").roles("VIEWER")).with(csrf())
                        .param("name", "laptop").param("expiresInDays", "30"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher secret = Pattern.compile("pw_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(secret.find()).isTrue();
        assertThat(tokens.findByTokenHash(ApiTokenSecrets.hash(secret.group()))).isPresent();
        mvc.perform(get("/account").with(user("frank").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("laptop")))
                .andExpect(content().string(not(containsString(secret.group()))));
    }

    @Test
    void changesTheOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        mvc.perform(post("/account/password").with(user("frank").roles("VIEWER")).with(csrf())
                        .param("currentPassword", "not it at all").param("newPassword", "a brand new password")
                        .param("confirmPassword", "a brand new password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not your current password")));
        mvc.perform(post("/account/password").with(user("frank").roles("VIEWER")).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "a brand new password")
                        .param("confirmPassword", "a brand new password"))
                .andExpect(redirectedUrl("/account"));
        assertThat(encoder.matches("a brand new password", users.findByUsername("frank").orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void anAdminCreatesAndDisablesUsersButNotTheLastAdmin() throws Exception {
        mvc.perform(post("/users/new").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("username", "grace").param("password", "grace's long password").param("role", "OPERATOR"))
                .andExpect(redirectedUrl("/users"));
        long grace = users.findByUsername("grace").orElseThrow().getId();
        mvc.perform(get("/users/" + grace + "/disable").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("grace")));
        mvc.perform(post("/users/" + grace + "/disable").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/users"));
        assertThat(users.findById(grace).orElseThrow().isEnabled()).isFalse();

        long admin = users.findByUsername("admin").orElseThrow().getId();
        mvc.perform(post("/users/" + admin + "/disable").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("flashError", containsString("last enabled admin")));
        assertThat(users.findById(admin).orElseThrow().isEnabled()).isTrue();
        mvc.perform(get("/users").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("grace")));
    }
}
