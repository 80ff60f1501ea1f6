package io.postwarden.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.postwarden.security.ApiToken;
import io.postwarden.security.ApiTokenRepository;
import io.postwarden.security.ApiTokenSecrets;
import io.postwarden.security.AppUser;
import io.postwarden.security.AppUserRepository;
import io.postwarden.security.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TokenApiTest {

    static final String PASSWORD = "carol's long password";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUserRepository users;

    @Autowired
    ApiTokenRepository tokens;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    AppUser carol;

    @BeforeEach
    void createCarol() {
        carol = users.saveAndFlush(new AppUser("carol", encoder.encode(PASSWORD), Role.OPERATOR, Instant.now()));
    }

    String createToken(String body) throws Exception {
        String json = mvc.perform(post("/api/v1/tokens").with(httpBasic("carol", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.token");
    }

    @Test
    void aTokenWorksAsBearerUntilRevokedThenAtOnceNoMore() throws Exception {
        String token = createToken("{\"name\":\"ci pipeline\",\"expiresInDays\":30}");
        assertThat(token).startsWith("pw_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", Integer.class,
                ApiTokenSecrets.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT token_hash FROM api_token", String.class)).doesNotContain(token);

        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("ci pipeline"))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andExpect(jsonPath("$[0].lastUsedAt").exists());
        // The owner's role applies: an OPERATOR may write policy with the token.
        mvc.perform(post("/api/v1/mail-settings").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());

        long id = tokens.findByTokenHash(ApiTokenSecrets.hash(token)).orElseThrow().getId();
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String secret = ApiTokenSecrets.generate();
        Instant now = Instant.now();
        tokens.saveAndFlush(new ApiToken(carol.getId(), "old", ApiTokenSecrets.hash(secret), now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofMinutes(1))));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anUnknownTokenIsRefusedEvenWithValidBasicNextToIt() throws Exception {
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer pw_notatoken")).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledOwnerOrAChangedRoleTakesEffectOnTheNextCall() throws Exception {
        String token = createToken("{\"name\":\"script\",\"expiresInDays\":1}");
        carol.changeRole(Role.VIEWER);
        users.saveAndFlush(carol);
        mvc.perform(post("/api/v1/mail-settings").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        carol.setEnabled(false);
        users.saveAndFlush(carol);
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesBadLifetimesAndControlCharactersInNames() throws Exception {
        for (String body : new String[]{"{\"name\":\"x\",\"expiresInDays\":0}", "{\"name\":\"x\",\"expiresInDays\":366}",
                "{\"name\":\"evil\\u202Ename\",\"expiresInDays\":5}", "{\"name\":\"" + "n".repeat(101) + "\",\"expiresInDays\":5}",
                "{\"expiresInDays\":5}"}) {
            mvc.perform(post("/api/v1/tokens").with(httpBasic("carol", PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest());
        }
        assertThat(tokens.findByUserIdOrderByCreatedAtDesc(carol.getId())).isEmpty();
    }

    @Test
    void aUserCannotRevokeSomeoneElsesTokenButAnAdminCan() throws Exception {
        String token = createToken("{\"name\":\"mine\",\"expiresInDays\":5}");
        long id = tokens.findByTokenHash(ApiTokenSecrets.hash(token)).orElseThrow().getId();
        users.saveAndFlush(new AppUser("dave", encoder.encode(PASSWORD), Role.OPERATOR, Instant.now()));
        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("dave", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/tokens/" + id).with(httpBasic("admin", "test-admin"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
