package io.postwarden.spf;

import java.util.Locale;

/** A modifier {@code name=value}: redirect, exp, or one this version does not know (kept as written). */
public record Modifier(String name, String value, int position) implements Term {

    public static final String REDIRECT = "redirect";
    public static final String EXPLANATION = "exp";

    public boolean isRedirect() {
        return name.toLowerCase(Locale.ROOT).equals(REDIRECT);
    }

    public boolean isExplanation() {
        return name.toLowerCase(Locale.ROOT).equals(EXPLANATION);
    }

    @Override
    public String render() {
        return name + "=" + value;
    }
}
