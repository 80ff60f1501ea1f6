package io.postwarden.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void parsesTheSeedNetworks() {
        assertThat(Cidr.parse("127.0.0.0/8").toString()).isEqualTo("127.0.0.0/8");
        assertThat(Cidr.parse("100.120.0.0/24").toString()).isEqualTo("100.120.0.0/24");
    }

    @Test
    void parsesIpv6AndWritesItCompressedAndBracketedForPostfix() {
        Cidr cidr = Cidr.parse("2001:0db8:0000::/32");
        assertThat(cidr.toString()).isEqualTo("2001:db8::/32");
        assertThat(cidr.toPostfixNetwork()).isEqualTo("[2001:db8::]/32");
    }

    @Test
    void refusesCidrWithHostBitsSetAndNamesTheNetwork() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.1/24"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("host bits set")
                .hasMessageContaining("10.0.0.0/24");
    }

    @Test
    void treatsABareAddressAsASingleHost() {
        assertThat(Cidr.parse("192.0.2.7").toString()).isEqualTo("192.0.2.7/32");
        assertThat(Cidr.parse("::1").toString()).isEqualTo("::1/128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0/8", "010.0.0.0/8", "10.0.0.0/-1", "10.0.0.0/8;reboot", "10.0.0.0/8\n",
            "１０.0.0.0/8", "$(reboot)", "10.0.0.0 /8", "::/129", "fe80::1%eth0/64", "example.org/24", "10.0.0.0/08x"})
    void refusesMalformedOrHostileNetworks(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "::/0", "10.0.0.0/8", "8.0.0.0/8", "64.0.0.0/12", "2001::/16"})
    void flagsNetworksTooWideForMynetworks(String text) {
        assertThat(Cidr.parse(text).isWide()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.0/8", "100.120.0.0/24", "172.16.0.0/12", "192.168.0.0/16", "203.0.113.0/24", "2001:db8::/32"})
    void acceptsOrdinaryNetworksWithoutConfirmation(String text) {
        assertThat(Cidr.parse(text).isWide()).isFalse();
    }

    @Property(tries = 300)
    void everyNetworkRoundTripsThroughItsText(@ForAll @IntRange(min = 0, max = 255) int a, @ForAll @IntRange(min = 0, max = 255) int b,
                                               @ForAll @IntRange(min = 0, max = 255) int c, @ForAll @IntRange(min = 0, max = 32) int prefix) {
        long address = ((long) a << 24 | (long) b << 16 | (long) c << 8) & (prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL);
        String text = (address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "." + (address & 255) + "/" + prefix;
        Cidr parsed = Cidr.parse(text);
        assertThat(parsed.toString()).isEqualTo(text);
        assertThat(Cidr.parse(parsed.toString())).isEqualTo(parsed);
    }

    @Property(tries = 300)
    void anAddressWithHostBitsIsAlwaysRefused(@ForAll @IntRange(min = 1, max = 254) int last, @ForAll @IntRange(min = 0, max = 24) int prefix) {
        assertThatThrownBy(() -> Cidr.parse("198.51.100." + last + "/" + prefix)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void containsAddressesOfItsOwnFamilyOnly() {
        Cidr network = Cidr.parse("100.120.0.0/24");
        assertThat(network.contains(IpAddress.parse("100.120.0.77"))).isTrue();
        assertThat(network.contains(IpAddress.parse("100.121.0.1"))).isFalse();
        assertThat(network.contains(IpAddress.parse("::1"))).isFalse();
    }
}
