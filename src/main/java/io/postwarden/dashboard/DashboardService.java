package io.postwarden.dashboard;

import io.postwarden.access.AccessEntryService;
import io.postwarden.domain.MailDomain;
import io.postwarden.domain.MailDomainService;
import io.postwarden.host.Host;
import io.postwarden.host.HostService;
import io.postwarden.host.HostView;
import io.postwarden.network.TrustedNetworkService;
import io.postwarden.settings.MailSettingsService;
import io.postwarden.spf.SpfPolicy;
import io.postwarden.spf.SpfPolicyService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads everything the dashboard shows in one transaction, so lazy relations resolve. */
@Service
class DashboardService {

    record DomainRow(String name, List<String> mailHosts, List<String> dnsHosts, List<String> spfRecords) {
    }

    record Overview(List<HostView> hosts, Map<String, Long> counts, List<DomainRow> domains) {
    }

    private final HostService hosts;
    private final MailDomainService domains;
    private final TrustedNetworkService networks;
    private final AccessEntryService access;
    private final SpfPolicyService spf;
    private final MailSettingsService settings;

    DashboardService(HostService hosts, MailDomainService domains, TrustedNetworkService networks, AccessEntryService access,
                     SpfPolicyService spf, MailSettingsService settings) {
        this.hosts = hosts;
        this.domains = domains;
        this.networks = networks;
        this.access = access;
        this.spf = spf;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        List<HostView> hostViews = hosts.all().stream().map(HostView::of).toList();
        List<SpfPolicy> policies = spf.all();
        List<MailDomain> allDomains = domains.all();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("hosts", (long) hostViews.size());
        counts.put("domains", (long) allDomains.size());
        counts.put("trusted-networks", (long) networks.all().size());
        counts.put("access-entries", (long) access.all().size());
        counts.put("spf-policies", (long) policies.size());
        counts.put("mail-settings", (long) settings.all().size());
        Map<String, List<String>> records = policies.stream().collect(Collectors.groupingBy(p -> p.domain().getName(),
                LinkedHashMap::new, Collectors.mapping(p -> (p.name().equals(SpfPolicy.APEX) ? "" : p.name() + ": ") + p.record(),
                        Collectors.toList())));
        List<DomainRow> rows = allDomains.stream().map(d -> new DomainRow(d.getName(),
                d.getMailHosts().stream().map(Host::getName).toList(),
                d.getDnsHosts().stream().map(Host::getName).toList(),
                records.getOrDefault(d.getName(), List.of()))).toList();
        return new Overview(hostViews, counts, rows);
    }
}
