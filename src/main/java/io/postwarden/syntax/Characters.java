package io.postwarden.syntax;

/**
 * The one place that decides which characters may reach a remote shell or file.
 * Parsers call it before their own grammar, so hostile input gets the same clear
 * message everywhere.
 */
public final class Characters {

    private Characters() {
    }

    /** Refuses control, format (bidi, zero-width) and other invisible characters. */
    public static void requireVisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0) {
                throw new InvalidValueException("must not contain a NUL character");
            }
            if (cp == '\n' || cp == '\r') {
                throw new InvalidValueException("must be a single line (no line breaks)");
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw new InvalidValueException("must not contain the invisible or control character "
                        + describe(cp) + " at position " + (i + 1));
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * Refuses anything but printable ASCII: non-ASCII letters that look like ASCII ones
     * (Cyrillic "а", fullwidth "ａ") would otherwise pass for the real name.
     */
    public static void requireAscii(String text) {
        requireVisible(text);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp > 0x7e) {
                throw new InvalidValueException("must use ASCII characters only; found " + describe(cp)
                        + " at position " + (i + 1) + " (internationalised domain names are written in their xn-- form)");
            }
            i += Character.charCount(cp);
        }
    }

    /** Refuses the characters a shell gives a meaning to, and whitespace. */
    public static void requireNoShellSyntax(String text) {
        requireAscii(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                throw new InvalidValueException("must not contain spaces");
            }
            if ("`$;|&<>\\'\"(){}*?!~#^".indexOf(c) >= 0) {
                throw new InvalidValueException("must not contain the character '" + c + "' (position " + (i + 1) + ")");
            }
        }
    }

    static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X%s", cp, name == null ? "" : " (" + name + ")");
    }
}
