package io.postwarden.nsd;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * The next SOA serial. Serials are compared in 32-bit serial arithmetic (RFC 1982), so a
 * secondary only picks up a zone whose serial moved forward: the next serial is never
 * behind the current one. A serial that reads as a date ({@code YYYYMMDDnn}) gets today's
 * date with {@code nn = 00}, or one more than the current serial when that would not move
 * forward (a second change on the same day, or a serial already ahead of today).
 */
final class SoaSerials {

    static final long MAX = 0xFFFF_FFFFL;

    record Next(long serial, List<String> notes) {
    }

    private SoaSerials() {
    }

    static Next next(long current, LocalDate today) {
        if (looksLikeDate(current)) {
            long dated = (today.getYear() * 10_000L + today.getMonthValue() * 100L + today.getDayOfMonth()) * 100L;
            if (dated > current && dated <= MAX) {
                return new Next(dated, List.of());
            }
            long next = current + 1;
            String why = dated / 100 == current / 100 ? "the zone was already changed today" : "serial " + current + " is already ahead of today's date";
            String rolled = next % 100 == 0 ? "; the change counter passed 99, so the date part moved to the next day" : "";
            return new Next(next, List.of("SOA serial " + current + " → " + next + ": " + why + ", so it was counted up by one" + rolled));
        }
        long next = (current + 1) & MAX;
        if (next < current) {
            return new Next(next, List.of("SOA serial " + current + " wrapped around to " + next
                    + " (RFC 1982 serial arithmetic): secondaries still see it as newer"));
        }
        return new Next(next, List.of());
    }

    /** Ten digits whose first eight are a real calendar date. */
    static boolean looksLikeDate(long serial) {
        if (serial < 1_000_000_000L || serial > 9_999_999_999L) {
            return false;
        }
        long day = serial / 100;
        int year = (int) (day / 10_000);
        int month = (int) (day / 100 % 100);
        int dayOfMonth = (int) (day % 100);
        if (year < 1970) {
            return false;
        }
        try {
            LocalDate.of(year, month, dayOfMonth);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
