package io.postwarden.access;

import io.postwarden.host.Host;
import io.postwarden.syntax.AccessAction;
import io.postwarden.syntax.AccessKey;
import java.time.LocalDate;
import java.util.Set;

/** An access entry already parsed, with mail hosts that were found. */
public record AccessEntryDetails(AccessKey key, AccessAction action, String description, LocalDate expiresOn, Set<Host> hosts) {

    public AccessEntryDetails {
        hosts = Set.copyOf(hosts);
    }
}
