package io.postwarden.nsd;

/**
 * A zone file that does not parse, or whose SOA is missing or not for the zone. Names
 * the file and the line (1-based; 0 when the whole file is at fault).
 */
public class ZoneParseException extends RuntimeException {

    private final String file;
    private final int line;
    private final String reason;

    public ZoneParseException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
