package io.postwarden.network;

import io.postwarden.host.Host;
import java.time.LocalDate;
import java.util.List;

/** A trusted network as the API shows it; {@code expired} is computed for the day of the request. */
public record TrustedNetworkView(
        Long id,
        long version,
        String cidr,
        String description,
        LocalDate expiresOn,
        List<Long> hostIds,
        boolean expired) {

    static TrustedNetworkView of(TrustedNetwork network, LocalDate today) {
        return new TrustedNetworkView(network.getId(), network.getVersion(), network.getCidr(), network.getDescription(),
                network.getExpiresOn(), network.getHosts().stream().map(Host::getId).toList(), network.isExpiredOn(today));
    }
}
