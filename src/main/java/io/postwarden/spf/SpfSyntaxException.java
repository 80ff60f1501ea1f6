package io.postwarden.spf;

/** An SPF record that does not follow RFC 7208; {@link #position()} is the 0-based offset of the fault. */
public class SpfSyntaxException extends RuntimeException {

    private final int position;

    public SpfSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
