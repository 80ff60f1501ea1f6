package io.postwarden.syntax;

import java.util.Locale;

/**
 * The left-hand side of a Postfix access(5) table: a domain ({@code example.com}),
 * its subdomains ({@code .example.com}), an address ({@code user@example.com}), a
 * local part ({@code user@}), an IP address, or an IPv4 network written as its
 * leading octets ({@code 192.168.1}), which is how hash tables match networks.
 */
public record AccessKey(String value, Kind kind) {

    public enum Kind { DOMAIN, SUBDOMAINS, ADDRESS, LOCAL_PART, IP_ADDRESS, IP_NETWORK }

    public static final int MAX_LENGTH = 320;

    public static AccessKey parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireNoShellSyntax(text);
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("is longer than " + MAX_LENGTH + " characters");
        }
        if (text.indexOf('/') >= 0) {
            throw new InvalidValueException("cannot hold a CIDR network in an access map; write an IPv4 network as its leading octets (192.168.1 for 192.168.1.0/24)");
        }
        int at = text.indexOf('@');
        if (at >= 0) {
            if (text.indexOf('@', at + 1) >= 0) {
                throw new InvalidValueException("must contain at most one '@'");
            }
            String local = text.substring(0, at);
            String domain = text.substring(at + 1);
            if (local.isEmpty()) {
                throw new InvalidValueException("has nothing before '@'; to match a whole domain write just the domain");
            }
            checkLocalPart(local);
            if (domain.isEmpty()) {
                return new AccessKey(local.toLowerCase(Locale.ROOT) + "@", Kind.LOCAL_PART);
            }
            return new AccessKey(local.toLowerCase(Locale.ROOT) + "@" + DomainName.parse(domain).value(), Kind.ADDRESS);
        }
        if (text.indexOf(':') >= 0) {
            return new AccessKey(IpAddress.parse(text).toString(), Kind.IP_ADDRESS);
        }
        if (text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            return parseIpv4(text);
        }
        if (text.startsWith(".")) {
            return new AccessKey("." + DomainName.parse(text.substring(1)).value(), Kind.SUBDOMAINS);
        }
        return new AccessKey(DomainName.parse(text).value(), Kind.DOMAIN);
    }

    private static AccessKey parseIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length == 4) {
            return new AccessKey(IpAddress.parse(text).toString(), Kind.IP_ADDRESS);
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || Integer.parseInt(octet) > 255 || (octet.length() > 1 && octet.startsWith("0"))) {
                throw new InvalidValueException("is not an IPv4 address or network prefix (\"" + text + "\")");
            }
        }
        return new AccessKey(text, Kind.IP_NETWORK);
    }

    private static void checkLocalPart(String local) {
        if (local.length() > 64) {
            throw new InvalidValueException("has a local part longer than 64 characters");
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "._+=-".indexOf(c) >= 0;
            if (!allowed) {
                throw new InvalidValueException("may use only letters, digits and . _ + = - before '@'; found '" + c + "'");
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new InvalidValueException("has a local part with a misplaced dot");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
