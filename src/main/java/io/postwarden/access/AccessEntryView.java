package io.postwarden.access;

import io.postwarden.host.Host;
import java.time.LocalDate;
import java.util.List;

/** An access entry as the API shows it; {@code expired} is computed for the day of the request. */
public record AccessEntryView(
        Long id,
        long version,
        String key,
        String action,
        String description,
        LocalDate expiresOn,
        List<Long> hostIds,
        boolean expired) {

    static AccessEntryView of(AccessEntry entry, LocalDate today) {
        return new AccessEntryView(entry.getId(), entry.getVersion(), entry.getKey(), entry.getAction(), entry.getDescription(),
                entry.getExpiresOn(), entry.getHosts().stream().map(Host::getId).toList(), entry.isExpiredOn(today));
    }
}
