package io.postwarden.audit;

import io.postwarden.shared.FieldProblem;
import io.postwarden.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which audit entries to show; every part optional. {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record AuditFilter(String actor, String kind, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }

    /**
     * Reads the filter as a form or a query string gives it. A time is an instant
     * ({@code 2026-11-29T10:00:00Z}), a local date-time taken as UTC
     * ({@code 2026-11-29T10:00}, what a browser's date-time field sends) or a date
     * (its midnight UTC; for {@code to}, the midnight after it, so the day is included).
     */
    public static AuditFilter parse(String actor, String kind, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant start = time("from", from, false, problems);
        Instant end = time("to", to, true, problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditFilter(blankToNull(actor), blankToNull(kind), start, end);
    }

    private static Instant time(String field, String value, boolean endOfDay, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try a date
        }
        try {
            LocalDate day = LocalDate.parse(v);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "is not a date or time (e.g. 2026-11-29 or 2026-11-29T10:00:00Z)"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
