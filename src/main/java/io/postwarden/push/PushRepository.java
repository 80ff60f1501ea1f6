package io.postwarden.push;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PushRepository extends JpaRepository<Push, Long> {

    Page<Push> findAllByOrderByCreatedAtDesc(Pageable pageable);

    List<Push> findByStatusIn(List<PushStatus> statuses);
}
