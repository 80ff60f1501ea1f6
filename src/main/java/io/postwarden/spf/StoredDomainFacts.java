package io.postwarden.spf;

import io.postwarden.domain.MailDomain;
import io.postwarden.domain.MailDomainService;
import io.postwarden.host.Host;
import io.postwarden.settings.MailSettings;
import io.postwarden.settings.MailSettingsService;
import io.postwarden.shared.NotFoundException;
import io.postwarden.spf.suggest.SuggestionInput;
import io.postwarden.syntax.IpAddress;
import io.postwarden.syntax.RelayHost;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts from the stored domain, its mail hosts and their settings profile. The
 * mail hosts of a domain are taken to be its MX, as in the seed scenario; hosts reached by
 * name rather than address add nothing to an ip4:/ip6: list.
 */
@Component
class StoredDomainFacts implements SpfDomainFacts {

    private final MailDomainService domains;
    private final MailSettingsService settings;

    StoredDomainFacts(MailDomainService domains, MailSettingsService settings) {
        this.domains = domains;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SuggestionInput> factsFor(String domainName) {
        return domains.findByName(domainName).map(this::facts);
    }

    private SuggestionInput facts(MailDomain domain) {
        List<Host> hosts = domain.getMailHosts();
        List<String> addresses = hosts.stream().map(Host::getAddress).filter(IpAddress::isLiteral).toList();
        String relay = hosts.stream().map(this::profileOf).flatMap(Optional::stream)
                .map(profile -> profile.values().relayHost()).flatMap(Optional::stream).map(RelayHost::toString)
                .findFirst().orElse(null);
        return new SuggestionInput(domain.getName(), addresses, !hosts.isEmpty(), relay);
    }

    private Optional<MailSettings> profileOf(Host host) {
        if (host.getMailSettings() != null) {
            return Optional.of(host.getMailSettings());
        }
        try {
            return Optional.of(settings.defaultProfile());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
