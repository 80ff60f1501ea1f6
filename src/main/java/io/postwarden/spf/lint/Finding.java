package io.postwarden.spf.lint;

/**
 * One thing the linter noticed. {@code code} is stable for tools; {@code message} is for
 * people; {@code position} is the 0-based offset in the record, null when the finding is
 * about the whole record or a record it includes.
 */
public record Finding(Severity severity, String code, String message, Integer position) {
}
