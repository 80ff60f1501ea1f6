package io.postwarden.spf;

/** The result a mechanism gives when it matches (RFC 7208 §4.6.2). */
public enum Qualifier {
    PASS('+'), FAIL('-'), SOFTFAIL('~'), NEUTRAL('?');

    private final char symbol;

    Qualifier(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    static Qualifier of(char c) {
        for (Qualifier q : values()) {
            if (q.symbol == c) {
                return q;
            }
        }
        return null;
    }
}
