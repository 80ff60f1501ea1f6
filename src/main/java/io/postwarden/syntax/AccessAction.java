package io.postwarden.syntax;

import java.util.Locale;
import java.util.Set;

/**
 * The right-hand side of a Postfix access(5) table, from a closed grammar: a known
 * action word with optional or required text, or an SMTP reply code {@code 4NN}/{@code 5NN}
 * with text.
 */
public record AccessAction(String verb, String text) {

    public static final int MAX_LENGTH = 500;

    private static final Set<String> BARE = Set.of("OK", "DUNNO", "PERMIT");
    private static final Set<String> OPTIONAL_TEXT = Set.of("REJECT", "DISCARD", "HOLD", "DEFER", "DEFER_IF_PERMIT", "DEFER_IF_REJECT");
    private static final Set<String> REQUIRED_TEXT = Set.of("WARN", "INFO", "PREPEND");
    private static final Set<String> REQUIRED_ADDRESS = Set.of("REDIRECT", "BCC");

    public static AccessAction parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireAscii(input);
        String trimmed = input.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidValueException("is longer than " + MAX_LENGTH + " characters");
        }
        int space = trimmed.indexOf(' ');
        String verb = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        String text = space < 0 ? "" : trimmed.substring(space + 1).strip();
        checkText(text);
        if (verb.length() == 3 && (verb.charAt(0) == '4' || verb.charAt(0) == '5')
                && Character.isDigit(verb.charAt(1)) && Character.isDigit(verb.charAt(2))) {
            if (verb.equals("421")) {
                throw new InvalidValueException("must not use 421: it closes the whole SMTP session");
            }
            return new AccessAction(verb, text);
        }
        if (BARE.contains(verb)) {
            if (!text.isEmpty()) {
                throw new InvalidValueException(verb + " takes no text");
            }
            return new AccessAction(verb, "");
        }
        if (OPTIONAL_TEXT.contains(verb)) {
            return new AccessAction(verb, text);
        }
        if (REQUIRED_TEXT.contains(verb)) {
            if (text.isEmpty()) {
                throw new InvalidValueException(verb + " needs a text after it");
            }
            return new AccessAction(verb, text);
        }
        if (REQUIRED_ADDRESS.contains(verb)) {
            String address = text.contains("@") ? AccessKey.parse(text).value() : "";
            if (!address.contains("@") || address.endsWith("@")) {
                throw new InvalidValueException(verb + " needs an e-mail address after it");
            }
            return new AccessAction(verb, address);
        }
        throw new InvalidValueException("must be one of OK, REJECT, DISCARD, HOLD, DUNNO, PERMIT, DEFER, DEFER_IF_PERMIT, "
                + "DEFER_IF_REJECT, WARN, INFO, PREPEND, REDIRECT, BCC, or a 4NN/5NN reply code with text; found \"" + verb + "\"");
    }

    /** Text ends up in a file on the host: no characters a shell or Postfix would interpret. */
    private static void checkText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("`$\\;|&<>{}".indexOf(c) >= 0) {
                throw new InvalidValueException("must not contain the character '" + c + "' in its text");
            }
        }
    }

    @Override
    public String toString() {
        return text.isEmpty() ? verb : verb + " " + text;
    }
}
