package io.postwarden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SecurityBehaviourTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    @Test
    void locksTheFormLoginAfterFiveFailuresAndSaysSo() throws Exception {
        users.saveAndFlush(new AppUser("victim", encoder.encode(PASSWORD), Role.VIEWER, Instant.now()));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("10.9.0.1")).param("username", "victim").param("password", "wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from("10.9.0.2")).param("username", "victim").param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed attempts")));
    }

    @Test
    void locksAnAddressThatGuessesManyUserNames() throws Exception {
        users.saveAndFlush(new AppUser("bystander", encoder.encode(PASSWORD), Role.VIEWER, Instant.now()));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("10.9.1.1")).param("username", "guess" + i).param("password", "x"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from("10.9.1.1")).param("username", "bystander").param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(post("/login").with(csrf()).with(from("10.9.1.2")).param("username", "bystander").param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void locksApiBasicAfterFiveFailuresWithAProblemDetail() throws Exception {
        users.saveAndFlush(new AppUser("robot", encoder.encode(PASSWORD), Role.VIEWER, Instant.now()));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(get("/api/v1/tokens").with(from("10.9.2.1")).with(httpBasic("robot", "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/tokens").with(from("10.9.2.2")).with(httpBasic("robot", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429));
    }

    @Test
    void aSuccessfulLoginChangesTheSessionId() throws Exception {
        users.saveAndFlush(new AppUser("walker", encoder.encode(PASSWORD), Role.VIEWER, Instant.now()));
        // Visiting a page unauthenticated opens a session (to remember where to go back to).
        var before = mvc.perform(get("/").with(from("10.9.3.1"))).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();
        var after = mvc.perform(post("/login").cookie(before).with(csrf()).with(from("10.9.3.1"))
                        .param("username", "walker").param("password", PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void logoutNeedsPostWithCsrf() throws Exception {
        mvc.perform(post("/logout").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("x")))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("style-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
