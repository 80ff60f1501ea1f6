package io.postwarden.network;

import io.postwarden.host.Host;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrustedNetworkRepository extends JpaRepository<TrustedNetwork, Long> {

    Optional<TrustedNetwork> findByCidr(String cidr);

    boolean existsByCidr(String cidr);

    List<TrustedNetwork> findAllByOrderByIdAsc();

    /** Not expired on {@code today}, and global or narrowed to {@code host}; in the order they were added. */
    @Query("""
            select n from TrustedNetwork n
            where (n.expiresOn is null or n.expiresOn > :today)
              and (n.hosts is empty or :host member of n.hosts)
            order by n.id""")
    List<TrustedNetwork> findActiveFor(Host host, LocalDate today);
}
