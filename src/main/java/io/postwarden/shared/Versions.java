package io.postwarden.shared;

/** Optimistic locking at the edge: an edit based on an old copy is refused before it is applied. */
public final class Versions {

    private Versions() {
    }

    public static void requireCurrent(String what, Long expected, long actual) {
        if (expected == null) {
            throw new InvalidInputException("version", "is required when changing or deleting: send the version you read");
        }
        if (expected != actual) {
            throw ConflictException.staleVersion(what, expected, actual);
        }
    }

    /** For deletes: a caller that sends no version deletes whatever is stored. */
    public static void requireCurrentIfGiven(String what, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ConflictException.staleVersion(what, expected, actual);
        }
    }
}
