package io.postwarden.ssh;

/** The host presented a key that is not the one trusted for it; nothing was sent to it. */
public class HostKeyException extends SshException {

    public HostKeyException(String message) {
        super(message);
    }

    public HostKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
