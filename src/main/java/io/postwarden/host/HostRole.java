package io.postwarden.host;

/** What a host runs for the fleet. */
public enum HostRole {
    /** Postfix: receives main.cf, master.cf and the access map. */
    MAIL,
    /** NSD: carries zones whose SPF records are pushed. */
    DNS
}
