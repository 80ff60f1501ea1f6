package io.postwarden.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An smtpd restriction list from a closed set of restriction names. The word
 * {@code access_map} stands for the host's own access map ({@code TYPE:PATH}), so one
 * policy fits hosts that keep their map in different places.
 */
public record RestrictionList(List<String> restrictions) {

    public static final String ACCESS_MAP = "access_map";

    private static final Set<String> KNOWN = Set.of(
            ACCESS_MAP, "permit", "reject", "defer", "permit_mynetworks", "permit_sasl_authenticated",
            "permit_tls_clientcerts", "reject_unauth_destination", "defer_unauth_destination",
            "reject_unknown_sender_domain", "reject_non_fqdn_sender", "reject_unlisted_sender",
            "reject_sender_login_mismatch", "reject_authenticated_sender_login_mismatch",
            "reject_unknown_client_hostname", "reject_unknown_reverse_client_hostname",
            "reject_unknown_helo_hostname", "reject_invalid_helo_hostname", "reject_non_fqdn_helo_hostname",
            "reject_non_fqdn_recipient", "reject_unknown_recipient_domain", "reject_unlisted_recipient");

    public RestrictionList {
        restrictions = List.copyOf(restrictions);
    }

    public static RestrictionList parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("is required (for example: permit_mynetworks, reject)");
        }
        Characters.requireAscii(text);
        List<String> items = new ArrayList<>();
        for (String token : text.split("[,\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                throw new InvalidValueException("has an unknown restriction \"" + token + "\"; known: " + String.join(", ", KNOWN.stream().sorted().toList()));
            }
            items.add(name);
        }
        if (items.isEmpty()) {
            throw new InvalidValueException("is required (for example: permit_mynetworks, reject)");
        }
        return new RestrictionList(items);
    }

    public boolean usesAccessMap() {
        return restrictions.contains(ACCESS_MAP);
    }

    /** The value for main.cf, with {@code access_map} replaced by the host's map. */
    public String render(String accessMapReference) {
        return String.join(", ", restrictions.stream().map(r -> r.equals(ACCESS_MAP) ? accessMapReference : r).toList());
    }

    @Override
    public String toString() {
        return String.join(", ", restrictions);
    }
}
