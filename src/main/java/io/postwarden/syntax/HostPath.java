package io.postwarden.syntax;

import java.nio.file.Path;

/**
 * An absolute path on a managed host, already in normal form: no {@code ..}, no
 * {@code .}, no doubled or trailing slash, and only characters that need no quoting.
 */
public record HostPath(String value) {

    public static final int MAX_LENGTH = 1024;

    public static HostPath parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("is required");
        }
        Characters.requireNoShellSyntax(text);
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("is longer than " + MAX_LENGTH + " characters");
        }
        if (!text.startsWith("/")) {
            throw new InvalidValueException("must be an absolute path (starting with /)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || "/._-+@=,:".indexOf(c) >= 0;
            if (!allowed) {
                throw new InvalidValueException("must not contain the character '" + c + "'");
            }
        }
        for (String segment : text.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new InvalidValueException("must not contain \".\" or \"..\" segments");
            }
            if (segment.isEmpty() && text.length() > 1) {
                throw new InvalidValueException("must not contain an empty segment (\"//\" or a trailing slash)");
            }
            if (segment.startsWith("-")) {
                throw new InvalidValueException("must not have a segment that starts with \"-\"");
            }
        }
        if (!Path.of(text).normalize().toString().equals(text)) {
            throw new InvalidValueException("is not in normal form; write it as " + Path.of(text).normalize());
        }
        return new HostPath(text);
    }

    /** The directory that holds this file. */
    public HostPath parent() {
        int slash = value.lastIndexOf('/');
        return new HostPath(slash <= 0 ? "/" : value.substring(0, slash));
    }

    public HostPath resolve(String child) {
        return parse(value.equals("/") ? "/" + child : value + "/" + child);
    }

    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
