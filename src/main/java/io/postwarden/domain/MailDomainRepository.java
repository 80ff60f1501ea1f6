package io.postwarden.domain;

import io.postwarden.host.Host;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Mail domains by name and by the hosts they use; other features (SPF, push) read through it. */
public interface MailDomainRepository extends JpaRepository<MailDomain, Long> {

    Optional<MailDomain> findByName(String name);

    boolean existsByName(String name);

    List<MailDomain> findAllByOrderByNameAsc();

    @Query("select d from MailDomain d where :host member of d.mailHosts order by d.name")
    List<MailDomain> findServedBy(Host host);

    @Query("select d from MailDomain d where :host member of d.dnsHosts order by d.name")
    List<MailDomain> findOnDnsHost(Host host);
}
