package io.postwarden.access;

import io.postwarden.host.Host;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccessEntryRepository extends JpaRepository<AccessEntry, Long> {

    Optional<AccessEntry> findByMapKey(String mapKey);

    boolean existsByMapKey(String mapKey);

    List<AccessEntry> findAllByOrderByMapKeyAsc();

    /** Not expired on {@code today}, and global or narrowed to {@code host}; by key, so the map renders stably. */
    @Query("""
            select e from AccessEntry e
            where (e.expiresOn is null or e.expiresOn > :today)
              and (e.hosts is empty or :host member of e.hosts)
            order by e.mapKey""")
    List<AccessEntry> findActiveFor(Host host, LocalDate today);
}
