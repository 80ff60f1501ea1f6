package io.postwarden.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postwarden.host.Host;
import io.postwarden.host.HostRepository;
import io.postwarden.syntax.Cidr;
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
class TrustedNetworkServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TrustedNetworkService service;

    @Autowired
    HostRepository hosts;

    @Autowired
    EntityManager entityManager;

    @Test
    void givesAHostItsOwnAndTheGlobalNetworksThatHaveNotExpired() {
        Host mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        Host other = hosts.save(TestHosts.mailHost("mail.other.milxc"));
        trust("127.0.0.0/8", null, Set.of());
        trust("100.120.0.0/24", null, Set.of(mail.getId()));
        trust("198.51.100.0/24", null, Set.of(other.getId()));
        trust("192.0.2.0/24", TODAY.minusDays(1), Set.of());
        trust("192.0.2.128/25", TODAY, Set.of(mail.getId()));
        trust("2001:db8::/48", TODAY.plusDays(1), Set.of(mail.getId(), other.getId()));

        assertThat(service.activeFor(mail, TODAY)).map(Cidr::toString)
                .containsExactly("127.0.0.0/8", "100.120.0.0/24", "2001:db8::/48");
        assertThat(service.activeFor(other, TODAY)).map(Cidr::toString)
                .containsExactly("127.0.0.0/8", "198.51.100.0/24", "2001:db8::/48");
        assertThat(service.activeFor(mail, TODAY.minusDays(1))).map(Cidr::toString)
                .containsExactly("127.0.0.0/8", "100.120.0.0/24", "192.0.2.128/25", "2001:db8::/48");
    }

    @Test
    void givesNothingWhenNothingIsTrusted() {
        Host mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        assertThat(service.activeFor(mail, TODAY)).isEmpty();
    }

    @Test
    void refusesToDeleteAHostItIsNarrowedTo() {
        // Deleting the host would leave it narrowed to no host, which means every mail host.
        Host mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        trust("100.120.0.0/24", null, Set.of(mail.getId()));
        entityManager.flush();
        entityManager.clear();
        hosts.deleteById(mail.getId());
        assertThatThrownBy(hosts::flush).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void trust(String cidr, LocalDate expiresOn, Set<Long> hostIds) {
        service.create(new TrustedNetworkInput(cidr, "", expiresOn, hostIds, false, null));
    }
}
