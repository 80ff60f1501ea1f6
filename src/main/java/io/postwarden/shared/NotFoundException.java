package io.postwarden.shared;

/** The thing asked for does not exist (or no longer does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
