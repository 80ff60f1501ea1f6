package io.postwarden.ssh;

/** The host presented a key other than the pinned one: a reinstalled host, or someone in between. */
public class HostKeyMismatchException extends HostKeyException {

    private final String pinned;
    private final String presented;

    public HostKeyMismatchException(String hostAndPort, String pinned, String presented) {
        super("The host key of " + hostAndPort + " has changed: trusted " + pinned + ", presented " + presented
                + ". Nothing was sent to the host. Accept the new key only once you know why it changed.");
        this.pinned = pinned;
        this.presented = presented;
    }

    public String pinned() {
        return pinned;
    }

    public String presented() {
        return presented;
    }
}
