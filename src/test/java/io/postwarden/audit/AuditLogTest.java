package io.postwarden.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(properties = "spring.messages.basename=messages,messages-crud,messages-spf,messages-users,messages-push,messages-audit")
@AutoConfigureMockMvc
@Transactional
class AuditLogTest {

    record HostForm(String name, String sshUser, String password, String privateKey, Map<String, String> extra) {
    }

    @Autowired
    AuditLog log;

    @Autowired
    AuditEventRepository events;

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "alice", roles = "ADMIN")
    void recordsTheSignedInUserAndRedactsSecrets() {
        log.record("HOST_UPDATED", "host", "7", "changed mx1",
                new HostForm("mx1", "root", "hunter2", "-----BEGIN OPENSSH PRIVATE KEY-----", Map.of("apiToken", "t0k", "note", "kept")),
                new HostForm("mx1", "deploy", null, "-----BEGIN OPENSSH PRIVATE KEY-----", Map.of()));

        AuditEventView view = log.search(AuditFilter.none(), PageRequest.of(0, 10)).getContent().get(0);

        assertThat(view.actor()).isEqualTo("alice");
        assertThat(view.kind()).isEqualTo("HOST_UPDATED");
        assertThat(view.subjectType()).isEqualTo("host");
        assertThat(view.subjectId()).isEqualTo("7");
        assertThat(view.before()).contains("\"sshUser\" : \"root\"", "\"note\" : \"kept\"", "[redacted]")
                .doesNotContain("hunter2", "BEGIN OPENSSH", "t0k");
        assertThat(view.after()).contains("\"sshUser\" : \"deploy\"").doesNotContain("BEGIN OPENSSH");
    }

    @Test
    void recordsTheSystemWhenNobodyIsSignedIn() {
        log.record("DRIFT_FOUND", null, null, "drift on mx1", null, null);

        AuditEventView view = log.search(AuditFilter.none(), PageRequest.of(0, 10)).getContent().get(0);
        assertThat(view.actor()).isEqualTo("system");
        assertThat(view.before()).isNull();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void filtersByActorKindAndTimeNewestFirstThroughTheApi() throws Exception {
        log.recordAs("alice", "HOST_CREATED", "host", "1", "first", null, Map.of("n", 1));
        log.recordAs("bob", "HOST_CREATED", "host", "2", "second", null, null);
        log.recordAs("alice", "PUSH_STARTED", "push", "3", "third", null, null);
        log.recordAs("alice", "HOST_CREATED", "host", "4", "fourth", null, null);

        mvc.perform(get("/api/v1/audit").param("actor", "alice").param("kind", "HOST_CREATED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].summary").value("fourth"))
                .andExpect(jsonPath("$.content[1].summary").value("first"))
                .andExpect(jsonPath("$.content[1].after").value(org.hamcrest.Matchers.containsString("\"n\" : 1")));
        mvc.perform(get("/api/v1/audit").param("from", "2000-01-01").param("to", "2000-01-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void newestEntryComesFirstWhateverSortIsAsked() {
        log.recordAs("a", "K", null, null, "older", null, null);
        log.recordAs("a", "K", null, null, "newer", null, null);

        Page<AuditEventView> page = log.search(AuditFilter.none(), PageRequest.of(0, 10, org.springframework.data.domain.Sort.by("id")));

        assertThat(page.getContent()).extracting(AuditEventView::summary).startsWith("newer", "older");
    }

    @Test
    void recordsASignInAndAFailedOneWithoutThePassword() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("test-admin"));
        mvc.perform(formLogin("/login").user("mallory").password("guess-1234"));

        List<AuditEventView> logins = log.search(new AuditFilter(null, "LOGIN", null, null), PageRequest.of(0, 10)).getContent();
        List<AuditEventView> failures = log.search(new AuditFilter(null, "LOGIN_FAILED", null, null), PageRequest.of(0, 10)).getContent();

        assertThat(logins).extracting(AuditEventView::actor).contains("admin");
        assertThat(failures).extracting(AuditEventView::actor).contains("mallory");
        assertThat(failures).allSatisfy(f -> assertThat(f.summary()).doesNotContain("guess-1234"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void thePageShowsEntriesWithTheirJsonEscaped() throws Exception {
        log.recordAs("<b>eve</b>", "HOST_UPDATED", "host", "9", "<script>alert(1)</script>", null, Map.of("name", "<img src=x>"));

        String html = mvc.perform(get("/audit")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;eve&lt;/b&gt;", "&lt;img src=x&gt;", "<pre")
                .doesNotContain("<script>alert(1)", "<img src=x>")
                .contains("Audit trail");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void thePageShowsABadFilterInsteadOfFailing() throws Exception {
        String html = mvc.perform(get("/audit").param("to", "soon")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("to: is not a date or time");
    }
}
