package io.postwarden.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postwarden.host.Host;
import io.postwarden.host.HostRepository;
import io.postwarden.testing.TestHosts;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class MailDomainRepositoryTest {

    @Autowired
    MailDomainService service;

    @Autowired
    MailDomainRepository domains;

    @Autowired
    HostRepository hosts;

    @Autowired
    EntityManager entityManager;

    Host mail;
    Host dns;

    @BeforeEach
    void hosts() {
        mail = hosts.save(TestHosts.mailHost("mail.target.milxc"));
        dns = hosts.save(TestHosts.dnsHost("ns.target.milxc"));
    }

    @Test
    void findsDomainsByNameAndByTheirHosts() {
        Host otherMail = hosts.save(TestHosts.mailHost("mail2.target.milxc"));
        service.create(new MailDomainInput("target.milxc", Set.of(mail.getId()), Set.of(dns.getId()), null, null));
        service.create(new MailDomainInput("a.milxc", Set.of(mail.getId(), otherMail.getId()), null, null, null));

        assertThat(service.findByName("TARGET.milxc")).map(MailDomain::getName).contains("target.milxc");
        assertThat(service.findByName("nothing;here")).isEmpty();
        assertThat(service.domainsServedBy(mail)).extracting(MailDomain::getName).containsExactly("a.milxc", "target.milxc");
        assertThat(service.domainsServedBy(otherMail)).extracting(MailDomain::getName).containsExactly("a.milxc");
        assertThat(service.domainsOnDnsHost(dns)).extracting(MailDomain::getName).containsExactly("target.milxc");
        assertThat(service.domainsOnDnsHost(mail)).isEmpty();
    }

    @Test
    void refusesToDeleteAHostADomainUses() {
        service.create(new MailDomainInput("target.milxc", Set.of(mail.getId()), Set.of(), null, null));
        entityManager.flush();
        entityManager.clear();
        hosts.deleteById(mail.getId());
        assertThatThrownBy(hosts::flush).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void keepsHostsAcrossAReloadAndDeletesTheJoinRowsWithTheDomain() {
        MailDomain domain = service.create(new MailDomainInput("target.milxc", Set.of(mail.getId()),
                Set.of(dns.getId()), "/etc/nsd/target.milxc.zone", null));
        entityManager.flush();
        entityManager.clear();
        MailDomain reloaded = domains.findByName("target.milxc").orElseThrow();
        assertThat(reloaded.getMailHosts()).extracting(Host::getName).containsExactly("mail.target.milxc");
        assertThat(reloaded.getDnsHosts()).extracting(Host::getName).containsExactly("ns.target.milxc");
        assertThat(reloaded.getZoneFile()).isEqualTo("/etc/nsd/target.milxc.zone");
        service.delete(domain.getId(), null);
        entityManager.flush();
        hosts.deleteById(mail.getId());
        hosts.flush();
        assertThat(hosts.findById(mail.getId())).isEmpty();
    }
}
