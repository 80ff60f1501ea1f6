package io.postwarden.postfix;

/** One line of an access map: a canonical key and its action. */
public record AccessLine(String key, String action) {

    @Override
    public String toString() {
        return key + " " + action;
    }
}
