package io.postwarden.shared;

import java.util.List;

/**
 * The change clashes with the stored state: someone else edited the object since it was
 * read, or a unique value is taken.
 */
public class ConflictException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ConflictException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public static ConflictException staleVersion(String what, long expected, long actual) {
        return new ConflictException(what + " was changed by someone else (version " + actual + ", your copy is version "
                + expected + "); reload it and apply your change again", List.of(new FieldProblem("version", "is stale")));
    }

    public static ConflictException taken(String field, String value) {
        return new ConflictException(field + " \"" + value + "\" is already in use",
                List.of(new FieldProblem(field, "\"" + value + "\" is already in use")));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
