package io.postwarden.spf;

import io.postwarden.domain.MailDomain;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpfPolicyRepository extends JpaRepository<SpfPolicy, Long> {

    List<SpfPolicy> findByDomainOrderByNameAsc(MailDomain domain);

    Optional<SpfPolicy> findByDomainAndName(MailDomain domain, String name);

    List<SpfPolicy> findAllByOrderByNameAsc();
}
