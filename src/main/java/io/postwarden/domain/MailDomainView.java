package io.postwarden.domain;

import io.postwarden.host.Host;
import java.util.List;

/** A mail domain as the API shows it; hosts are named by id, in the order of their names. */
public record MailDomainView(
        Long id,
        long version,
        String name,
        List<Long> mailHostIds,
        List<Long> dnsHostIds,
        String zoneFile) {

    static MailDomainView of(MailDomain domain) {
        return new MailDomainView(domain.getId(), domain.getVersion(), domain.getName(),
                domain.getMailHosts().stream().map(Host::getId).toList(),
                domain.getDnsHosts().stream().map(Host::getId).toList(), domain.getZoneFile());
    }
}
