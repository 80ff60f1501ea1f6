package io.postwarden.syntax;

import java.util.List;
import java.util.Locale;

/**
 * A DNS name per RFC 1123: letters, digits and hyphens, labels of 1 to 63 characters,
 * 253 characters in all, written without the trailing dot. Kept in lower case.
 */
public record DomainName(String value) {

    public static final int MAX_LENGTH = 253;

    public DomainName {
        value = check(value);
    }

    public static DomainName parse(String text) {
        return new DomainName(text);
    }

    /** A name with at least two labels, as a mail domain must have. */
    public static DomainName parseQualified(String text) {
        DomainName name = parse(text);
        if (name.labels().size() < 2) {
            throw new InvalidValueException("must be a fully qualified name such as example.org");
        }
        return name;
    }

    public List<String> labels() {
        return List.of(value.split("\\."));
    }

    /** True when this name is {@code other} or lies under it. */
    public boolean isWithin(DomainName other) {
        return value.equals(other.value) || value.endsWith("." + other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireAscii(text);
        if (text.endsWith(".") && text.length() > 1) {
            throw new InvalidValueException("must be written without the trailing dot");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("is " + text.length() + " characters long; a DNS name has at most " + MAX_LENGTH);
        }
        String[] labels = text.split("\\.", -1);
        for (String label : labels) {
            checkLabel(label);
        }
        String top = labels[labels.length - 1];
        if (top.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("must not end with an all-numeric label (\"" + top + "\" looks like part of an IP address)");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static void checkLabel(String label) {
        if (label.isEmpty()) {
            throw new InvalidValueException("must not contain an empty label (two dots in a row, or a leading dot)");
        }
        if (label.length() > 63) {
            throw new InvalidValueException("has a label of " + label.length() + " characters; a label has at most 63");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ldh) {
                throw new InvalidValueException("may contain only letters, digits, hyphens and dots; found '" + c + "'");
            }
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            throw new InvalidValueException("has a label that starts or ends with a hyphen (\"" + label + "\")");
        }
    }
}
