package io.postwarden.ssh;

/** The connection dropped while a command or file transfer was in flight. */
public class SessionLostException extends SshException {

    public SessionLostException(String message) {
        super(message);
    }

    public SessionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
