package io.postwarden.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postwarden.host.Host;
import io.postwarden.host.HostRepository;
import io.postwarden.testing.TestHosts;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;
import jakarta.persistence.EntityManager;

@SpringBootTest
@Transactional
class AccessEntryServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    AccessEntryService service;

    @Autowired
    HostRepository hosts;

    @Autowired
    EntityManager entityManager;

    @Test
    void givesAHostItsOwnAndTheGlobalEntriesThatHaveNotExpiredByKey() {
        Host mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        Host other = hosts.save(TestHosts.mailHost("mail.other.milxc"));
        add("isp-a.milxc", "OK", null, Set.of());
        add("spammer.milxc", "REJECT", null, Set.of(mail.getId()));
        add("isp-b.milxc", "OK", null, Set.of(other.getId()));
        add("old-partner.milxc", "OK", TODAY.minusDays(3), Set.of());
        add("ends-today.milxc", "OK", TODAY, Set.of());
        add("192.168.1", "550 not from the lab", TODAY.plusDays(1), Set.of(mail.getId()));

        assertThat(service.activeFor(mail, TODAY)).map(rule -> rule.key() + " " + rule.action())
                .containsExactly("192.168.1 550 not from the lab", "isp-a.milxc OK", "spammer.milxc REJECT");
        assertThat(service.activeFor(other, TODAY)).map(rule -> rule.key() + " " + rule.action())
                .containsExactly("isp-a.milxc OK", "isp-b.milxc OK");
        assertThat(service.activeFor(other, TODAY.minusDays(1))).map(rule -> rule.key().value())
                .containsExactly("ends-today.milxc", "isp-a.milxc", "isp-b.milxc");
    }

    @Test
    void refusesToDeleteAHostItIsNarrowedTo() {
        // Deleting the host would leave it narrowed to no host, which means every mail host.
        Host mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        add("isp-a.milxc", "OK", null, Set.of(mail.getId()));
        entityManager.flush();
        entityManager.clear();
        hosts.deleteById(mail.getId());
        assertThatThrownBy(hosts::flush).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void add(String key, String action, LocalDate expiresOn, Set<Long> hostIds) {
        service.create(new AccessEntryInput(key, action, "", expiresOn, hostIds, null));
    }
}
