package io.postwarden.domain;

import io.postwarden.host.Host;
import io.postwarden.syntax.DomainName;
import io.postwarden.syntax.HostPath;
import java.util.Set;

/** A domain already parsed, with hosts that were found and have the role they are used for. */
public record MailDomainDetails(DomainName name, Set<Host> mailHosts, Set<Host> dnsHosts, HostPath zoneFile) {

    public MailDomainDetails {
        mailHosts = Set.copyOf(mailHosts);
        dnsHosts = Set.copyOf(dnsHosts);
    }
}
