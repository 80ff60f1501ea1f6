package io.postwarden.settings;

import io.postwarden.syntax.InetInterfaces;
import io.postwarden.syntax.RelayHost;
import io.postwarden.syntax.RestrictionList;
import java.util.List;
import java.util.Optional;

/** The settings of a profile as typed values, ready to render into main.cf and master.cf. */
public record MailSettingsValues(
        String name,
        InetInterfaces inetInterfaces,
        boolean heloRequired,
        Optional<RelayHost> relayHost,
        boolean submissionEnabled,
        boolean submissionRejectUnlistedRecipient,
        RestrictionList submissionClientRestrictions,
        RestrictionList submissionSenderRestrictions,
        SpfEnforcement spfEnforcement,
        int spfTimeLimit) {

    /** The seed table of the tutorial: what an operator of target.milxc sets by hand today. */
    public static MailSettingsValues seed(String name) {
        return new MailSettingsValues(name, InetInterfaces.parse("all"), true,
                Optional.of(RelayHost.parse("[mail.isp-a.milxc]:587")), true, false,
                new RestrictionList(List.of("permit_mynetworks", "reject")),
                new RestrictionList(List.of(RestrictionList.ACCESS_MAP, "reject")),
                SpfEnforcement.ENFORCE, 3600);
    }
}
