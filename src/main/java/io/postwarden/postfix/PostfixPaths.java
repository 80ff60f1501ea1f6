package io.postwarden.postfix;

/** Where one Postfix instance keeps what Postwarden manages. */
public record PostfixPaths(String configDirectory, String accessMapPath, String accessMapType, String policydSpfConfigFile) {

    /** The access map as a restriction or lookup table names it, e.g. {@code hash:/etc/postfix/access}. */
    public String accessMapReference() {
        return accessMapType + ":" + accessMapPath;
    }

    public String mainCf() {
        return configDirectory + "/main.cf";
    }

    public String masterCf() {
        return configDirectory + "/master.cf";
    }

    /** The file postmap builds next to the map, for the types that build one. */
    public String accessMapDatabase() {
        return switch (accessMapType) {
            case "hash", "btree" -> accessMapPath + ".db";
            case "lmdb" -> accessMapPath + ".lmdb";
            case "cdb" -> accessMapPath + ".cdb";
            default -> throw new IllegalStateException("unknown map type " + accessMapType);
        };
    }
}
