package io.postwarden.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.postwarden.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Disabling a user ends the browser sessions it already had, in the shared session store. */
@SpringBootTest
// Commits for real: a database of its own, so no other test sees what it leaves.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sessions-end;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SessionsEndWithRightsTest {

    @Autowired
    UserService users;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void disablingAUserEndsItsOpenSessions() {
        long id = users.create(new UserInput("dave", "a long enough password", Role.OPERATOR)).getId();
        signIn(sessions, "dave");
        assertThat(sessions.findByPrincipalName("dave")).hasSize(1);

        users.disable(id);

        assertThat(sessions.findByPrincipalName("dave")).isEmpty();
    }

    private static <S extends Session> void signIn(FindByIndexNameSessionRepository<S> repository, String username) {
        S session = repository.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        repository.save(session);
    }
}
