package io.postwarden.postfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Postfix configuration: main.cf parameters from the file itself, master.cf
 * services from {@code postconf -M} and their overrides from {@code postconf -P}.
 *
 * <p>main.cf is parsed rather than read with {@code postconf -n}, because {@code -n}
 * hides a user-defined parameter that nothing references any more (such as
 * {@code mua_client_restrictions} after its {@code -o} was removed by hand), and the plan
 * and the drift check must see what the file really holds.
 */
public final class PostconfOutput {

    private PostconfOutput() {
    }

    /**
     * The parameters a main.cf sets, as Postfix reads them: {@code name = value} lines,
     * continued by lines that start with whitespace, comments skipped, the last
     * definition winning. Also reads {@code postconf -n} output, which has the same form.
     */
    public static Map<String, String> parameters(String mainCf) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : mainCf.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (name != null) {
                    value.append(' ').append(line.strip());
                }
                continue;
            }
            if (name != null) {
                parameters.put(name, value.toString().strip());
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                name = null;
                continue;
            }
            name = line.substring(0, equals).strip();
            value = new StringBuilder(line.substring(equals + 1).strip());
        }
        if (name != null) {
            parameters.put(name, value.toString().strip());
        }
        return parameters;
    }

    /** Services from {@code postconf -M} (one line each) with overrides from {@code postconf -P}. */
    public static Map<String, MasterService> services(String masterOutput, String overridesOutput) {
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        for (String line : overridesOutput.split("\n")) {
            int equals = line.indexOf('=');
            if (line.isBlank() || equals <= 0) {
                continue;
            }
            String path = line.substring(0, equals).strip();
            int lastSlash = path.lastIndexOf('/');
            if (lastSlash <= 0) {
                continue;
            }
            overrides.computeIfAbsent(path.substring(0, lastSlash), k -> new LinkedHashMap<>())
                    .put(path.substring(lastSlash + 1), line.substring(equals + 1).strip());
        }
        Map<String, MasterService> services = new LinkedHashMap<>();
        for (String line : masterOutput.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            if (fields.length < 8) {
                continue;
            }
            String key = fields[0] + "/" + fields[1];
            services.put(key, new MasterService(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6],
                    commandWithoutOverrides(fields), overrides.getOrDefault(key, Map.of())));
        }
        return services;
    }

    /** Drops {@code -o name=value} and {@code -o { name = value }} from the command's arguments. */
    private static String commandWithoutOverrides(String[] fields) {
        List<String> command = new ArrayList<>();
        for (int i = 7; i < fields.length; i++) {
            if (fields[i].equals("-o") && i + 1 < fields.length) {
                i++;
                if (fields[i].startsWith("{")) {
                    while (i < fields.length && !fields[i].endsWith("}")) {
                        i++;
                    }
                }
                continue;
            }
            command.add(fields[i]);
        }
        return String.join(" ", command);
    }
}
