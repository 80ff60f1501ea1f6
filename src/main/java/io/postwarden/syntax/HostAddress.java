package io.postwarden.syntax;

/** Where a host is reached: a literal IP address or a DNS name. */
public record HostAddress(String value) {

    public static HostAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("is required");
        }
        if (text.indexOf(':') >= 0 || looksNumeric(text)) {
            return new HostAddress(IpAddress.parse(text).toString());
        }
        return new HostAddress(DomainName.parse(text).value());
    }

    private static boolean looksNumeric(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
    }

    @Override
    public String toString() {
        return value;
    }
}
