package io.postwarden.spf;

/** The macro language of RFC 7208 §7.1, checked but never expanded: macros are kept as written. */
final class Macros {

    private static final String LETTERS = "slodiphv";
    private static final String EXPLANATION_ONLY = "crt";
    private static final String DELIMITERS = ".-+,/_=";

    private Macros() {
    }

    /**
     * Checks a macro-string; {@code offset} is where it starts in the record.
     *
     * @return true when it ends with a macro-expand, which may then stand for the domain's end
     */
    static boolean checkMacroString(String text, int offset) {
        boolean endsWithMacro = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '%') {
                endsWithMacro = false;
                i++;
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new SpfSyntaxException("A '%' must start a macro such as %{d}; write %% for a literal percent sign", offset + i);
            }
            char next = text.charAt(i + 1);
            if (next == '%' || next == '_' || next == '-') {
                i += 2;
                endsWithMacro = true;
                continue;
            }
            if (next != '{') {
                throw new SpfSyntaxException("'%" + next + "' is not a macro; macros are written %{letter}, %%, %_ or %-", offset + i);
            }
            i = expand(text, i, offset);
            endsWithMacro = true;
        }
        return endsWithMacro;
    }

    private static int expand(String text, int start, int offset) {
        int i = start + 2;
        if (i >= text.length()) {
            throw new SpfSyntaxException("The macro starting here is not closed with '}'", offset + start);
        }
        char letter = Character.toLowerCase(text.charAt(i));
        if (EXPLANATION_ONLY.indexOf(letter) >= 0) {
            throw new SpfSyntaxException("The macro letter '" + text.charAt(i) + "' is allowed only in the explanation text, not in a record",
                    offset + i);
        }
        if (LETTERS.indexOf(letter) < 0) {
            throw new SpfSyntaxException("'" + text.charAt(i) + "' is not a macro letter; use one of s l o d i p h v", offset + i);
        }
        i++;
        int digitsStart = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > digitsStart) {
            String digits = text.substring(digitsStart, i);
            if (digits.length() > 3 || Integer.parseInt(digits) == 0 || Integer.parseInt(digits) > 128) {
                throw new SpfSyntaxException("The number of parts in a macro must be from 1 to 128", offset + digitsStart);
            }
        }
        if (i < text.length() && (text.charAt(i) == 'r' || text.charAt(i) == 'R')) {
            i++;
        }
        while (i < text.length() && DELIMITERS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '}') {
            throw new SpfSyntaxException("The macro starting here is malformed or not closed with '}'", offset + start);
        }
        return i + 1;
    }
}
