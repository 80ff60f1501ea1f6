package io.postwarden.spf.suggest;

import io.postwarden.spf.Qualifier;
import io.postwarden.spf.SpfRecordBuilder;
import io.postwarden.syntax.DomainName;
import io.postwarden.syntax.InvalidValueException;
import io.postwarden.syntax.IpAddress;
import io.postwarden.syntax.RelayHost;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes a first record: the mail hosts (by mx when they are the MX, else by address),
 * the relay's provider, then -all. A proposal to review, never published by itself.
 */
public final class SpfSuggester {

    private SpfSuggester() {
    }

    public static Suggestion suggest(SuggestionInput input) {
        String domain = DomainName.parseQualified(input.domain()).value();
        SpfRecordBuilder builder = new SpfRecordBuilder();
        List<String> reasons = new ArrayList<>();
        if (input.mailHostsAreMx()) {
            builder.mx();
            reasons.add("mx: the mail hosts of " + domain + " are its MX, so mx lists them and follows them when they change");
        } else {
            Set<String> addresses = new LinkedHashSet<>();
            for (String text : input.mailHostAddresses()) {
                addresses.add(IpAddress.parse(text.strip()).toString());
            }
            for (String address : addresses) {
                builder.ip(address);
            }
            if (!addresses.isEmpty()) {
                reasons.add("ip4:/ip6: the addresses of the mail hosts that send for " + domain + "; no DNS lookup is needed for them");
            }
        }
        if (input.relayHost() != null && !input.relayHost().isBlank()) {
            relay(RelayHost.parse(input.relayHost().strip()), builder, reasons);
        }
        builder.all(Qualifier.FAIL);
        reasons.add("-all: every other server is refused; use ~all for a first period if you are not sure the list is complete");
        if (reasons.size() == 1) {
            reasons.add(0, "No mail host or relay is known for " + domain + ": the record says the domain sends no mail");
        }
        return new Suggestion(builder.build().render(), List.copyOf(reasons));
    }

    private static void relay(RelayHost relay, SpfRecordBuilder builder, List<String> reasons) {
        String host = relay.host();
        if (IpAddress.isLiteral(host)) {
            builder.ip(IpAddress.parse(host).toString());
            reasons.add("ip: mail leaves through the relay " + relay + ", which is given by address");
            return;
        }
        try {
            DomainName name = DomainName.parseQualified(host);
            List<String> labels = name.labels();
            if (labels.size() >= 3) {
                String provider = String.join(".", labels.subList(1, labels.size()));
                builder.include(provider);
                reasons.add("include:" + provider + ": mail leaves through the relay " + relay + "; providers usually publish the "
                        + "servers they send from in the SPF record of their domain. Check that " + provider + " has one; if not, "
                        + "use a:" + host + " instead");
            } else {
                builder.a(host);
                reasons.add("a:" + host + ": mail leaves through the relay " + relay);
            }
        } catch (InvalidValueException e) {
            reasons.add("The relay " + relay + " is not a fully qualified name; add it by hand");
        }
    }
}
