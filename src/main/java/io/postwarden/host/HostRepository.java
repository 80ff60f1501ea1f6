package io.postwarden.host;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HostRepository extends JpaRepository<Host, Long> {

    Optional<Host> findByName(String name);

    boolean existsByName(String name);

    List<Host> findAllByOrderByNameAsc();

    List<Host> findByMailRoleTrueOrderByNameAsc();

    List<Host> findByDnsRoleTrueOrderByNameAsc();

    List<Host> findByIdIn(Collection<Long> ids);
}
