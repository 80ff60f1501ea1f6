package io.postwarden.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postwarden.spf.dns.TestDnsServer;
import io.postwarden.spf.lint.LintReport;
import io.postwarden.spf.lint.SpfLinter;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class SpfConfigurationTest {

    final SpfConfiguration configuration = new SpfConfiguration();

    @Test
    void lintsWithoutDnsWhenNoResolverIsSet() {
        SpfLinter linter = configuration.spfLinter(new SpfProperties(null, null, null, null), Clock.systemUTC());
        assertThat(linter.lint("target.milxc", "v=spf1 mx -all").has("no-dns")).isTrue();
    }

    @Test
    void asksTheConfiguredResolverOnly() {
        try (TestDnsServer server = TestDnsServer.start()) {
            server.txt("isp-a.milxc", "v=spf1 ip4:100.80.0.0/16 -all");
            SpfLinter linter = configuration.spfLinter(new SpfProperties("127.0.0.1:" + server.port(), null, null, null),
                    Clock.systemUTC());
            LintReport report = linter.lint("target.milxc", "v=spf1 include:isp-a.milxc include:gone.milxc -all");
            assertThat(report.has("no-dns")).isFalse();
            assertThat(report.has("include-no-record")).isTrue();
            assertThat(server.queries()).contains("isp-a.milxc. TXT", "gone.milxc. TXT");
        }
    }

    @Test
    void readsResolverAddressesWithAndWithoutPort() {
        assertThat(SpfConfiguration.ResolverAddress.parse("127.0.0.1:5353")).isEqualTo(new SpfConfiguration.ResolverAddress("127.0.0.1", 5353));
        assertThat(SpfConfiguration.ResolverAddress.parse("127.0.0.1")).isEqualTo(new SpfConfiguration.ResolverAddress("127.0.0.1", 53));
        assertThat(SpfConfiguration.ResolverAddress.parse("[::1]:53")).isEqualTo(new SpfConfiguration.ResolverAddress("::1", 53));
        assertThatThrownBy(() -> SpfConfiguration.ResolverAddress.parse("dns.example:53")).hasMessageContaining("postwarden.spf.resolver");
        assertThatThrownBy(() -> SpfConfiguration.ResolverAddress.parse("127.0.0.1:0")).isInstanceOf(IllegalStateException.class);
    }
}
