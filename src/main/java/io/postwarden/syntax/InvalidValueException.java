package io.postwarden.syntax;

/**
 * A value that does not parse. The message says what is wrong in words an operator
 * understands; callers add the name of the field it came from.
 */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String reason) {
        super(reason);
    }
}
