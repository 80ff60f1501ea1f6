package io.postwarden.access;

import io.postwarden.host.Host;
import io.postwarden.syntax.AccessAction;
import io.postwarden.syntax.AccessKey;
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
 * A line of the Postfix access map: a key (domain, address, {@code user@}, IP or
 * network) and the action taken for it. It applies to the mail hosts it names, or to
 * every mail host when it names none, until the day it expires.
 */
@Entity
@Table(name = "access_entry")
public class AccessEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Canonical key text; "key" is reserved in JPQL, so the attribute is named after the column. */
    @Column(name = "map_key", nullable = false, unique = true)
    private String mapKey;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String description;

    /** The first day on which the entry is no longer pushed; null: never. */
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    // Eager: an entry is always shown with its hosts, and views are built after the transaction.
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "access_entry_host", joinColumns = @JoinColumn(name = "access_entry_id"),
            inverseJoinColumns = @JoinColumn(name = "host_id"))
    private Set<Host> hosts = new LinkedHashSet<>();

    protected AccessEntry() {
    }

    public AccessEntry(AccessEntryDetails details) {
        apply(details);
    }

    /** Replaces everything; the key and action were parsed at the edge and are stored in canonical form. */
    public void apply(AccessEntryDetails details) {
        this.mapKey = details.key().value();
        this.action = details.action().toString();
        this.description = details.description();
        this.expiresOn = details.expiresOn();
        this.hosts.clear();
        this.hosts.addAll(details.hosts());
    }

    /** Expired from {@code expiresOn} on: an entry that expires today is no longer pushed today. */
    public boolean isExpiredOn(LocalDate today) {
        return expiresOn != null && !today.isBefore(expiresOn);
    }

    public AccessRule rule() {
        return new AccessRule(AccessKey.parse(mapKey), AccessAction.parse(action));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKey() {
        return mapKey;
    }

    public String getAction() {
        return action;
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
