package io.postwarden.nsd;

import java.util.List;

/**
 * The text of a zone file after an edit, with the serial it had and the serial it now
 * carries, and notes on anything that could not be kept as it was written.
 */
public record ZoneEdit(String text, long oldSerial, long newSerial, List<String> notes) {

    public ZoneEdit {
        notes = List.copyOf(notes);
    }
}
