package io.postwarden.spf;

import java.util.Locale;

/** The mechanisms of RFC 7208 §5, with what each takes after the name. */
public enum MechanismKind {
    ALL(false, false, false),
    INCLUDE(true, true, false),
    A(true, false, true),
    MX(true, false, true),
    PTR(true, false, false),
    IP4(false, true, false),
    IP6(false, true, false),
    EXISTS(true, true, false);

    private final boolean takesDomain;
    private final boolean targetRequired;
    private final boolean dualCidr;

    MechanismKind(boolean takesDomain, boolean targetRequired, boolean dualCidr) {
        this.takesDomain = takesDomain;
        this.targetRequired = targetRequired;
        this.dualCidr = dualCidr;
    }

    /** The name as written in records, in lower case. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the mechanisms that cost a DNS query, counted against the limit of 10 (§4.6.4). */
    public boolean queriesDns() {
        return this == INCLUDE || this == A || this == MX || this == PTR || this == EXISTS;
    }

    boolean takesDomain() {
        return takesDomain;
    }

    boolean targetRequired() {
        return targetRequired;
    }

    boolean dualCidr() {
        return dualCidr;
    }

    static MechanismKind byName(String name) {
        for (MechanismKind kind : values()) {
            if (kind.token().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }
}
