package io.postwarden.spf.dns;

/** The resolver did not answer in time, or answered with a server failure: nothing is known of the name. */
public class DnsUnavailableException extends RuntimeException {

    public DnsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DnsUnavailableException(String message) {
        super(message);
    }
}
