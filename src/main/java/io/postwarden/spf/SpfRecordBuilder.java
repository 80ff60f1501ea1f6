package io.postwarden.spf;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a record term by term, as the form does; {@link #build()} parses the result, so
 * a builder never yields a record the parser would refuse.
 */
public final class SpfRecordBuilder {

    private final List<String> terms = new ArrayList<>();

    public SpfRecordBuilder mechanism(Qualifier qualifier, MechanismKind kind, String target) {
        return mechanism(qualifier, kind, target, null, null);
    }

    public SpfRecordBuilder mechanism(Qualifier qualifier, MechanismKind kind, String target, Integer ip4Cidr, Integer ip6Cidr) {
        terms.add(Mechanism.of(qualifier, kind, target, ip4Cidr, ip6Cidr).render());
        return this;
    }

    public SpfRecordBuilder mx() {
        return mechanism(Qualifier.PASS, MechanismKind.MX, null);
    }

    public SpfRecordBuilder a(String domain) {
        return mechanism(Qualifier.PASS, MechanismKind.A, domain);
    }

    public SpfRecordBuilder include(String domain) {
        return mechanism(Qualifier.PASS, MechanismKind.INCLUDE, domain);
    }

    /** An address or network, {@code 192.0.2.1}, {@code 192.0.2.0/24} or {@code 2001:db8::/32}: ip4 or ip6 by its form. */
    public SpfRecordBuilder ip(String network) {
        int slash = network.indexOf('/');
        String address = slash < 0 ? network : network.substring(0, slash);
        Integer length = slash < 0 ? null : parseLength(network.substring(slash + 1));
        boolean v6 = address.indexOf(':') >= 0;
        return mechanism(Qualifier.PASS, v6 ? MechanismKind.IP6 : MechanismKind.IP4, address, v6 ? null : length, v6 ? length : null);
    }

    public SpfRecordBuilder all(Qualifier qualifier) {
        return mechanism(qualifier, MechanismKind.ALL, null);
    }

    public SpfRecordBuilder redirect(String domain) {
        return modifier(Modifier.REDIRECT, domain);
    }

    public SpfRecordBuilder explanation(String domain) {
        return modifier(Modifier.EXPLANATION, domain);
    }

    public SpfRecordBuilder modifier(String name, String value) {
        terms.add(name + "=" + value);
        return this;
    }

    public SpfRecord build() {
        StringBuilder text = new StringBuilder(SpfRecord.VERSION);
        terms.forEach(term -> text.append(' ').append(term));
        return SpfRecord.parse(text.toString());
    }

    private static Integer parseLength(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new SpfSyntaxException("\"" + digits + "\" is not a prefix length", 0);
        }
    }
}
