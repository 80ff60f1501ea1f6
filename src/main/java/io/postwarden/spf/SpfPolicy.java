package io.postwarden.spf;

import io.postwarden.domain.MailDomain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The SPF record of one name in a domain's zone: {@code @} for the domain itself, or a
 * name under it. The record is kept exactly as written; it parsed and passed the lint
 * when it was stored.
 */
@Entity
@Table(name = "spf_policy")
public class SpfPolicy {

    /** The name of the zone's apex. */
    public static final String APEX = "@";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "domain_id", nullable = false)
    private MailDomain domain;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 4000)
    private String record;

    protected SpfPolicy() {
    }

    SpfPolicy(MailDomain domain, String name, SpfRecord record) {
        change(domain, name, record);
    }

    /** Replaces everything; the service checked the name and linted the record first. */
    void change(MailDomain domain, String name, SpfRecord record) {
        this.domain = domain;
        this.name = name;
        this.record = record.render();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MailDomain domain() {
        return domain;
    }

    /** The owner name within the zone: {@code @} or a relative name such as {@code mail}. */
    public String name() {
        return name;
    }

    /** The record text exactly as published, {@code v=spf1 ...}. */
    public String record() {
        return record;
    }

    public SpfRecord parsed() {
        return SpfRecord.parse(record);
    }

    /** The fully qualified owner name, {@code target.milxc} for {@code @}, {@code mail.target.milxc} for {@code mail}. */
    public String ownerName() {
        return ownerName(domain.getName(), name);
    }

    static String ownerName(String domainName, String name) {
        return APEX.equals(name) ? domainName : name + "." + domainName;
    }
}
