package io.postwarden.postfix;

import io.postwarden.settings.MailSettingsValues;
import io.postwarden.syntax.Cidr;
import java.util.List;

/** Everything the database says one mail host should have, as parsed values. */
public record PostfixPolicy(MailSettingsValues settings, List<Cidr> trustedNetworks, List<AccessLine> accessLines, PostfixPaths paths) {

    public PostfixPolicy {
        trustedNetworks = List.copyOf(trustedNetworks);
        accessLines = List.copyOf(accessLines);
    }
}
