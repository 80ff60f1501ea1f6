package io.postwarden.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever valid record an operator writes, the zone gets exactly those bytes back. */
class SpfRecordProperties {

    @Property(tries = 500)
    void rendersEveryValidRecordByteForByte(@ForAll("records") String text) {
        SpfRecord record = SpfRecord.parse(text);
        assertThat(record.render()).isEqualTo(text);
        assertThat(String.join("", record.toTxtStrings())).isEqualTo(text);
        assertThat(SpfRecord.parse(record.render()).terms()).isEqualTo(record.terms());
    }

    @Provide
    Arbitrary<String> records() {
        Arbitrary<String> term = Arbitraries.oneOf(mechanism(), modifier());
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "   ");
        Arbitrary<List<String>> terms = Combinators.combine(gap, term).as((g, t) -> g + t).list().ofMaxSize(12);
        Arbitrary<String> once = Arbitraries.oneOf(Arbitraries.just(""), domainSpec().map(d -> " redirect=" + d),
                domainSpec().map(d -> " exp=" + d), domainSpec().map(d -> " exp=" + d + " Redirect=" + d));
        return Combinators.combine(terms, once, Arbitraries.of("", "", " ", "  "))
                .as((list, modifiers, trailing) -> SpfRecord.VERSION + String.join("", list) + modifiers + trailing);
    }

    private Arbitrary<String> mechanism() {
        Arbitrary<String> qualifier = Arbitraries.of("", "+", "-", "~", "?");
        Arbitrary<String> body = Arbitraries.oneOf(
                caseOf("all"),
                Combinators.combine(caseOf("include"), domainSpec()).as((n, d) -> n + ":" + d),
                Combinators.combine(caseOf("exists"), domainSpec()).as((n, d) -> n + ":" + d),
                Combinators.combine(caseOf("ptr"), optionalDomain()).as((n, d) -> n + d),
                Combinators.combine(Arbitraries.oneOf(caseOf("a"), caseOf("mx")), optionalDomain(), dualCidr()).as((n, d, c) -> n + d + c),
                Combinators.combine(caseOf("ip4"), ip4(), cidr(32)).as((n, ip, c) -> n + ":" + ip + c),
                Combinators.combine(caseOf("ip6"), ip6(), cidr(128)).as((n, ip, c) -> n + ":" + ip + c));
        return Combinators.combine(qualifier, body).as(String::concat);
    }

    private Arbitrary<String> modifier() {
        return Combinators.combine(Arbitraries.of("moo", "x-note", "v2.future_thing"), macroString()).as((n, v) -> n + "=" + v);
    }

    private Arbitrary<String> caseOf(String name) {
        return Arbitraries.of(name, name.toUpperCase(java.util.Locale.ROOT));
    }

    private Arbitrary<String> optionalDomain() {
        return Arbitraries.oneOf(Arbitraries.just(""), domainSpec().map(d -> ":" + d));
    }

    private Arbitrary<String> domainSpec() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> first = Arbitraries.oneOf(label, label.map(l -> "_" + l), Arbitraries.of("%{d}", "%{ir}", "%{l1r+-}", "%{s2}"));
        Arbitrary<String> top = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> end = Arbitraries.oneOf(top.map(t -> "." + t), top.map(t -> "." + t + "."), Arbitraries.of(".%{d}", ".%{o}"));
        return Combinators.combine(first, label.list().ofMaxSize(3), end)
                .as((f, middle, e) -> f + (middle.isEmpty() ? "" : "." + String.join(".", middle)) + e);
    }

    private Arbitrary<String> macroString() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('!', '$').withCharRange('&', '~').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("%%", "%_", "%-", "%{d}", "%{v}", "%{h5r.-}", "%{P}"));
        return piece.list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    private Arbitrary<String> dualCidr() {
        return Combinators.combine(cidr(32), cidr(128).map(c -> c.isEmpty() ? "" : "/" + c)).as(String::concat);
    }

    private Arbitrary<String> cidr(int max) {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(0, max).map(n -> "/" + n));
    }

    private Arbitrary<String> ip4() {
        return Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()));
    }

    private Arbitrary<String> ip6() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16)
                .map(bytes -> new io.postwarden.syntax.IpAddress(bytes).toString());
    }
}
