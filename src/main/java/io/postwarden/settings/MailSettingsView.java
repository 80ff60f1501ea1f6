package io.postwarden.settings;

import io.postwarden.syntax.RelayHost;

/** A mail settings profile as the API shows it. */
public record MailSettingsView(
        Long id,
        long version,
        String name,
        boolean defaultProfile,
        String inetInterfaces,
        boolean heloRequired,
        String relayHost,
        boolean submissionEnabled,
        boolean submissionRejectUnlistedRecipient,
        String submissionClientRestrictions,
        String submissionSenderRestrictions,
        SpfEnforcement spfEnforcement,
        int spfTimeLimit) {

    static MailSettingsView of(MailSettings settings) {
        MailSettingsValues v = settings.values();
        return new MailSettingsView(settings.getId(), settings.getVersion(), v.name(), settings.isDefaultProfile(),
                v.inetInterfaces().toString(), v.heloRequired(), v.relayHost().map(RelayHost::toString).orElse(null),
                v.submissionEnabled(), v.submissionRejectUnlistedRecipient(), v.submissionClientRestrictions().toString(),
                v.submissionSenderRestrictions().toString(), v.spfEnforcement(), v.spfTimeLimit());
    }
}
