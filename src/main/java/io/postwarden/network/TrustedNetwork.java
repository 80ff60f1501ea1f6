package io.postwarden.network;

import io.postwarden.host.Host;
import io.postwarden.syntax.Cidr;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A network whose clients a mail host trusts (Postfix {@code mynetworks}): they may
 * relay through it. It applies to the hosts it names, or to every mail host when it
 * names none, until the day it expires.
 */
@Entity
@Table(name = "trusted_network")
public class TrustedNetwork {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Canonical CIDR text, as {@link Cidr#toString()} writes it. */
    @Column(nullable = false, unique = true)
    private String cidr;

    @Column(nullable = false)
    private String description;

    /** The first day on which the network is no longer trusted; null: never. */
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    // Eager: a network is always shown with its hosts, and views are built after the transaction.
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "trusted_network_host", joinColumns = @JoinColumn(name = "trusted_network_id"),
            inverseJoinColumns = @JoinColumn(name = "host_id"))
    private Set<Host> hosts = new LinkedHashSet<>();

    protected TrustedNetwork() {
    }

    public TrustedNetwork(TrustedNetworkDetails details) {
        apply(details);
    }

    /** Replaces everything; the details were parsed, and a wide network confirmed, at the edge. */
    public void apply(TrustedNetworkDetails details) {
        this.cidr = details.cidr().toString();
        this.description = details.description();
        this.expiresOn = details.expiresOn();
        this.hosts.clear();
        this.hosts.addAll(details.hosts());
    }

    /** Expired from {@code expiresOn} on: an entry that expires today is no longer pushed today. */
    public boolean isExpiredOn(LocalDate today) {
        return expiresOn != null && !today.isBefore(expiresOn);
    }

    public Cidr cidr() {
        return Cidr.parse(cidr);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCidr() {
        return cidr;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    /** The hosts it is narrowed to, by name; empty means every mail host. */
    public List<Host> getHosts() {
        return hosts.stream().sorted(Comparator.comparing(Host::getName)).toList();
    }
}
