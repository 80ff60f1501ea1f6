package io.postwarden.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A console that stopped mid-push leaves its hosts running; the next start marks them, never leaving them unrecorded. */
@SpringBootTest
// Commits for real: a database of its own, so no other test sees what it leaves.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:push-recovery;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PushRecoveryTest {

    @Autowired
    PushRepository pushes;

    @Autowired
    PushRecovery recovery;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPushWhoseConsoleWentSilentIsMarkedInterruptedAndFailed() {
        Instant longAgo = Instant.now().minus(10, ChronoUnit.MINUTES);
        long silent = transactions.execute(status -> {
            Push push = new Push(PushKind.PUSH, "alice", longAgo, null);
            push.addHost(null, "mail.target.milxc").markRunning(longAgo);
            push.addHost(null, "ns.target.milxc");
            push.markRunning(longAgo, "a console that died");
            return pushes.saveAndFlush(push).getId();
        });
        long alive = transactions.execute(status -> {
            Push push = new Push(PushKind.PUSH, "bob", Instant.now(), null);
            push.addHost(null, "mx2.target.milxc");
            push.markRunning(Instant.now(), "a console still beating");
            return pushes.saveAndFlush(push).getId();
        });

        recovery.recoverInterruptedPushes();

        transactions.executeWithoutResult(status -> {
            Push recovered = pushes.findById(silent).orElseThrow();
            assertThat(recovered.getStatus()).isEqualTo(PushStatus.FAILED);
            assertThat(recovered.getHosts()).extracting(PushHost::getStatus).containsOnly(PushStatus.INTERRUPTED);
            assertThat(recovered.getHosts()).extracting(PushHost::getMessage).allMatch(m -> m.startsWith("interrupted"));
            assertThat(pushes.findById(alive).orElseThrow().getStatus()).isEqualTo(PushStatus.RUNNING);
        });
    }
}
