package io.postwarden.ssh;

/** The host could not be reached, or the SSH handshake did not complete. */
public class ConnectionFailedException extends SshException {

    public ConnectionFailedException(String message) {
        super(message);
    }

    public ConnectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
