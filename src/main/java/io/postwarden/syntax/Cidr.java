package io.postwarden.syntax;

/**
 * A network in CIDR notation, IPv4 or IPv6. The address must be the network's first
 * address: {@code 10.0.0.1/24} is refused, because Postfix would silently widen it.
 * A bare address stands for itself ({@code /32} or {@code /128}).
 */
public record Cidr(IpAddress network, int prefixLength) {

    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireAscii(text);
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
        IpAddress address = IpAddress.parse(addressPart);
        int prefix = address.bitLength();
        if (slash >= 0) {
            prefix = parsePrefix(trimmed.substring(slash + 1), address.bitLength());
        }
        byte[] masked = mask(address.bytes(), prefix);
        IpAddress network = new IpAddress(masked);
        if (!network.equals(address)) {
            throw new InvalidValueException("has host bits set (" + address + "/" + prefix + "); the network is "
                    + network + "/" + prefix);
        }
        return new Cidr(network, prefix);
    }

    private static int parsePrefix(String text, int bits) {
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("has a prefix length \"" + text + "\" that is not a number from 0 to " + bits);
        }
        int prefix = Integer.parseInt(text);
        if (prefix > bits) {
            throw new InvalidValueException("has a prefix length of " + prefix + "; an " + (bits == 32 ? "IPv4" : "IPv6")
                    + " prefix is at most " + bits);
        }
        return prefix;
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    public boolean isV6() {
        return network.isV6();
    }

    /** True when {@code address} lies in this network. */
    public boolean contains(IpAddress address) {
        if (address.isV6() != isV6()) {
            return false;
        }
        return java.util.Arrays.equals(mask(address.bytes(), prefixLength), network.bytes());
    }

    /** True when this network lies entirely within {@code other}. */
    public boolean isWithin(Cidr other) {
        return prefixLength >= other.prefixLength && other.contains(network);
    }

    /**
     * Too wide to be trusted without a second thought: anything on the network could
     * then relay through the host. Loopback never counts as wide.
     */
    public boolean isWide() {
        if (isWithin(LOOPBACK_V4) || isWithin(LOOPBACK_V6)) {
            return false;
        }
        if (prefixLength == 0) {
            return true;
        }
        if (isV6()) {
            return prefixLength < 32;
        }
        boolean isPrivate = PRIVATE_V4.stream().anyMatch(p -> isWithin(p) || p.isWithin(this));
        return isPrivate ? prefixLength <= 8 : prefixLength < 16;
    }

    /** The form Postfix expects in {@code mynetworks}: IPv6 addresses in brackets. */
    public String toPostfixNetwork() {
        return isV6() ? "[" + network + "]/" + prefixLength : toString();
    }

    @Override
    public String toString() {
        return network + "/" + prefixLength;
    }

    private static final Cidr LOOPBACK_V4 = new Cidr(IpAddress.parse("127.0.0.0"), 8);
    private static final Cidr LOOPBACK_V6 = new Cidr(IpAddress.parse("::1"), 128);
    private static final java.util.List<Cidr> PRIVATE_V4 = java.util.List.of(
            new Cidr(IpAddress.parse("10.0.0.0"), 8),
            new Cidr(IpAddress.parse("172.16.0.0"), 12),
            new Cidr(IpAddress.parse("192.168.0.0"), 16),
            new Cidr(IpAddress.parse("100.64.0.0"), 10));
}
