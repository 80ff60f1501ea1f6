package io.postwarden.access;

import io.postwarden.syntax.AccessAction;
import io.postwarden.syntax.AccessKey;
import io.postwarden.syntax.Parses;
import io.postwarden.syntax.Syntax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** An access entry as entered in the form or sent to the API. Empty {@code hostIds} means every mail host. */
public record AccessEntryInput(
        @NotBlank @Size(max = AccessKey.MAX_LENGTH) @Parses(Syntax.ACCESS_KEY) String key,
        @NotBlank @Size(max = AccessAction.MAX_LENGTH) @Parses(Syntax.ACCESS_ACTION) String action,
        @Size(max = 500) @Parses(Syntax.NOTE) String description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        Set<Long> hostIds,
        Long version) {

    public static AccessEntryInput blank() {
        return new AccessEntryInput("", "OK", "", null, new LinkedHashSet<>(), null);
    }

    static AccessEntryInput of(AccessEntry entry) {
        Set<Long> ids = new LinkedHashSet<>();
        entry.getHosts().forEach(h -> ids.add(h.getId()));
        return new AccessEntryInput(entry.getKey(), entry.getAction(), entry.getDescription(), entry.getExpiresOn(), ids,
                entry.getVersion());
    }
}
