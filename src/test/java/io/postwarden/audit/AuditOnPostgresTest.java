package io.postwarden.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.postwarden.network.TrustedNetworkInput;
import io.postwarden.network.TrustedNetworkService;
import io.postwarden.testing.OnPostgres;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/** The trail written from Hibernate's events lands in PostgreSQL in the same transaction as the change. */
@SpringBootTest
@OnPostgres
@WithMockUser(username = "carol", roles = "OPERATOR")
class AuditOnPostgresTest {

    @Autowired
    TrustedNetworkService networks;

    @Autowired
    AuditLog audit;

    @Test
    void aPolicyChangeIsRecordedWithWhoAndAfter() {
        networks.create(new TrustedNetworkInput("203.0.113.0/24", "partner", null, Set.of(), false, null));

        AuditEventView event = audit.search(new AuditFilter("carol", "CREATE", null, null), PageRequest.of(0, 10))
                .getContent().get(0);
        assertThat(event.subjectType()).isEqualTo("TrustedNetwork");
        assertThat(event.after()).contains("203.0.113.0/24").contains("partner");
        assertThat(event.before()).isNull();
    }
}
