package io.postwarden.spf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.postwarden.spf.dns.TestDnsServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpfLinterTest {

    final TestDnsServer server = TestDnsServer.start();
    final SpfLinter offline = SpfLinter.withoutDns();

    @AfterEach
    void stop() {
        server.close();
    }

    SpfLinter online() {
        return new SpfLinter(server.client(Duration.ofSeconds(2)));
    }

    @Test
    void acceptsTheTutorialRecordSayingDnsWasNotChecked() {
        LintReport report = offline.lint("target.milxc", "v=spf1 mx -all");
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.findings()).extracting(Finding::code).containsExactly("no-dns");
    }

    @Test
    void reportsASyntaxErrorWithItsPosition() {
        LintReport report = offline.lint("target.milxc", "v=spf1 mx -al");
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.findings().get(0)).extracting(Finding::code, Finding::position).containsExactly("syntax", 11);
    }

    @Test
    void refusesPlusAll() {
        LintReport report = offline.lint("target.milxc", "v=spf1 mx +all");
        assertThat(report.hasErrors()).isTrue();
        assertThat(finding(report, "pass-all").position()).isEqualTo(10);
        assertThat(offline.lint("target.milxc", "v=spf1 mx all").has("pass-all")).isTrue();
    }

    @Test
    void warnsAboutPtr() {
        assertThat(finding(offline.lint("target.milxc", "v=spf1 ptr -all"), "ptr").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void warnsThatRedirectIsIgnoredNextToAll() {
        LintReport report = offline.lint("target.milxc", "v=spf1 mx -all redirect=other.milxc");
        assertThat(finding(report, "redirect-ignored").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void informsAboutNeutralOrMissingAll() {
        assertThat(finding(offline.lint("target.milxc", "v=spf1 mx ?all"), "neutral-all").severity()).isEqualTo(Severity.INFO);
        assertThat(finding(offline.lint("target.milxc", "v=spf1 mx"), "no-all").severity()).isEqualTo(Severity.INFO);
        assertThat(offline.lint("target.milxc", "v=spf1 redirect=other.milxc").has("no-all")).isFalse();
    }

    @Test
    void warnsAboutTermsAfterAll() {
        assertThat(finding(offline.lint("target.milxc", "v=spf1 -all mx"), "after-all").position()).isEqualTo(12);
    }

    @Test
    void informsThatALongRecordIsSplitAndWarnsWhenItOutgrowsUdp() {
        String medium = "v=spf1 " + "ip4:192.0.2.1 ".repeat(20) + "-all";
        LintReport report = offline.lint("target.milxc", medium);
        assertThat(finding(report, "split").severity()).isEqualTo(Severity.INFO);
        assertThat(report.has("udp-size")).isFalse();
        String large = "v=spf1 " + "ip4:192.0.2.1 ".repeat(40) + "-all";
        assertThat(finding(offline.lint("target.milxc", large), "udp-size").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void countsLookupsInTheRecordItselfWithoutDns() {
        String record = "v=spf1 " + "a:h.milxc ".repeat(11) + "-all";
        assertThat(finding(offline.lint("target.milxc", record), "too-many-lookups").severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void countsLookupsThroughIncludeChains() {
        server.txt("target.milxc", "v=spf1 include:one.milxc include:two.milxc -all");
        server.txt("one.milxc", "v=spf1 a:h.milxc mx:h.milxc include:three.milxc ?all");
        server.txt("two.milxc", "v=spf1 a:h.milxc a:h.milxc redirect=three.milxc");
        server.txt("three.milxc", "v=spf1 a:h.milxc a:h.milxc exists:h.milxc -all");
        server.a("h.milxc", "192.0.2.1").mx("h.milxc", 10, "h.milxc");
        LintReport report = online().lint("target.milxc", "v=spf1 include:one.milxc include:two.milxc -all");
        // 2 includes, one: 3, three: 3, two: 2 + redirect 1, three again: 3 = 14
        assertThat(finding(report, "too-many-lookups").message()).contains("14 DNS lookups");
        assertThat(report.has("void-lookups")).isFalse();
        assertThat(report.has("no-dns")).isFalse();
    }

    @Test
    void acceptsAChainWithinTheLimit() {
        server.txt("target.milxc", "v=spf1 include:one.milxc -all");
        server.txt("one.milxc", "v=spf1 ip4:192.0.2.0/24 -all");
        server.a("target.milxc", "192.0.2.1").mx("target.milxc", 10, "target.milxc");
        LintReport report = online().lint("target.milxc", "v=spf1 mx a include:one.milxc -all");
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void findsAnIncludeLoop() {
        server.txt("one.milxc", "v=spf1 include:two.milxc -all");
        server.txt("two.milxc", "v=spf1 include:one.milxc -all");
        LintReport report = online().lint("target.milxc", "v=spf1 include:one.milxc -all");
        assertThat(finding(report, "loop").severity()).isEqualTo(Severity.ERROR);
        assertThat(finding(report, "loop").message()).contains("one.milxc");
    }

    @Test
    void warnsAboutMoreThanTwoVoidLookups() {
        LintReport report = online().lint("target.milxc", "v=spf1 a:gone1.milxc a:gone2.milxc mx:gone3.milxc -all");
        assertThat(finding(report, "void-lookups").severity()).isEqualTo(Severity.WARNING);
        assertThat(online().lint("target.milxc", "v=spf1 a:gone1.milxc a:gone2.milxc -all").has("void-lookups")).isFalse();
    }

    @Test
    void warnsWhenAnIncludedDomainHasNoRecord() {
        LintReport report = online().lint("target.milxc", "v=spf1 include:nothing.milxc -all");
        assertThat(finding(report, "include-no-record").position()).isEqualTo(7);
    }

    @Test
    void warnsAboutSeveralPublishedRecords() {
        server.txt("target.milxc", "v=spf1 mx -all").txt("target.milxc", "v=spf1 a -all");
        assertThat(finding(online().lint("target.milxc", "v=spf1 mx -all"), "multiple-records").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void turnsAnUnreachableResolverIntoAWarning() {
        server.silent();
        LintReport report = new SpfLinter(server.client(Duration.ofMillis(200))).lint("target.milxc", "v=spf1 include:one.milxc -all");
        assertThat(finding(report, "dns-unavailable").severity()).isEqualTo(Severity.WARNING);
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void stopsWhenTheTimeBudgetIsSpent() {
        server.txt("one.milxc", "v=spf1 include:two.milxc -all");
        LintReport report = new SpfLinter(server.client(Duration.ofSeconds(2)), Duration.ZERO)
                .lint("target.milxc", "v=spf1 include:one.milxc -all");
        assertThat(report.has("dns-time-limit")).isTrue();
    }

    @Test
    void saysSoWhenTheNameOfTheRecordIsUnknown() {
        LintReport report = online().lint(null, "v=spf1 mx -all");
        assertThat(report.has("no-domain")).isTrue();
        assertThat(server.queries()).isEmpty();
    }

    private static Finding finding(LintReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + report.findings()));
    }
}
