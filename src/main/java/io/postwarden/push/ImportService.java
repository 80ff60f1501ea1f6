package io.postwarden.push;

import io.postwarden.access.AccessEntryInput;
import io.postwarden.audit.AuditLog;
import io.postwarden.access.AccessEntryService;
import io.postwarden.domain.MailDomain;
import io.postwarden.domain.MailDomainService;
import io.postwarden.host.Host;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.network.TrustedNetworkInput;
import io.postwarden.network.TrustedNetworkService;
import io.postwarden.nsd.ZoneFile;
import io.postwarden.postfix.PolicydSpfConfig;
import io.postwarden.postfix.PostfixActualState;
import io.postwarden.postfix.PostfixPaths;
import io.postwarden.settings.MailSettings;
import io.postwarden.settings.MailSettingsInput;
import io.postwarden.settings.MailSettingsService;
import io.postwarden.settings.SpfEnforcement;
import io.postwarden.spf.SpfPolicyInput;
import io.postwarden.spf.SpfPolicyService;
import io.postwarden.spf.SpfRecord;
import io.postwarden.ssh.RemoteSession;
import io.postwarden.syntax.AccessAction;
import io.postwarden.syntax.AccessKey;
import io.postwarden.syntax.Cidr;
import io.postwarden.syntax.InetInterfaces;
import io.postwarden.syntax.RelayHost;
import io.postwarden.syntax.RestrictionList;
import io.postwarden.postfix.MasterService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopts a host configured by hand: reads its Postfix settings, mynetworks, access map
 * and SPF records, proposes them as policy, and creates what the operator confirms.
 */
@Service
public class ImportService {

    private final HostService hosts;
    private final HostConnections connections;
    private final HostPlanner planner;
    private final TrustedNetworkService networks;
    private final AccessEntryService access;
    private final MailSettingsService settings;
    private final MailDomainService domains;
    private final SpfPolicyService spf;
    private final AuditLog audit;

    ImportService(HostService hosts, HostConnections connections, HostPlanner planner, TrustedNetworkService networks,
                  AccessEntryService access, MailSettingsService settings, MailDomainService domains, SpfPolicyService spf,
                  AuditLog audit) {
        this.audit = audit;
        this.hosts = hosts;
        this.connections = connections;
        this.planner = planner;
        this.networks = networks;
        this.access = access;
        this.settings = settings;
        this.domains = domains;
        this.spf = spf;
    }

    /** Reads the host; changes nothing, here or there. */
    @Transactional(readOnly = true)
    public ImportProposal preview(long hostId) {
        Host host = hosts.get(hostId);
        List<String> skipped = new ArrayList<>();
        List<ImportProposal.Item> nets = new ArrayList<>();
        List<ImportProposal.Item> entries = new ArrayList<>();
        List<ImportProposal.Item> records = new ArrayList<>();
        ImportProposal.Settings mail = null;
        try (RemoteSession session = connections.open(host)) {
            HostShell shell = new HostShell(session, host.isSudo(), StepLog.NONE);
            if (host.hasRole(HostRole.MAIL)) {
                PostfixPaths paths = DesiredPolicies.paths(host);
                PostfixActualState state = planner.readPostfix(shell, paths, "import");
                Set<String> knownNetworks = networks.all().stream().map(n -> n.cidr().toString()).collect(Collectors.toSet());
                for (String token : state.parameters().getOrDefault("mynetworks", "").split("[\\s,]+")) {
                    proposeNetwork(token, knownNetworks, nets, skipped);
                }
                Set<String> knownKeys = access.all().stream().map(e -> e.getKey().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
                state.accessMapText().ifPresent(text -> proposeAccess(text, knownKeys, entries, skipped));
                mail = proposeSettings(host, state, paths, skipped);
            }
            if (host.hasRole(HostRole.DNS)) {
                Set<String> knownPolicies = spf.all().stream().map(p -> p.domain().getName() + "|" + p.name())
                        .collect(Collectors.toSet());
                for (MailDomain domain : domains.domainsOnDnsHost(host)) {
                    proposeSpf(shell, host, domain, knownPolicies, records, skipped);
                }
            }
        }
        return new ImportProposal(host.getId(), host.getName(), nets, entries, mail, records, skipped);
    }

    /** Creates every new item of a fresh preview, in one transaction: all of it or nothing. */
    @Transactional
    public ImportProposal apply(long hostId) {
        ImportProposal proposal = preview(hostId);
        for (ImportProposal.Item net : proposal.trustedNetworks()) {
            if (!net.exists()) {
                networks.create(new TrustedNetworkInput(net.value(), "imported from " + proposal.hostName(), null, Set.of(),
                        true, null));
            }
        }
        for (ImportProposal.Item entry : proposal.accessEntries()) {
            if (!entry.exists()) {
                int space = entry.value().indexOf(' ');
                access.create(new AccessEntryInput(entry.value().substring(0, space), entry.value().substring(space + 1),
                        "imported from " + proposal.hostName(), null, Set.of(), null));
            }
        }
        ImportProposal.Settings s = proposal.mailSettings();
        if (s != null) {
            settings.create(new MailSettingsInput(s.name(), settings.all().isEmpty(), s.inetInterfaces(), s.heloRequired(),
                    s.relayHost(), s.submissionEnabled(), s.submissionRejectUnlistedRecipient(), s.submissionClientRestrictions(),
                    s.submissionSenderRestrictions(), SpfEnforcement.valueOf(s.spfEnforcement()), s.spfTimeLimit(), null));
        }
        for (ImportProposal.Item record : proposal.spfPolicies()) {
            if (!record.exists()) {
                String[] domainAndName = record.detail().split(" ", 2);
                spf.create(new SpfPolicyInput(domainAndName[0], domainAndName[1], record.value(), null));
            }
        }
        audit.record("IMPORT", "Host", proposal.hostName(), "imported " + proposal.newItems() + " item(s) from "
                + proposal.hostName(), null, proposal);
        return proposal;
    }

    private static void proposeNetwork(String token, Set<String> known, List<ImportProposal.Item> nets, List<String> skipped) {
        if (token.isBlank()) {
            return;
        }
        // Postfix writes IPv6 networks in brackets: [::1]/128.
        String plain = token.replace("[", "").replace("]", "");
        try {
            Cidr cidr = Cidr.parse(plain);
            nets.add(new ImportProposal.Item(cidr.toString(), cidr.isWide() ? "wide: trusted for relaying" : "",
                    known.contains(cidr.toString())));
        } catch (RuntimeException e) {
            skipped.add("mynetworks entry \"" + token + "\": " + e.getMessage());
        }
    }

    private static void proposeAccess(String text, Set<String> knownKeys, List<ImportProposal.Item> entries, List<String> skipped) {
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            try {
                AccessKey key = AccessKey.parse(parts[0]);
                AccessAction action = AccessAction.parse(parts.length > 1 ? parts[1] : "");
                entries.add(new ImportProposal.Item(key + " " + action, "",
                        knownKeys.contains(key.toString().toLowerCase(Locale.ROOT))));
            } catch (RuntimeException e) {
                skipped.add("access map line \"" + trimmed + "\": " + e.getMessage());
            }
        }
    }

