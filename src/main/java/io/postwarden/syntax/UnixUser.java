package io.postwarden.syntax;

/** A login name on a managed host, in the portable form useradd accepts by default. */
public record UnixUser(String value) {

    public static UnixUser parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireNoShellSyntax(text);
        if (text.length() > 32) {
            throw new InvalidValueException("is longer than 32 characters");
        }
        char first = text.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            throw new InvalidValueException("must start with a lower-case letter or an underscore");
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                throw new InvalidValueException("may contain only lower-case letters, digits, '_' and '-'; found '" + c + "'");
            }
        }
        return new UnixUser(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
