package io.postwarden.syntax;

/**
 * Postfix's {@code relayhost}: a host or domain, optionally in brackets (no MX lookup)
 * and with a port, as in {@code [mail.isp-a.milxc]:587}.
 */
public record RelayHost(String host, boolean bracketed, Integer port) {

    public static RelayHost parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireNoShellSyntax(text);
        String rest = text;
        Integer port = null;
        boolean bracketed = rest.startsWith("[");
        if (bracketed) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new InvalidValueException("has an opening '[' without a closing ']'");
            }
            String after = rest.substring(close + 1);
            String inside = rest.substring(1, close);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new InvalidValueException("has text after ']' that is not a :port");
                }
                port = parsePort(after.substring(1));
            }
            return new RelayHost(HostAddress.parse(inside).value(), true, port);
        }
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            if (rest.indexOf(':') != colon) {
                throw new InvalidValueException("must write an IPv6 address in brackets, such as [2001:db8::1]:587");
            }
            port = parsePort(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        return new RelayHost(DomainName.parse(rest).value(), false, port);
    }

    private static Integer parsePort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("has a port \"" + text + "\" that is not a number from 1 to 65535");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new InvalidValueException("has a port " + port + " outside 1 to 65535");
        }
        return port;
    }

    @Override
    public String toString() {
        String base = bracketed ? "[" + host + "]" : host;
        return port == null ? base : base + ":" + port;
    }
}
