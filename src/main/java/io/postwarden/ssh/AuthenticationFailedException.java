package io.postwarden.ssh;

/** The host refused the credentials, or did not answer in time. */
public class AuthenticationFailedException extends SshException {

    public AuthenticationFailedException(String message) {
        super(message);
    }

    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
