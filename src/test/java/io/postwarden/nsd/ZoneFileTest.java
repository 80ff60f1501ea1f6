package io.postwarden.nsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneFileTest {

    /** A zone as an operator keeps it: comments, alignment, $ORIGIN, owner-less lines, other TXT. */
    static final String TARGET = """
            ; target.milxc — hand-maintained, do not reorder
            $TTL 3600
            $ORIGIN target.milxc.
            @       IN  SOA ns1.target.milxc. hostmaster.target.milxc. (
                            2026110301 ; serial
                            3600       ; refresh
                            900        ; retry
                            604800     ; expire
                            300 )      ; negative caching
            ; name servers
                    IN  NS  ns1
                    IN  MX  10 mail
                    IN  TXT "google-site-verification=abc123"
            ns1     IN  A   100.120.0.2
            mail    IN  A   100.120.0.3
                    IN  TXT "v=spf1 a -all"   ; the mail host may send as itself
            www     300 IN  CNAME @
            """;

    static ZoneFile target() {
        return ZoneFile.parse("/etc/nsd/target.milxc.zone", "target.milxc", TARGET);
    }

    @Test
    void readsTheSerialAndTheSpfRecordOfAnOwnerLessLine() {
        ZoneFile zone = target();

        assertThat(zone.serial()).isEqualTo(2026110301L);
        assertThat(zone.spfRecord("mail")).containsExactly("v=spf1 a -all");
        assertThat(zone.spfRecord("mail.target.milxc.")).containsExactly("v=spf1 a -all");
        assertThat(zone.spfRecord("mail.target.milxc")).containsExactly("v=spf1 a -all");
        assertThat(zone.spfRecord("@")).isEmpty();
        assertThat(zone.text()).isEqualTo(TARGET);
    }

    @Test
    void addsTheSeedSpfRecordAfterTheApexRecordsWithAnExplicitOwner() {
        ZoneFile edited = target().withSpfRecord("@", List.of("v=spf1 mx -all"));

        assertThat(edited.spfRecord("@")).containsExactly("v=spf1 mx -all");
        assertThat(edited.text()).isEqualTo(TARGET.replace(
                "        IN  TXT \"google-site-verification=abc123\"\n",
                "        IN  TXT \"google-site-verification=abc123\"\n@ IN TXT \"v=spf1 mx -all\"\n"));
        assertThat(edited.spfRecord("mail")).containsExactly("v=spf1 a -all");
    }

    @Test
    void replacesOnlyTheSpfRecordKeepingItsIndentAndComment() {
        ZoneFile edited = target().withSpfRecord("mail", List.of("v=spf1 ip4:100.120.0.3 -all"));

        assertThat(edited.text()).isEqualTo(TARGET.replace("\"v=spf1 a -all\"   ; the mail host",
                "\"v=spf1 ip4:100.120.0.3 -all\"   ; the mail host"));
        assertThat(edited.notes()).isEmpty();
    }

    @Test
    void writesSeveralStringsAndReadsThemBack() {
        String longPolicy = "v=spf1 " + "ip4:100.120.0.0/24 ".repeat(12);
        List<String> strings = List.of(longPolicy.substring(0, 200), longPolicy.substring(200) + "-all");

        ZoneFile edited = target().withSpfRecord("@", strings);

        assertThat(edited.spfRecord("@")).isEqualTo(strings);
        assertThat(ZoneFile.parse("z", "target.milxc.", edited.text()).spfRecord("@")).isEqualTo(strings);
    }

    @Test
    void removingARecordWithAnOwnerWritesTheOwnerOnTheNextOwnerLessLine() {
        String text = """
                $TTL 300
                @ IN SOA ns1 hostmaster 7 3600 900 604800 300
                @ IN NS ns1
                @ IN TXT "v=spf1 mx -all"
                  IN TXT "google-site-verification=abc123"
                  IN MX 10 mail
                ns1 IN A 100.120.0.2
                """;

        ZoneFile edited = ZoneFile.parse("z", "target.milxc", text).withoutSpfRecord("@");

        assertThat(edited.text()).isEqualTo(text.replace("@ IN TXT \"v=spf1 mx -all\"\n  IN TXT", "@  IN TXT"));
        assertThat(edited.notes()).singleElement().asString().contains("line 5");
        assertThat(edited.spfRecord("@")).isEmpty();
    }

    @Test
    void removingWhatIsNotThereChangesNothing() {
        ZoneFile zone = target();

        assertThat(zone.withoutSpfRecord("@")).isSameAs(zone);
        assertThat(zone.withSpfRecord("mail", List.of("v=spf1 a -all"))).isSameAs(zone);
    }

    @Test
    void rewritesAMultiLineSpfRecordOnOneLineAndSaysSo() {
        String text = """
                @ 3600 IN SOA ns1 hostmaster 2026010100 3600 900 604800 300
                @ 3600 IN NS ns1
                @ 3600 IN TXT ( "v=spf1 mx"
                                " -all" ) ; split by hand
                ns1 3600 IN A 100.120.0.2
                """;

        ZoneFile edited = ZoneFile.parse("z", "target.milxc", text).withSpfRecord("@", List.of("v=spf1 mx ~all"));

        assertThat(edited.text()).contains("@ 3600 IN TXT \"v=spf1 mx ~all\" ; split by hand\nns1");
        assertThat(edited.notes()).singleElement().asString().contains("lines 3-4");
    }

    @Test
    void removesASecondSpfRecordWithANote() {
        String text = """
                @ 60 IN SOA ns1 hostmaster 1 3600 900 604800 300
                @ 60 IN TXT "v=spf1 mx -all"
                @ 60 IN TXT "v=spf1 a -all"
                @ 60 IN TXT "other"
                """;

        ZoneFile edited = ZoneFile.parse("z", "target.milxc", text).withSpfRecord("@", List.of("v=spf1 mx -all"));

        assertThat(edited.spfRecords("@")).containsExactly(List.of("v=spf1 mx -all"));
        assertThat(edited.text()).contains("\"other\"").doesNotContain("v=spf1 a -all");
        assertThat(edited.notes()).singleElement().asString().contains("permerror");
    }

    @Test
    void aRelativeOriginDoesNotConfuseAnAddedRecord() {
        String text = """
                $ORIGIN target.milxc.
                @ 60 IN SOA ns1 hostmaster 1 3600 900 604800 300
                @ 60 IN NS ns1
                $ORIGIN lab
                host 60 IN A 10.0.0.1
                """;

        ZoneFile edited = ZoneFile.parse("z", "target.milxc", text).withSpfRecord("lab", List.of("v=spf1 -all"));

        assertThat(edited.spfRecord("lab.target.milxc.")).containsExactly("v=spf1 -all");
        assertThat(edited.text()).endsWith("host 60 IN A 10.0.0.1\nlab.target.milxc. IN TXT \"v=spf1 -all\"\n");
    }

    @Test
    void keepsWindowsLineEndingsAndAFileWithoutAFinalNewline() {
        String text = "@ 60 IN SOA ns1 hostmaster 1 3600 900 604800 300\r\n@ 60 IN NS ns1";

        ZoneFile edited = ZoneFile.parse("z", "target.milxc", text).withSpfRecord("@", List.of("v=spf1 mx -all"));

        assertThat(edited.text()).isEqualTo("@ 60 IN SOA ns1 hostmaster 1 3600 900 604800 300\r\n@ 60 IN NS ns1\r\n@ IN TXT \"v=spf1 mx -all\"");
    }

    @Test
    void quotesCharactersThatNeedIt() {
        ZoneFile edited = target().withSpfRecord("@", List.of("v=spf1 exp=explain.%{d} \"quoted\\\" -all"));

        assertThat(edited.spfRecord("@")).containsExactly("v=spf1 exp=explain.%{d} \"quoted\\\" -all");
    }

    @Test
    void refusesStringsNoZoneCouldHold() {
        ZoneFile zone = target();

        assertThatThrownBy(() -> zone.withSpfRecord("@", List.of("x".repeat(256))))
                .isInstanceOf(ZoneEditException.class).hasMessageContaining("255");
        assertThatThrownBy(() -> zone.withSpfRecord("@", List.of("google-site-verification=x")))
                .isInstanceOf(ZoneEditException.class).hasMessageContaining("v=spf1");
        assertThatThrownBy(() -> zone.withSpfRecord("@", List.of())).isInstanceOf(ZoneEditException.class);
        assertThatThrownBy(() -> zone.spfRecord("example.org.")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bumpsADateSerialToTodayChangingOnlyItsDigits() {
        ZoneEdit edit = target().bumpSerial(LocalDate.of(2026, 11, 29));

        assertThat(edit.oldSerial()).isEqualTo(2026110301L);
        assertThat(edit.newSerial()).isEqualTo(2026112900L);
        assertThat(edit.text()).isEqualTo(TARGET.replace("2026110301 ; serial", "2026112900 ; serial"));
        assertThat(edit.notes()).isEmpty();
    }

    @Test
    void countsUpWhenTheZoneChangesTwiceTheSameDay() {
        ZoneEdit first = target().bumpSerial(LocalDate.of(2026, 11, 29));
        ZoneEdit second = ZoneFile.parse("z", "target.milxc", first.text()).bumpSerial(LocalDate.of(2026, 11, 29));

        assertThat(second.newSerial()).isEqualTo(2026112901L);
        assertThat(second.notes()).singleElement().asString().contains("already changed today");
    }

    @Test
    void neverMovesAFarFutureSerialBackwards() {
        ZoneEdit edit = ZoneFile.parse("z", "target.milxc", TARGET.replace("2026110301", "2099123105"))
                .bumpSerial(LocalDate.of(2026, 11, 29));

        assertThat(edit.newSerial()).isEqualTo(2099123106L);
        assertThat(edit.notes()).singleElement().asString().contains("ahead of today");
    }

    @Test
    void countsAPlainCounterUpByOne() {
        assertThat(ZoneFile.parse("z", "target.milxc", TARGET.replace("2026110301", "41")).bumpSerial(LocalDate.of(2026, 11, 29))
                .newSerial()).isEqualTo(42L);
    }

    @Test
    void wrapsAtTheTopOfThe32BitRangeAndSaysSo() {
        ZoneEdit edit = ZoneFile.parse("z", "target.milxc", TARGET.replace("2026110301", "4294967295"))
                .bumpSerial(LocalDate.of(2026, 11, 29));

        assertThat(edit.newSerial()).isZero();
        assertThat(edit.notes()).singleElement().asString().contains("RFC 1982");
    }

    @Test
    void carriesTheNotesOfEarlierEditsIntoTheSerialEdit() {
        String text = """
                @ 60 IN SOA ns1 hostmaster 1 3600 900 604800 300
                @ 60 IN TXT "v=spf1 mx -all"
                @ 60 IN TXT "v=spf1 a -all"
                """;

        ZoneEdit edit = ZoneFile.parse("z", "target.milxc", text).withSpfRecord("@", List.of("v=spf1 mx -all"))
                .bumpSerial(LocalDate.of(2026, 11, 29));

        assertThat(edit.newSerial()).isEqualTo(2L);
        assertThat(edit.notes()).hasSize(1);
    }

    @Test
    void namesTheFileAndLineOfARecordThatDoesNotParse() {
        String broken = TARGET.replace("mail    IN  A   100.120.0.3", "mail    IN  A   100.120.0");

        assertThatThrownBy(() -> ZoneFile.parse("/etc/nsd/target.milxc.zone", "target.milxc", broken))
                .isInstanceOfSatisfying(ZoneParseException.class, e -> {
                    assertThat(e.file()).isEqualTo("/etc/nsd/target.milxc.zone");
                    assertThat(e.line()).isEqualTo(15);
                    assertThat(e.getMessage()).startsWith("/etc/nsd/target.milxc.zone:15: ").containsIgnoringCase("address");
                });
    }

    @Test
    void refusesAZoneWithoutItsSoa() {
        assertThatThrownBy(() -> ZoneFile.parse("z", "target.milxc", "; nothing\n@ 60 IN NS ns1\n"))
                .isInstanceOfSatisfying(ZoneParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains("SOA");
                });
        assertThatThrownBy(() -> ZoneFile.parse("z", "target.milxc", "; empty\n"))
                .isInstanceOf(ZoneParseException.class).hasMessageContaining("SOA");
    }

    @Test
    void refusesTheSoaOfAnotherZone() {
        assertThatThrownBy(() -> ZoneFile.parse("z", "isp-a.milxc", TARGET))
                .isInstanceOfSatisfying(ZoneParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.reason()).contains("target.milxc.").contains("isp-a.milxc.");
                });
    }

    @Test
    void refusesAnUnterminatedString() {
        assertThatThrownBy(() -> ZoneFile.parse("z", "target.milxc", TARGET + "x IN TXT \"open\n"))
                .isInstanceOfSatisfying(ZoneParseException.class, e -> assertThat(e.line()).isPositive());
    }

    @Test
    void refusesInclude() {
        assertThatThrownBy(() -> ZoneFile.parse("z", "target.milxc", TARGET + "$INCLUDE /etc/passwd\n"))
                .isInstanceOfSatisfying(ZoneParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(18);
                    assertThat(e.reason()).contains("$INCLUDE");
                });
    }
}
