package io.postwarden.domain;

import io.postwarden.host.Host;
import io.postwarden.syntax.HostPath;
import io.postwarden.syntax.Parses;
import io.postwarden.syntax.Syntax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A mail domain as entered in the form or sent to the API. {@code zoneFile} is optional:
 * empty means the zone file NSD's configuration names on each DNS host.
 */
public record MailDomainInput(
        @NotBlank @Size(max = 253) @Parses(Syntax.DOMAIN_NAME) String name,
        Set<Long> mailHostIds,
        Set<Long> dnsHostIds,
        @Size(max = HostPath.MAX_LENGTH) @Parses(Syntax.HOST_PATH) String zoneFile,
        Long version) {

    public static MailDomainInput blank() {
        return new MailDomainInput("", new LinkedHashSet<>(), new LinkedHashSet<>(), "", null);
    }

    static MailDomainInput of(MailDomain domain) {
        return new MailDomainInput(domain.getName(), ids(domain.getMailHosts()), ids(domain.getDnsHosts()),
                domain.getZoneFile() == null ? "" : domain.getZoneFile(), domain.getVersion());
    }

    private static Set<Long> ids(List<Host> hosts) {
        Set<Long> ids = new LinkedHashSet<>();
        hosts.forEach(h -> ids.add(h.getId()));
        return ids;
    }
}
