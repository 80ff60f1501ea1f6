package io.postwarden.postfix;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits the two settings of policyd-spf.conf that make it observe or enforce:
 * {@code HELO_reject} and {@code Mail_From_reject}. Every other line is kept as it is.
 */
public final class PolicydSpfConfig {

    static final List<String> KEYS = List.of("HELO_reject", "Mail_From_reject");

    private PolicydSpfConfig() {
    }

    public static String withRejects(String config, boolean rejects) {
        String value = rejects ? "Fail" : "False";
        List<String> lines = new ArrayList<>(config.lines().toList());
        for (String key : KEYS) {
            boolean found = false;
            for (int i = 0; i < lines.size(); i++) {
                if (keyOf(lines.get(i)).equals(key)) {
                    lines.set(i, key + " = " + value);
                    found = true;
                }
            }
            if (!found) {
                lines.add(key + " = " + value);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** The current value of a key, or null when it is not set. */
    public static String valueOf(String config, String key) {
        String value = null;
        for (String line : config.lines().toList()) {
            if (keyOf(line).equals(key)) {
                value = line.substring(line.indexOf('=') + 1).strip();
            }
        }
        return value;
    }

    private static String keyOf(String line) {
        String stripped = line.strip();
        int equals = stripped.indexOf('=');
        if (stripped.startsWith("#") || equals <= 0) {
            return "";
        }
        return stripped.substring(0, equals).strip();
    }
}