    private ImportProposal.Settings proposeSettings(Host host, PostfixActualState state, PostfixPaths paths, List<String> skipped) {
        Map<String, String> main = state.parameters();
        MasterService submission = state.services().get("submission/inet");
        String name = ("imported-" + host.getName()).replaceAll("[^A-Za-z0-9._-]", "-");
        name = name.length() > 63 ? name.substring(0, 63) : name;
        if (settings.all().stream().map(MailSettings::getName).anyMatch(name::equals)) {
            skipped.add("mail settings: a profile named " + name + " exists already");
            return null;
        }
        try {
            String interfaces = InetInterfaces.parse(main.getOrDefault("inet_interfaces", "all")).toString();
            String relay = main.getOrDefault("relayhost", "").isBlank() ? "" : RelayHost.parse(main.get("relayhost")).toString();
            boolean helo = "yes".equalsIgnoreCase(main.getOrDefault("smtpd_helo_required", "no"));
            String client = restrictions(submission, "smtpd_client_restrictions", main, paths, "permit_mynetworks, reject");
            String sender = restrictions(submission, "smtpd_sender_restrictions", main, paths, "access_map, reject");
            boolean rejectUnlisted = submission != null
                    && !"no".equals(submission.overrides().getOrDefault("smtpd_reject_unlisted_recipient", "yes"));
            String recipient = main.getOrDefault("smtpd_recipient_restrictions", "");
            SpfEnforcement enforcement = !recipient.contains("policyd-spf") ? SpfEnforcement.OFF
                    : state.policydSpfConfig().map(c -> "False".equalsIgnoreCase(PolicydSpfConfig.valueOf(c, "Mail_From_reject")))
                    .orElse(false) ? SpfEnforcement.OBSERVE : SpfEnforcement.ENFORCE;
            int limit = parseInt(main.getOrDefault("policyd-spf_time_limit", "3600"), 3600);
            return new ImportProposal.Settings(name, interfaces, helo, relay, submission != null, rejectUnlisted, client, sender,
                    enforcement.name(), limit);
        } catch (RuntimeException e) {
            skipped.add("mail settings: " + e.getMessage());
            return null;
        }
    }

    /** The override of the submission service, its $references resolved, the host's access map named as such. */
    private static String restrictions(MasterService submission, String parameter, Map<String, String> main, PostfixPaths paths,
                                       String fallback) {
        String value = submission == null ? null : submission.overrides().get(parameter);
        if (value == null) {
            return fallback;
        }
        if (value.startsWith("$") && main.containsKey(value.substring(1))) {
            value = main.get(value.substring(1));
        }
        value = value.replace(paths.accessMapReference(), RestrictionList.ACCESS_MAP);
        return RestrictionList.parse(value).toString();
    }

    private void proposeSpf(HostShell shell, Host host, MailDomain domain, Set<String> known, List<ImportProposal.Item> records,
                            List<String> skipped) {
        try {
            DesiredHost.Zone zone = new DesiredHost.Zone(domain.getName(), domain.getZoneFile(), Map.of(), Map.of());
            String file = zone.explicitZoneFile() != null ? zone.explicitZoneFile()
                    : planner.zoneFile(shell, HostPlanner.nsdCommands(host), domain.getName(), "import");
            ZoneFile parsed = ZoneFile.parse(file, domain.getName(), shell.read("import", file));
            List<String> strings = parsed.spfRecord("@");
            if (strings == null || strings.isEmpty()) {
                return;
            }
            String text = String.join("", strings);
            SpfRecord.parse(text);
            records.add(new ImportProposal.Item(text, domain.getName() + " @", known.contains(domain.getName() + "|@")));
        } catch (RuntimeException e) {
            skipped.add("SPF of " + domain.getName() + ": " + e.getMessage());
        }
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
