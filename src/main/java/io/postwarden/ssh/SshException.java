package io.postwarden.ssh;

/** Anything that went wrong talking to a host over SSH; messages name the host, never a secret. */
public class SshException extends RuntimeException {

    public SshException(String message) {
        super(message);
    }

    public SshException(String message, Throwable cause) {
        super(message, cause);
    }
}
