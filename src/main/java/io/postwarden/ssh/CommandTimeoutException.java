package io.postwarden.ssh;

/** A command did not finish within its time limit; its channel was closed. */
public class CommandTimeoutException extends SshException {

    public CommandTimeoutException(String message) {
        super(message);
    }

    public CommandTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
