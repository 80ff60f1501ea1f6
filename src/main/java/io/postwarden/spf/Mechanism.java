package io.postwarden.spf;

/**
 * A directive: qualifier and mechanism. {@code target} is the domain-spec (include, a,
 * mx, ptr, exists) or the network (ip4, ip6), null when none is written. For a and mx
 * both CIDR lengths may be given ({@code /24//64}); ip4 uses only {@code ip4Cidr}, ip6
 * only {@code ip6Cidr}.
 */
public record Mechanism(Qualifier qualifier, boolean qualifierWritten, MechanismKind kind, String writtenName,
                        String target, Integer ip4Cidr, Integer ip6Cidr, int position) implements Term {

    public static Mechanism of(Qualifier qualifier, MechanismKind kind, String target, Integer ip4Cidr, Integer ip6Cidr) {
        return new Mechanism(qualifier, qualifier != Qualifier.PASS, kind, kind.token(), target, ip4Cidr, ip6Cidr, -1);
    }

    @Override
    public String render() {
        StringBuilder text = new StringBuilder();
        if (qualifierWritten) {
            text.append(qualifier.symbol());
        }
        text.append(writtenName);
        if (target != null) {
            text.append(':').append(target);
        }
        if (kind == MechanismKind.IP6) {
            if (ip6Cidr != null) {
                text.append('/').append(ip6Cidr);
            }
        } else {
            if (ip4Cidr != null) {
                text.append('/').append(ip4Cidr);
            }
            if (ip6Cidr != null) {
                text.append("//").append(ip6Cidr);
            }
        }
        return text.toString();
    }
}
