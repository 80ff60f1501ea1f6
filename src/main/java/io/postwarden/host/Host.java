package io.postwarden.host;

import io.postwarden.settings.MailSettings;
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
import java.util.EnumSet;
import java.util.Set;

/**
 * A server reached over SSH. Its credentials are stored sealed (see SecretBox) and its
 * host key is pinned by an administrator; nothing runs on a host whose key is not
 * pinned.
 */
@Entity
@Table(name = "host")
public class Host {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String address;

    private int port;

    @Column(nullable = false)
    private String username;

    @Column(name = "private_key_sealed")
    private String privateKeySealed;

    @Column(name = "password_sealed")
    private String passwordSealed;

    @Column(name = "host_key_fingerprint")
    private String hostKeyFingerprint;

    @Column(name = "use_sudo")
    private boolean sudo;

    @Column(name = "role_mail")
    private boolean mailRole;

    @Column(name = "role_dns")
    private boolean dnsRole;

    @Column(name = "postfix_config_directory", nullable = false)
    private String postfixConfigDirectory;

    @Column(name = "access_map_path", nullable = false)
    private String accessMapPath;

    @Column(name = "access_map_type", nullable = false)
    private String accessMapType;

    @Column(name = "nsd_config_file", nullable = false)
    private String nsdConfigFile;

    @Column(name = "dns_port")
    private int dnsPort;

    @Column(name = "policyd_spf_config_file", nullable = false)
    private String policydSpfConfigFile;

    // Loaded with the host: every view of a host names its profile, and views are built outside transactions.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "mail_settings_id")
    private MailSettings mailSettings;

    @Column(nullable = false)
    private String description;

    protected Host() {
    }

    public Host(HostDetails details) {
        apply(details);
    }

    /** Replaces everything but credentials and the pinned key; a changed address or port unpins the key. */
    public void apply(HostDetails details) {
        boolean endpointChanged = address != null && (!address.equals(details.address()) || port != details.port());
        this.name = details.name();
        this.address = details.address();
        this.port = details.port();
        this.username = details.username();
        this.sudo = details.sudo();
        this.mailRole = details.roles().contains(HostRole.MAIL);
        this.dnsRole = details.roles().contains(HostRole.DNS);
        this.postfixConfigDirectory = details.postfixConfigDirectory();
        this.accessMapPath = details.accessMapPath();
        this.accessMapType = details.accessMapType();
        this.nsdConfigFile = details.nsdConfigFile();
        this.dnsPort = details.dnsPort();
        this.policydSpfConfigFile = details.policydSpfConfigFile();
        this.mailSettings = details.mailSettings();
        this.description = details.description();
        if (endpointChanged) {
            // Another address may be another machine: its key must be accepted again.
            this.hostKeyFingerprint = null;
        }
    }

    public void replacePrivateKey(String sealed) {
        this.privateKeySealed = sealed;
    }

    public void replacePassword(String sealed) {
        this.passwordSealed = sealed;
    }

    public void pinHostKey(String fingerprint) {
        this.hostKeyFingerprint = fingerprint;
    }

    public Set<HostRole> roles() {
        Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
        if (mailRole) {
            roles.add(HostRole.MAIL);
        }
        if (dnsRole) {
            roles.add(HostRole.DNS);
        }
        return roles;
    }

    public boolean hasRole(HostRole role) {
        return roles().contains(role);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public int getPort() {
        return port;
    }

    public String getUsername() {
        return username;
    }

    public String getPrivateKeySealed() {
        return privateKeySealed;
    }

    public String getPasswordSealed() {
        return passwordSealed;
    }

    public String getHostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    public boolean isSudo() {
        return sudo;
    }

    public String getPostfixConfigDirectory() {
        return postfixConfigDirectory;
    }

    public String getAccessMapPath() {
        return accessMapPath;
    }

    public String getAccessMapType() {
        return accessMapType;
    }

    public String getNsdConfigFile() {
        return nsdConfigFile;
    }

    public int getDnsPort() {
        return dnsPort;
    }

    public String getPolicydSpfConfigFile() {
        return policydSpfConfigFile;
    }

    public MailSettings getMailSettings() {
        return mailSettings;
    }

    public String getDescription() {
        return description;
    }
}
