package io.postwarden.demo;

import io.postwarden.access.AccessEntryInput;
import io.postwarden.access.AccessEntryService;
import io.postwarden.config.PostwardenProperties;
import io.postwarden.domain.MailDomainInput;
import io.postwarden.domain.MailDomainService;
import io.postwarden.host.Host;
import io.postwarden.host.HostInput;
import io.postwarden.host.HostRole;
import io.postwarden.host.HostService;
import io.postwarden.network.TrustedNetworkInput;
import io.postwarden.network.TrustedNetworkService;
import io.postwarden.settings.MailSettingsInput;
import io.postwarden.settings.MailSettingsService;
import io.postwarden.settings.MailSettingsValues;
import io.postwarden.spf.SpfPolicyInput;
import io.postwarden.spf.SpfPolicyService;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty database, loads the tutorial's scenario: the mail
 * host and DNS host of target.milxc, its trusted networks, the access entry, the SPF
 * record and the seed table's settings. Turned off by {@code postwarden.demo-data=false}.
 * The hosts carry no credentials: an operator adds a key and accepts the host key.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PostwardenProperties properties;
    private final HostService hosts;
    private final MailSettingsService settings;
    private final TrustedNetworkService networks;
    private final AccessEntryService access;
    private final MailDomainService domains;
    private final SpfPolicyService spf;

    DemoData(PostwardenProperties properties, HostService hosts, MailSettingsService settings, TrustedNetworkService networks,
             AccessEntryService access, MailDomainService domains, SpfPolicyService spf) {
        this.properties = properties;
        this.hosts = hosts;
        this.settings = settings;
        this.networks = networks;
        this.access = access;
        this.domains = domains;
        this.spf = spf;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.isDemoData() || !hosts.all().isEmpty() || !settings.all().isEmpty()) {
            return;
        }
        settings.create(MailSettingsInput.from(MailSettingsValues.seed("default"), true, null));
        Host mail = hosts.create(host("mail.target.milxc", HostRole.MAIL, "The seed's mail host: Postfix"));
        Host dns = hosts.create(host("ns.target.milxc", HostRole.DNS, "The seed's DNS host: NSD"));
        networks.create(new TrustedNetworkInput("127.0.0.0/8", "the mail host itself", null, Set.of(), false, null));
        networks.create(new TrustedNetworkInput("100.120.0.0/24", "internal network of isp-a", null, Set.of(), false, null));
        access.create(new AccessEntryInput("isp-a.milxc", "OK", "sender domain allowed to submit on 587", null, Set.of(), null));
        domains.create(new MailDomainInput("target.milxc", Set.of(mail.getId()), Set.of(dns.getId()), null, null));
        spf.create(new SpfPolicyInput("target.milxc", "@", "v=spf1 mx -all", null));
        log.info("Loaded the seed scenario as demo data (turn off with postwarden.demo-data=false)");
    }

    private static HostInput host(String name, HostRole role, String note) {
        return new HostInput(name, name, 22, "root", Set.of(role), null, null, null, false, null, null, null, null, null, null,
                null, note, null);
    }
}
