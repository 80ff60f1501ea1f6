package io.postwarden.settings;

import io.postwarden.syntax.InetInterfaces;
import io.postwarden.syntax.Parses;
import io.postwarden.syntax.RelayHost;
import io.postwarden.syntax.RestrictionList;
import io.postwarden.syntax.Syntax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** A mail settings profile as entered in the form or sent to the API. */
public record MailSettingsInput(
        @NotBlank @Size(max = 63) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain only letters, digits, '.', '_' and '-'") String name,
        Boolean defaultProfile,
        @NotBlank @Parses(Syntax.INET_INTERFACES) String inetInterfaces,
        Boolean heloRequired,
        @Size(max = 300) @Parses(Syntax.RELAY_HOST) String relayHost,
        Boolean submissionEnabled,
        Boolean submissionRejectUnlistedRecipient,
        @NotBlank @Size(max = 1000) @Parses(Syntax.RESTRICTIONS) String submissionClientRestrictions,
        @NotBlank @Size(max = 1000) @Parses(Syntax.RESTRICTIONS) String submissionSenderRestrictions,
        @NotNull SpfEnforcement spfEnforcement,
        @NotNull @Min(1) @Max(86400) Integer spfTimeLimit,
        Long version) {

    public static MailSettingsInput blank() {
        return from(MailSettingsValues.seed(""), false, null);
    }

    public static MailSettingsInput from(MailSettingsValues v, boolean isDefault, Long version) {
        return new MailSettingsInput(v.name(), isDefault, v.inetInterfaces().toString(), v.heloRequired(),
                v.relayHost().map(RelayHost::toString).orElse(""), v.submissionEnabled(), v.submissionRejectUnlistedRecipient(),
                v.submissionClientRestrictions().toString(), v.submissionSenderRestrictions().toString(), v.spfEnforcement(),
                v.spfTimeLimit(), version);
    }

    /** Only called after validation, so every value parses. */
    MailSettingsValues toValues() {
        return new MailSettingsValues(name.strip(), InetInterfaces.parse(inetInterfaces), isSet(heloRequired),
                relayHost == null || relayHost.isBlank() ? Optional.empty() : Optional.of(RelayHost.parse(relayHost.strip())),
                isSet(submissionEnabled), isSet(submissionRejectUnlistedRecipient), RestrictionList.parse(submissionClientRestrictions),
                RestrictionList.parse(submissionSenderRestrictions), spfEnforcement, spfTimeLimit);
    }

    boolean wantsDefault() {
        return isSet(defaultProfile);
    }

    /** An unticked checkbox and a flag a tool leaves out both arrive as null: they mean false. */
    private static boolean isSet(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
