package io.postwarden.plan;

/**
 * One difference between what the database wants and what a host has, e.g. main.cf
 * {@code mynetworks} changing from one value to another. {@code before} is null for an
 * addition, {@code after} null for a removal.
 */
public record ConfigChange(ConfigArea area, ChangeKind kind, String item, String before, String after) {

    public static ConfigChange of(ConfigArea area, String item, String before, String after) {
        ChangeKind kind = before == null ? ChangeKind.ADD : after == null ? ChangeKind.REMOVE : ChangeKind.CHANGE;
        return new ConfigChange(area, kind, item, before, after);
    }
}
