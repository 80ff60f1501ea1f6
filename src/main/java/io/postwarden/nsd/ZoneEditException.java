package io.postwarden.nsd;

/** An edit of a zone file that cannot be made as asked; the file is left as it was. */
public class ZoneEditException extends RuntimeException {

    public ZoneEditException(String message) {
        super(message);
    }
}
