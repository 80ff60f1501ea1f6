package io.postwarden.ssh;

/** The one place a word is made safe for a POSIX shell: single quotes, with {@code '} written as {@code '\''}. */
public final class ShellQuoting {

    private ShellQuoting() {
    }

    /**
     * Quotes {@code word} so that {@code sh} reads it back as exactly one word, unchanged.
     *
     * @throws IllegalArgumentException if the word contains NUL, which no shell word can carry
     */
    public static String quote(String word) {
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot contain a NUL character");
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
