package io.postwarden.push;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PushHostRepository extends JpaRepository<PushHost, Long> {

    /** The latest finished push of a host, for the dashboard and drift. */
    @Query("select ph from PushHost ph where ph.hostId = :hostId and ph.finishedAt is not null order by ph.finishedAt desc limit 1")
    Optional<PushHost> findLatestFinished(long hostId);

    @Query("select ph from PushHost ph where ph.hostId = :hostId and ph.backedUp = true order by ph.startedAt desc")
    List<PushHost> findBackedUp(long hostId);
}
