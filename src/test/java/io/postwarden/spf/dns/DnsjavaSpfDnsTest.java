package io.postwarden.spf.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DnsjavaSpfDnsTest {

    final TestDnsServer server = TestDnsServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsTxtRecordsJoiningTheirStrings() {
        String longRecord = "v=spf1 " + "ip4:192.0.2.1 ".repeat(30) + "-all";
        server.txt("target.milxc", "v=spf1 mx -all").txt("long.milxc", longRecord);
        SpfDns dns = server.client(Duration.ofSeconds(2));
        assertThat(dns.txt("target.milxc")).containsExactly("v=spf1 mx -all");
        assertThat(dns.txt("long.milxc")).containsExactly(longRecord);
    }

    @Test
    void readsAddressesAndMxNames() throws Exception {
        server.a("mail.target.milxc", "100.120.0.25").mx("target.milxc", 10, "mail.target.milxc");
        SpfDns dns = server.client(Duration.ofSeconds(2));
        assertThat(dns.addresses("mail.target.milxc")).containsExactly(InetAddress.getByName("100.120.0.25"));
        assertThat(dns.mx("target.milxc")).containsExactly("mail.target.milxc");
    }

    @Test
    void givesAnEmptyListForAnUnknownName() {
        SpfDns dns = server.client(Duration.ofSeconds(2));
        assertThat(dns.txt("nothing.milxc")).isEmpty();
        assertThat(dns.addresses("nothing.milxc")).isEmpty();
    }

    @Test
    void reportsASilentResolverAsUnavailable() {
        server.silent();
        SpfDns dns = server.client(Duration.ofMillis(200));
        assertThatThrownBy(() -> dns.txt("target.milxc"))
                .isInstanceOf(DnsUnavailableException.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    void cachesAnswersForItsTimeToLive() {
        server.txt("target.milxc", "v=spf1 mx -all");
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        SpfDns dns = new CachingSpfDns(server.client(Duration.ofSeconds(2)), Duration.ofMinutes(1), clock);
        dns.txt("target.milxc");
        dns.txt("TARGET.milxc");
        assertThat(server.queries()).hasSize(1);
    }
}
