package io.postwarden.nsd;

/**
 * Where a zone file is, from what {@code nsd-checkconf -z ZONE -o zonefile} prints: a
 * relative path is relative to the zones directory ({@code zonesdir}, {@code /etc/nsd}
 * on Debian), and a zone defined through a pattern may use NSD's {@code %} escapes.
 */
public final class NsdPaths {

    private NsdPaths() {
    }

    /**
     * The absolute zone file path. Without a zone name, a path that still holds a
     * {@code %} escape is refused: use {@link #resolveZoneFile(String, String, String)}.
     */
    public static String resolveZoneFile(String checkconfOutput, String confDir) {
        return resolveZoneFile(checkconfOutput, confDir, null);
    }

    /**
     * The absolute zone file path, with NSD's escapes expanded for {@code zone}:
     * {@code %s} the zone name, {@code %1}/{@code %2}/{@code %3} its first characters,
     * {@code %z}/{@code %y}/{@code %x} its last, next-to-last and third-from-last labels,
     * {@code %%} a percent sign.
     */
    public static String resolveZoneFile(String checkconfOutput, String confDir, String zone) {
        String file = checkconfOutput == null ? "" : checkconfOutput.strip();
        int newline = file.indexOf('\n');
        if (newline >= 0) {
            file = file.substring(0, newline).strip();
        }
        if (file.length() >= 2 && file.startsWith("\"") && file.endsWith("\"")) {
            file = file.substring(1, file.length() - 1);
        }
        if (file.isEmpty()) {
            throw new IllegalArgumentException("nsd.conf names no zonefile for " + (zone == null ? "the zone" : zone)
                    + " (a zone served as a secondary, or not configured)");
        }
        file = expand(file, zone);
        if (!file.startsWith("/")) {
            String dir = confDir == null || confDir.isBlank() ? "/etc/nsd" : confDir.strip();
            file = (dir.endsWith("/") ? dir : dir + "/") + file;
        }
        if (file.contains("\0") || file.contains("/../") || file.endsWith("/..")) {
            throw new IllegalArgumentException("refusing zone file path " + file);
        }
        return file;
    }

    private static String expand(String file, String zone) {
        if (!file.contains("%")) {
            return file;
        }
        if (zone == null) {
            throw new IllegalArgumentException("zone file " + file + " uses a % pattern; the zone name is needed to expand it");
        }
        String name = zone.endsWith(".") && zone.length() > 1 ? zone.substring(0, zone.length() - 1) : zone;
        String[] labels = name.split("\\.");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (c != '%' || i + 1 >= file.length()) {
                out.append(c);
                continue;
            }
            char e = file.charAt(++i);
            switch (e) {
                case 's' -> out.append(name);
                case '1', '2', '3' -> {
                    int index = e - '1';
                    out.append(index < name.length() ? name.charAt(index) : '.');
                }
                case 'z', 'y', 'x' -> {
                    int index = labels.length - 1 - (e == 'z' ? 0 : e == 'y' ? 1 : 2);
                    out.append(index >= 0 ? labels[index] : ".");
                }
                case '%' -> out.append('%');
                default -> out.append('%').append(e);
            }
        }
        return out.toString();
    }
}
