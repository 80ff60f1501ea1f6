package io.postwarden.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpfRecordTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "v=spf1 mx -all",
            "v=spf1 +all",
            "v=spf1 a -all",
            "v=spf1 a:example.org -all",
            "v=spf1 mx mx:example.org -all",
            "v=spf1 mx/30 mx:example.org/30 -all",
            "v=spf1 ptr -all",
            "v=spf1 ip4:192.0.2.128/28 -all",
            "v=spf1 include:example.com include:example.net -all",
            "v=spf1 redirect=example.org",
            "v=spf1 mx -all exp=explain._spf.%{d}",
            "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all",
            "v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all",
            "v=spf1 ip6:2001:db8::/32 ip6:::ffff:192.0.2.1 -all",
            "v=spf1 a/24//64 mx//64 ~all",
            "v=spf1",
            "v=spf1  MX   -ALL  ",
            "v=spf1 ?all moo=bar.%%.%_.%-",
            "v=spf1 include:_spf.example.org. -all"})
    void parsesTheExamplesOfRfc7208AndRendersThemUnchanged(String text) {
        SpfRecord record = SpfRecord.parse(text);
        assertThat(record.render()).isEqualTo(text);
    }

    @Test
    void readsQualifiersTargetsAndCidrLengths() {
        SpfRecord record = SpfRecord.parse("v=spf1 ~a:mail.example.org/24//64 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all redirect=x.example");
        List<Mechanism> m = record.mechanisms();
        assertThat(m.get(0).qualifier()).isEqualTo(Qualifier.SOFTFAIL);
        assertThat(m.get(0).kind()).isEqualTo(MechanismKind.A);
        assertThat(m.get(0).target()).isEqualTo("mail.example.org");
        assertThat(m.get(0).ip4Cidr()).isEqualTo(24);
        assertThat(m.get(0).ip6Cidr()).isEqualTo(64);
        assertThat(m.get(1).target()).isEqualTo("192.0.2.0");
        assertThat(m.get(1).ip4Cidr()).isEqualTo(24);
        assertThat(m.get(2).ip6Cidr()).isEqualTo(32);
        assertThat(m.get(3).qualifier()).isEqualTo(Qualifier.FAIL);
        assertThat(m.get(3).position()).isEqualTo(69);
        assertThat(record.redirect()).map(Modifier::value).contains("x.example");
        assertThat(record.all()).isPresent();
    }

    @Test
    void keepsUnknownModifiers() {
        SpfRecord record = SpfRecord.parse("v=spf1 mx future-thing=%{d}.example -all");
        assertThat(record.modifiers()).extracting(Modifier::name).containsExactly("future-thing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "v=spf2 mx -all|0",
            "v=spf1mx|6",
            "v=spf1 mx -al|11",
            "v=spf1 ip4:192.0.2.300 -all|11",
            "v=spf1 ip4:192.0.2.0/33|7",
            "v=spf1 ip4:192.0.02.1|11",
            "v=spf1 ip6:2001:db8::zz|11",
            "v=spf1 include:%{x}.example|17",
            "v=spf1 exists:%{c}.example|16",
            "v=spf1 a:%{d0}.x.example|12",
            "v=spf1 a:%z.example|9",
            "v=spf1 a:example|9",
            "v=spf1 a:mail..example.org|14",
            "v=spf1 include|14",
            "v=spf1 redirect=a.example redirect=b.example|26",
            "v=spf1 +exp=foo.example|7",
            "v=spf1 all/24|10",
            "v=spf1 mx/024|7",
            "v=spf1 -|8",
            "v=spf1 include:\"evil\".example.org|15",
            "v=spf1 a:x\\y.example.org|10"})
    void refusesMalformedRecordsNamingThePosition(String text, int position) {
        SpfSyntaxException e = catchThrowableOfType(SpfSyntaxException.class, () -> SpfRecord.parse(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
    }

    @Test
    void refusesControlAndNonAsciiCharactersWithTheirPosition() {
        assertThat(catchThrowableOfType(SpfSyntaxException.class, () -> SpfRecord.parse("v=spf1 mx\n-all")).position()).isEqualTo(9);
        assertThat(catchThrowableOfType(SpfSyntaxException.class, () -> SpfRecord.parse("v=spf1 mx\u0000")).position()).isEqualTo(9);
        assertThatThrownBy(() -> SpfRecord.parse("v=spf1 a:ex\u0430mple.org -all")).hasMessageContaining("U+0430");
        assertThatThrownBy(() -> SpfRecord.parse(null)).isInstanceOf(SpfSyntaxException.class);
    }

    @Test
    void splitsLongRecordsIntoTxtStringsOf255Bytes() {
        String text = "v=spf1 " + "ip4:192.0.2.1 ".repeat(40) + "-all";
        SpfRecord record = SpfRecord.parse(text);
        List<String> strings = record.toTxtStrings();
        assertThat(strings).hasSize(3).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(255));
        assertThat(String.join("", strings)).isEqualTo(text);
    }

    @Test
    void quotesAndEscapesForAZoneFile() {
        assertThat(SpfRecord.parse("v=spf1 mx -all").toZoneText()).isEqualTo("\"v=spf1 mx -all\"");
        assertThat(SpfRecord.parse("v=spf1 note=a\"b\\c -all").toZoneText()).isEqualTo("\"v=spf1 note=a\\\"b\\\\c -all\"");
    }

    @Test
    void buildsTheRecordOfTheTutorialAndMore() {
        assertThat(new SpfRecordBuilder().mx().all(Qualifier.FAIL).build().render()).isEqualTo("v=spf1 mx -all");
        SpfRecord built = new SpfRecordBuilder().ip("192.0.2.0/24").ip("2001:db8::1").include("_spf.isp.example")
                .mechanism(Qualifier.SOFTFAIL, MechanismKind.A, "mail.example.org", 24, 64).redirect("other.example").build();
        assertThat(built.render()).isEqualTo("v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::1 include:_spf.isp.example ~a:mail.example.org/24//64 "
                + "redirect=other.example");
        assertThatThrownBy(() -> new SpfRecordBuilder().include("not a name").build()).isInstanceOf(SpfSyntaxException.class);
    }
}
