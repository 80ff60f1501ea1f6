package io.postwarden.domain;

import io.postwarden.host.Host;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A mail domain such as {@code target.milxc}: the mail hosts that serve it and the DNS
 * hosts that carry its zone (where its SPF record is published).
 */
@Entity
@Table(name = "mail_domain")
public class MailDomain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String name;

    /** An explicit zone file on the DNS hosts; null means the one NSD's configuration names. */
    @Column(name = "zone_file")
    private String zoneFile;

    // Eager: a domain is always shown with its hosts, and views are built after the transaction.
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "mail_domain_mail_host", joinColumns = @JoinColumn(name = "domain_id"),
            inverseJoinColumns = @JoinColumn(name = "host_id"))
    private Set<Host> mailHosts = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "mail_domain_dns_host", joinColumns = @JoinColumn(name = "domain_id"),
            inverseJoinColumns = @JoinColumn(name = "host_id"))
    private Set<Host> dnsHosts = new LinkedHashSet<>();

    protected MailDomain() {
    }

    public MailDomain(MailDomainDetails details) {
        apply(details);
    }

    /** Replaces everything; the details were parsed and checked against the hosts' roles. */
    public void apply(MailDomainDetails details) {
        this.name = details.name().value();
        this.zoneFile = details.zoneFile() == null ? null : details.zoneFile().value();
        this.mailHosts.clear();
        this.mailHosts.addAll(details.mailHosts());
        this.dnsHosts.clear();
        this.dnsHosts.addAll(details.dnsHosts());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The canonical, lower-case name. */
    public String getName() {
        return name;
    }

    /** The explicit zone file path, or null when the DNS host's configuration decides. */
    public String getZoneFile() {
        return zoneFile;
    }

    /** The mail hosts serving this domain, by name. */
    public List<Host> getMailHosts() {
        return sorted(mailHosts);
    }

    /** The DNS hosts carrying this domain's zone, by name. */
    public List<Host> getDnsHosts() {
        return sorted(dnsHosts);
    }

    public boolean isServedBy(Host host) {
        return mailHosts.stream().anyMatch(h -> h.getId().equals(host.getId()));
    }

    public boolean isOnDnsHost(Host host) {
        return dnsHosts.stream().anyMatch(h -> h.getId().equals(host.getId()));
    }

    private static List<Host> sorted(Set<Host> hosts) {
        return hosts.stream().sorted(Comparator.comparing(Host::getName)).toList();
    }
}
