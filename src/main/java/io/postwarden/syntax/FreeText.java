package io.postwarden.syntax;

/**
 * A note written by an operator. It never reaches a host, so any visible Unicode is
 * kept (and escaped when shown); invisible and bidi control characters are refused
 * because they make a note read differently from what it holds.
 */
public final class FreeText {

    private FreeText() {
    }

    public static String parse(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        if (text.length() > maxLength) {
            throw new InvalidValueException("is " + text.length() + " characters long; at most " + maxLength + " are allowed");
        }
        Characters.requireVisible(text);
        return text.strip();
    }
}
