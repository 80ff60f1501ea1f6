package io.postwarden.ssh;

/** A file operation on the host failed. */
public class RemoteFileException extends SshException {

    public RemoteFileException(String message) {
        super(message);
    }

    public RemoteFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
