package io.postwarden.settings;

import io.postwarden.syntax.InetInterfaces;
import io.postwarden.syntax.RelayHost;
import io.postwarden.syntax.RestrictionList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * A profile of Postfix settings. Every mail host uses the default profile unless it
 * names another one, so a fleet shares one set of settings and exceptions stay visible.
 */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "is_default")
    private boolean defaultProfile;

    @Column(name = "inet_interfaces", nullable = false)
    private String inetInterfaces;

    @Column(name = "helo_required")
    private boolean heloRequired;

    @Column(name = "relay_host")
    private String relayHost;

    @Column(name = "submission_enabled")
    private boolean submissionEnabled;

    @Column(name = "submission_reject_unlisted_recipient")
    private boolean submissionRejectUnlistedRecipient;

    @Column(name = "submission_client_restrictions", nullable = false)
    private String submissionClientRestrictions;

    @Column(name = "submission_sender_restrictions", nullable = false)
    private String submissionSenderRestrictions;

    @Enumerated(EnumType.STRING)
    @Column(name = "spf_enforcement", nullable = false)
    private SpfEnforcement spfEnforcement;

    @Column(name = "spf_time_limit")
    private int spfTimeLimit;

    protected MailSettings() {
    }

    public MailSettings(MailSettingsValues values) {
        apply(values);
    }

    /** Replaces every setting; the values were parsed at the edge, so they are stored in canonical form. */
    public void apply(MailSettingsValues values) {
        this.name = values.name();
        this.inetInterfaces = values.inetInterfaces().toString();
        this.heloRequired = values.heloRequired();
        this.relayHost = values.relayHost().map(RelayHost::toString).orElse(null);
        this.submissionEnabled = values.submissionEnabled();
        this.submissionRejectUnlistedRecipient = values.submissionRejectUnlistedRecipient();
        this.submissionClientRestrictions = values.submissionClientRestrictions().toString();
        this.submissionSenderRestrictions = values.submissionSenderRestrictions().toString();
        this.spfEnforcement = values.spfEnforcement();
        this.spfTimeLimit = values.spfTimeLimit();
    }

    void markDefault(boolean isDefault) {
        this.defaultProfile = isDefault;
    }

    public MailSettingsValues values() {
        return new MailSettingsValues(name, InetInterfaces.parse(inetInterfaces), heloRequired,
                Optional.ofNullable(relayHost).map(RelayHost::parse), submissionEnabled, submissionRejectUnlistedRecipient,
                RestrictionList.parse(submissionClientRestrictions), RestrictionList.parse(submissionSenderRestrictions),
                spfEnforcement, spfTimeLimit);
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

    public boolean isDefaultProfile() {
        return defaultProfile;
    }
}
