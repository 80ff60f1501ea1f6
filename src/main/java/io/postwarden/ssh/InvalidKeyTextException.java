package io.postwarden.ssh;

/** Private key text that cannot be used; the message says why without quoting the key. */
public class InvalidKeyTextException extends SshException {

    public InvalidKeyTextException(String message) {
        super(message);
    }

    public InvalidKeyTextException(String message, Throwable cause) {
        super(message, cause);
    }
}
