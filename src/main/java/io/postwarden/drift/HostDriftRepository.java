package io.postwarden.drift;

import org.springframework.data.jpa.repository.JpaRepository;

interface HostDriftRepository extends JpaRepository<HostDrift, Long> {
}
