package io.postwarden.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of RFC 7208 §4.5 and §12: turns a record into terms, or says where it breaks. */
final class SpfParser {

    private static final Pattern QUALNUM = Pattern.compile("25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]");
    private static final Pattern IP4 = Pattern.compile("(?:" + QUALNUM + ")(?:\\.(?:" + QUALNUM + ")){3}");
    private static final Pattern CIDR_SUFFIX = Pattern.compile("^(.*?)(?:/([0-9]+))?(?://([0-9]+))?$");
    private static final Pattern MACRO = Pattern.compile("%\\{[^}]*\\}|%%|%_|%-");
    private static final Pattern SINGLE_CIDR_SUFFIX = Pattern.compile("^(.*?)(?:/([0-9]+))?$");

    private final String text;
    private final List<Term> terms = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();
    private boolean seenRedirect;
    private boolean seenExplanation;

    private SpfParser(String text) {
        this.text = text;
    }

    static SpfRecord parse(String text) {
        return new SpfParser(text).record();
    }

    private SpfRecord record() {
        if (text == null || text.isEmpty()) {
            throw new SpfSyntaxException("The record is empty; an SPF record starts with v=spf1", 0);
        }
        checkCharacters();
        if (!text.startsWith(SpfRecord.VERSION)) {
            throw new SpfSyntaxException("An SPF record must start with v=spf1", 0);
        }
        int pos = SpfRecord.VERSION.length();
        if (pos < text.length() && text.charAt(pos) != ' ') {
            throw new SpfSyntaxException("v=spf1 must be followed by a space before the first term", pos);
        }
        String trailing = "";
        while (pos < text.length()) {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos == text.length()) {
                trailing = text.substring(start);
                break;
            }
            int end = text.indexOf(' ', pos);
            if (end < 0) {
                end = text.length();
            }
            gaps.add(text.substring(start, pos));
            terms.add(term(text.substring(pos, end), pos));
            pos = end;
        }
        return new SpfRecord(terms, gaps, trailing);
    }

    private void checkCharacters() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                continue;
            }
            String what = switch (c) {
                case '\n', '\r' -> "a line break";
                case '\t' -> "a tab (separate terms with spaces)";
                case 0 -> "a NUL character";
                default -> String.format("the character U+%04X%s", (int) c,
                        Character.getName(c) == null ? "" : " (" + Character.getName(c) + ")");
            };
            throw new SpfSyntaxException("The record contains " + what + " at position " + i
                    + "; an SPF record is written in printable ASCII and spaces only", i);
        }
    }

    private Term term(String token, int offset) {
        Qualifier qualifier = Qualifier.of(token.charAt(0));
        int i = qualifier == null ? 0 : 1;
        int nameStart = i;
        if (i >= token.length() || !isAlpha(token.charAt(i))) {
            throw new SpfSyntaxException("Expected a mechanism (such as mx, a, ip4:, include:, all) or a modifier (name=value) here, found \""
                    + token + "\"", offset + i);
        }
        while (i < token.length() && isNameChar(token.charAt(i))) {
            i++;
        }
        String name = token.substring(nameStart, i);
        if (i < token.length() && token.charAt(i) == '=') {
            if (qualifier != null) {
                throw new SpfSyntaxException("The modifier " + name + "= cannot take a qualifier (" + token.charAt(0) + ")", offset);
            }
            return modifier(name, token.substring(i + 1), offset, offset + i + 1);
        }
        MechanismKind kind = MechanismKind.byName(name);
        if (kind == null) {
            throw new SpfSyntaxException("\"" + name + "\" is not an SPF mechanism; use all, include, a, mx, ptr, ip4, ip6 or exists", offset + nameStart);
        }
        return mechanism(qualifier, kind, name, token.substring(i), offset, offset + i);
    }

    private Modifier modifier(String name, String value, int offset, int valueOffset) {
        Modifier modifier = new Modifier(name, value, offset);
        if (modifier.isRedirect() || modifier.isExplanation()) {
            if (value.isEmpty()) {
                throw new SpfSyntaxException(name + "= needs a domain name", valueOffset);
            }
            domainSpec(value, valueOffset);
            if (modifier.isRedirect()) {
                if (seenRedirect) {
                    throw new SpfSyntaxException("redirect= may appear only once in a record", offset);
                }
                seenRedirect = true;
            } else {
                if (seenExplanation) {
                    throw new SpfSyntaxException("exp= may appear only once in a record", offset);
                }
                seenExplanation = true;
            }
        } else {
            Macros.checkMacroString(value, valueOffset);
        }
        return modifier;
    }

    private Mechanism mechanism(Qualifier qualifier, MechanismKind kind, String name, String rest, int offset, int restOffset) {
        Qualifier q = qualifier == null ? Qualifier.PASS : qualifier;
        boolean written = qualifier != null;
        if (kind == MechanismKind.ALL) {
            if (!rest.isEmpty()) {
                throw new SpfSyntaxException("all takes nothing after it", restOffset);
            }
            return new Mechanism(q, written, kind, name, null, null, null, offset);
        }
        if (kind == MechanismKind.IP4 || kind == MechanismKind.IP6) {
            return ipMechanism(q, written, kind, name, rest, offset, restOffset);
        }
        String target = null;
        Integer cidr4 = null;
        Integer cidr6 = null;
        String spec = rest;
        if (kind.dualCidr()) {
            Matcher m = CIDR_SUFFIX.matcher(rest);
            m.matches();
            spec = m.group(1);
            cidr4 = cidr(m.group(2), 32, offset, "IPv4");
            cidr6 = cidr(m.group(3), 128, offset, "IPv6");
        }
        if (spec.isEmpty()) {
            if (kind.targetRequired()) {
                throw new SpfSyntaxException(name + " needs a domain name, as in " + kind.token() + ":example.org", restOffset);
            }
        } else {
            if (spec.charAt(0) != ':') {
                throw new SpfSyntaxException("Expected ':' and a domain name after " + name + ", or a space", restOffset);
            }
            target = spec.substring(1);
            if (target.isEmpty()) {
                throw new SpfSyntaxException(name + ": needs a domain name after the colon", restOffset + 1);
            }
            domainSpec(target, restOffset + 1);
        }
        return new Mechanism(q, written, kind, name, target, cidr4, cidr6, offset);
    }

    private Mechanism ipMechanism(Qualifier q, boolean written, MechanismKind kind, String name, String rest, int offset, int restOffset) {
        boolean v6 = kind == MechanismKind.IP6;
        String example = v6 ? "ip6:2001:db8::/32" : "ip4:192.0.2.0/24";
        if (rest.isEmpty() || rest.charAt(0) != ':' || rest.length() == 1) {
            throw new SpfSyntaxException(name + " needs a network, as in " + example, restOffset);
        }
        Matcher m = SINGLE_CIDR_SUFFIX.matcher(rest.substring(1));
        m.matches();
        String network = m.group(1);
        if (network.isEmpty() || network.indexOf('/') >= 0) {
            throw new SpfSyntaxException(name + " has a malformed network; write it as in " + example, restOffset + 1);
        }
        Integer length = cidr(m.group(2), v6 ? 128 : 32, offset, v6 ? "IPv6" : "IPv4");
        boolean valid = v6 ? isIp6(network) : IP4.matcher(network).matches();
        if (!valid) {
            throw new SpfSyntaxException("\"" + network + "\" is not an " + (v6 ? "IPv6" : "IPv4") + " address; write it as in " + example,
                    restOffset + 1);
        }
        return new Mechanism(q, written, kind, name, network, v6 ? null : length, v6 ? length : null, offset);
    }

    private static boolean isIp6(String text) {
        if (text.indexOf(':') < 0 || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return false;
        }
        for (String group : text.split(":")) {
            if (group.length() > 4 && group.indexOf('.') < 0) {
                return false;
            }
        }
        return org.xbill.DNS.Address.toByteArray(text, org.xbill.DNS.Address.IPv6) != null;
    }

    private static Integer cidr(String digits, int max, int offset, String family) {
        if (digits == null) {
            return null;
        }
        if ((digits.length() > 1 && digits.charAt(0) == '0') || digits.length() > 3 || Integer.parseInt(digits) > max) {
            throw new SpfSyntaxException("The " + family + " prefix length /" + digits + " must be a number from 0 to " + max
                    + " without leading zeros", offset);
        }
        return Integer.parseInt(digits);
    }

    /** domain-spec = macro-string domain-end; plain names must also be DNS names (no empty labels). */
    private static void domainSpec(String spec, int offset) {
        boolean endsWithMacro = Macros.checkMacroString(spec, offset);
        String literal = MACRO.matcher(spec).replaceAll(m -> "x".repeat(m.group().length()));
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (!isAlphaNum(c) && c != '.' && c != '-' && c != '_') {
                throw new SpfSyntaxException("A domain name may contain only letters, digits, '.', '-', '_' and macros; found '"
                        + c + "'", offset + i);
            }
        }
        if (endsWithMacro) {
            return;
        }
        String name = spec.endsWith(".") ? spec.substring(0, spec.length() - 1) : spec;
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new SpfSyntaxException("\"" + spec + "\" is not a fully qualified domain name (such as example.org)", offset);
        }
        String top = name.substring(dot + 1);
        if (!isTopLabel(top)) {
            throw new SpfSyntaxException("\"" + spec + "\" does not end with a valid top-level label", offset + dot + 1);
        }
        if (spec.indexOf('%') < 0) {
            int position = 0;
            for (String label : name.split("\\.", -1)) {
                if (label.isEmpty()) {
                    throw new SpfSyntaxException("\"" + spec + "\" has an empty label (two dots in a row, or a leading dot)", offset + position);
                }
                if (label.length() > 63) {
                    throw new SpfSyntaxException("\"" + spec + "\" has a label longer than 63 characters", offset + position);
                }
                position += label.length() + 1;
            }
            if (name.length() > 253) {
                throw new SpfSyntaxException("\"" + spec + "\" is longer than 253 characters", offset);
            }
        }
    }

    private static boolean isTopLabel(String label) {
        if (label.isEmpty() || !label.chars().allMatch(c -> isAlphaNum((char) c) || c == '-')) {
            return false;
        }
        if (label.indexOf('-') < 0) {
            return label.chars().anyMatch(c -> isAlpha((char) c));
        }
        return label.charAt(0) != '-' && label.charAt(label.length() - 1) != '-';
    }

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlphaNum(char c) {
        return isAlpha(c) || (c >= '0' && c <= '9');
    }

    private static boolean isNameChar(char c) {
        return isAlphaNum(c) || c == '-' || c == '_' || c == '.';
    }
}
