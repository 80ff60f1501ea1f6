package io.postwarden.ssh;

/** A command ended without reporting an exit status, so its outcome is unknown. */
public class NoExitStatusException extends SshException {

    public NoExitStatusException(String message) {
        super(message);
    }

    public NoExitStatusException(String message, Throwable cause) {
        super(message, cause);
    }
}
