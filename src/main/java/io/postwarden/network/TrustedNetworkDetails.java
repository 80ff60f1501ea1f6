package io.postwarden.network;

import io.postwarden.host.Host;
import io.postwarden.syntax.Cidr;
import java.time.LocalDate;
import java.util.Set;

/** A trusted network already parsed, with mail hosts that were found. */
public record TrustedNetworkDetails(Cidr cidr, String description, LocalDate expiresOn, Set<Host> hosts) {

    public TrustedNetworkDetails {
        hosts = Set.copyOf(hosts);
    }
}
