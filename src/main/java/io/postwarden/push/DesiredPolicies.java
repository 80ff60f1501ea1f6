package io.postwarden.push;

import io.postwarden.access.AccessEntryService;
import io.postwarden.domain.MailDomain;
import io.postwarden.domain.MailDomainService;
import io.postwarden.host.Host;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.network.TrustedNetworkService;
import io.postwarden.postfix.AccessLine;
import io.postwarden.postfix.PostfixPaths;
import io.postwarden.postfix.PostfixPolicy;
import io.postwarden.settings.MailSettings;
import io.postwarden.settings.MailSettingsService;
import io.postwarden.shared.NotFoundException;
import io.postwarden.spf.SpfPolicy;
import io.postwarden.spf.SpfPolicyService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gathers, from every policy table, what one host should look like. */
@Component
class DesiredPolicies {

    private final HostService hosts;
    private final MailSettingsService settings;
    private final TrustedNetworkService networks;
    private final AccessEntryService access;
    private final MailDomainService domains;
    private final SpfPolicyService spf;
    private final Clock clock;

    DesiredPolicies(HostService hosts, MailSettingsService settings, TrustedNetworkService networks, AccessEntryService access,
                    MailDomainService domains, SpfPolicyService spf, Clock clock) {
        this.hosts = hosts;
        this.settings = settings;
        this.networks = networks;
        this.access = access;
        this.domains = domains;
        this.spf = spf;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DesiredHost of(long hostId) {
        Host host = hosts.get(hostId);
        LocalDate today = LocalDate.now(clock);
        PostfixPolicy postfix = null;
        if (host.hasRole(HostRole.MAIL)) {
            MailSettings profile = host.getMailSettings() != null ? host.getMailSettings() : defaultProfile(host);
            List<AccessLine> lines = access.activeFor(host, today).stream()
                    .map(rule -> new AccessLine(rule.key().toString(), rule.action().toString()))
                    .toList();
            postfix = new PostfixPolicy(profile.values(), networks.activeFor(host, today), lines, paths(host));
        }
        List<DesiredHost.Zone> zones = new ArrayList<>();
        if (host.hasRole(HostRole.DNS)) {
            for (MailDomain domain : domains.domainsOnDnsHost(host)) {
                Map<String, List<String>> records = new LinkedHashMap<>();
                Map<String, String> texts = new LinkedHashMap<>();
                for (SpfPolicy policy : spf.policiesFor(domain)) {
                    records.put(policy.name(), policy.parsed().toTxtStrings());
                    texts.put(policy.name(), policy.record());
                }
                if (!records.isEmpty()) {
                    zones.add(new DesiredHost.Zone(domain.getName(), domain.getZoneFile(), records, texts));
                }
            }
        }
        return new DesiredHost(postfix, zones);
    }

    private MailSettings defaultProfile(Host host) {
        try {
            return settings.defaultProfile();
        } catch (NotFoundException none) {
            throw new IllegalStateException("host " + host.getName() + " has no mail settings profile and none is marked "
                    + "default: choose one on the host, or mark a profile as the default");
        }
    }

    static PostfixPaths paths(Host host) {
        return new PostfixPaths(host.getPostfixConfigDirectory(), host.getAccessMapPath(), host.getAccessMapType(),
                host.getPolicydSpfConfigFile());
    }
}
