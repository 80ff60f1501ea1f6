package io.postwarden.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrammarsTest {

    @Test
    void domainNamesAreKeptInLowerCase() {
        assertThat(DomainName.parseQualified("Target.MILXC").value()).isEqualTo("target.milxc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example;reboot", "evil.example.", "-bad.example", "bad-.example", "a..example", "раypal.com",
            "exa mple.org", "example.123", "ex\u202Eample.org", "x\u0000.org", "ex_ample.org"})
    void refusesDomainNamesThatAreNotRfc1123(String text) {
        assertThatThrownBy(() -> DomainName.parseQualified(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesALabelLongerThan63AndANameLongerThan253() {
        assertThatThrownBy(() -> DomainName.parse("a".repeat(64) + ".org")).hasMessageContaining("at most 63");
        String longName = ("a".repeat(60) + ".").repeat(5) + "org";
        assertThatThrownBy(() -> DomainName.parse(longName)).hasMessageContaining("at most 253");
    }

    @Test
    void singleLabelIsNotAMailDomain() {
        assertThatThrownBy(() -> DomainName.parseQualified("localhost")).hasMessageContaining("fully qualified");
    }

    @Test
    void parsesEveryAccessKeyForm() {
        assertThat(AccessKey.parse("isp-a.milxc").kind()).isEqualTo(AccessKey.Kind.DOMAIN);
        assertThat(AccessKey.parse(".isp-a.milxc").kind()).isEqualTo(AccessKey.Kind.SUBDOMAINS);
        assertThat(AccessKey.parse("User@ISP-A.milxc").value()).isEqualTo("user@isp-a.milxc");
        assertThat(AccessKey.parse("postmaster@").kind()).isEqualTo(AccessKey.Kind.LOCAL_PART);
        assertThat(AccessKey.parse("192.0.2.1").kind()).isEqualTo(AccessKey.Kind.IP_ADDRESS);
        assertThat(AccessKey.parse("192.168.1").kind()).isEqualTo(AccessKey.Kind.IP_NETWORK);
        assertThat(AccessKey.parse("2001:db8::1").kind()).isEqualTo(AccessKey.Kind.IP_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"isp-a.milxc\nevil.example OK", "a b", "10.0.0.0/8", "x@y@z", "$(id)@example.org", "@example.org",
            "`id`.example.org", "a;b", "192.168.001", "300.1"})
    void refusesAccessKeysOutsideTheGrammar(String text) {
        assertThatThrownBy(() -> AccessKey.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parsesActionsOfTheClosedGrammar() {
        assertThat(AccessAction.parse("ok").toString()).isEqualTo("OK");
        assertThat(AccessAction.parse("REJECT  not from here").toString()).isEqualTo("REJECT not from here");
        assertThat(AccessAction.parse("550 5.7.1 sender refused").toString()).isEqualTo("550 5.7.1 sender refused");
        assertThat(AccessAction.parse("450 try later").verb()).isEqualTo("450");
        assertThat(AccessAction.parse("REDIRECT abuse@target.milxc").text()).isEqualTo("abuse@target.milxc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCEPT", "OK please", "REJECT $(reboot)", "REJECT `id`", "REJECT a\nb", "650 nope", "421 bye",
            "WARN", "REDIRECT nobody", "REJECT a;b"})
    void refusesActionsOutsideTheGrammar(String text) {
        assertThatThrownBy(() -> AccessAction.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"etc/postfix", "/etc/../etc/postfix", "/etc//postfix", "/etc/postfix/", "/etc/postfix;reboot",
            "/etc/post fix", "/etc/$(id)", "/etc/\u0000", "/etc/./postfix", "/etc/-rf"})
    void refusesHostPathsThatAreNotAbsoluteAndNormal(String text) {
        assertThatThrownBy(() -> HostPath.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsNormalAbsolutePaths() {
        assertThat(HostPath.parse("/etc/postfix-lab1/access").parent().value()).isEqualTo("/etc/postfix-lab1");
    }

    @Test
    void parsesRelayHostForms() {
        assertThat(RelayHost.parse("[mail.isp-a.milxc]:587").toString()).isEqualTo("[mail.isp-a.milxc]:587");
        assertThat(RelayHost.parse("relay.example.org").port()).isNull();
        assertThat(RelayHost.parse("[2001:db8::1]:25").host()).isEqualTo("2001:db8::1");
        assertThatThrownBy(() -> RelayHost.parse("[mail.isp-a.milxc]:99999")).hasMessageContaining("65535");
        assertThatThrownBy(() -> RelayHost.parse("relay;reboot")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rendersTheAccessMapPlaceholderOfARestrictionList() {
        RestrictionList list = RestrictionList.parse("access_map reject");
        assertThat(list.render("hash:/etc/postfix/access")).isEqualTo("hash:/etc/postfix/access, reject");
        assertThatThrownBy(() -> RestrictionList.parse("permit_mynetworks, check_policy_service unix:/tmp/x"))
                .hasMessageContaining("unknown restriction");
    }

    @Test
    void freeTextKeepsUnicodeButRefusesBidiControls() {
        assertThat(FreeText.parse("réseau de l'école", 100)).isEqualTo("réseau de l'école");
        assertThatThrownBy(() -> FreeText.parse("innocent\u202Etxt.exe", 100)).hasMessageContaining("U+202E");
        assertThatThrownBy(() -> FreeText.parse("x".repeat(101), 100)).hasMessageContaining("at most 100");
    }
}
