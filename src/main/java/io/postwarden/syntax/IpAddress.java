package io.postwarden.syntax;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.xbill.DNS.Address;

/**
 * A literal IPv4 or IPv6 address, parsed by dnsjava's strict literal parser: never a
 * name lookup, no octal or shortened IPv4 forms. Written back in canonical form
 * (RFC 5952 for IPv6).
 */
public record IpAddress(byte[] bytes) {

    public static IpAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireAscii(text);
        byte[] parsed = text.indexOf(':') >= 0 ? parseV6(text) : Address.toByteArray(text, Address.IPv4);
        if (parsed == null) {
            throw new InvalidValueException("is not an IP address (\"" + text + "\"); write IPv4 as four numbers such as 192.0.2.1, IPv6 such as 2001:db8::1");
        }
        return new IpAddress(parsed);
    }

    /** True when {@code text} is a literal address (and so needs no name lookup). */
    public static boolean isLiteral(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static byte[] parseV6(String text) {
        for (String group : text.split(":")) {
            if (group.length() > 4 && group.indexOf('.') < 0) {
                return null;
            }
        }
        return Address.toByteArray(text, Address.IPv6);
    }

    public boolean isV6() {
        return bytes.length == 16;
    }

    public int bitLength() {
        return bytes.length * 8;
    }

    public InetAddress toInetAddress() {
        try {
            return InetAddress.getByAddress(bytes.clone());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of " + bytes.length + " bytes", e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && java.util.Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return isV6() ? v6Text(bytes) : Address.toDottedQuad(bytes);
    }

    private static String v6Text(byte[] b) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        // RFC 5952: compress the longest run of two or more zero groups, the first one on a tie.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
