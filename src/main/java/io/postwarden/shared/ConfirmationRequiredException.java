package io.postwarden.shared;

/**
 * The input is valid but risky; it is stored only when the caller confirms it
 * explicitly (the flag named by {@link #confirmationField()}).
 */
public class ConfirmationRequiredException extends RuntimeException {

    private final String field;
    private final String confirmationField;

    public ConfirmationRequiredException(String field, String confirmationField, String message) {
        super(message);
        this.field = field;
        this.confirmationField = confirmationField;
    }

    public String field() {
        return field;
    }

    public String confirmationField() {
        return confirmationField;
    }
}
