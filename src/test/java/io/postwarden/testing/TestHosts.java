package io.postwarden.testing;

import io.postwarden.host.Host;
import io.postwarden.host.HostDetails;
import io.postwarden.host.HostRole;
import java.util.Set;

/** Hosts to point policies at; they are never connected to. */
public final class TestHosts {

    private TestHosts() {
    }

    public static Host host(String name, HostRole... roles) {
        return new Host(new HostDetails(name, "192.0.2.10", 22, "root", false, Set.of(roles), "/etc/postfix",
                "/etc/postfix/access", "hash", "/etc/nsd/nsd.conf", 53,
                "/etc/postfix-policyd-spf-python/policyd-spf.conf", null, ""));
    }

    public static Host mailHost(String name) {
        return host(name, HostRole.MAIL);
    }

    public static Host dnsHost(String name) {
        return host(name, HostRole.DNS);
    }
}
