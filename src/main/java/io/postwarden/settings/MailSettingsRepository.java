package io.postwarden.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MailSettingsRepository extends JpaRepository<MailSettings, Long> {

    Optional<MailSettings> findByDefaultProfileTrue();

    List<MailSettings> findByDefaultProfileTrueAndIdNot(Long id);

    boolean existsByName(String name);

    Optional<MailSettings> findByName(String name);
}
