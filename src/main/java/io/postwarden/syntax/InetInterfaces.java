package io.postwarden.syntax;

import java.util.ArrayList;
import java.util.List;

/** Postfix's {@code inet_interfaces}: {@code all}, {@code loopback-only}, or a list of addresses. */
public record InetInterfaces(List<String> interfaces) {

    public InetInterfaces {
        interfaces = List.copyOf(interfaces);
    }

    public static InetInterfaces parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("is required: all, loopback-only, or a list of IP addresses");
        }
        Characters.requireAscii(text);
        String trimmed = text.strip();
        if (trimmed.equals("all") || trimmed.equals("loopback-only")) {
            return new InetInterfaces(List.of(trimmed));
        }
        List<String> addresses = new ArrayList<>();
        for (String token : trimmed.split("[,\\s]+")) {
            if (!token.isEmpty()) {
                addresses.add(IpAddress.parse(token).toString());
            }
        }
        return new InetInterfaces(addresses);
    }

    @Override
    public String toString() {
        return String.join(", ", interfaces);
    }
}
