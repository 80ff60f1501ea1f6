package io.postwarden.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns an object into the JSON the trail keeps, with every secret-looking field replaced by {@code "[redacted]"}. */
final class AuditRedaction {

    static final String REDACTED = "[redacted]";
    static final int MAX_JSON = 200_000;

    private static final List<String> SECRET_WORDS = List.of("password", "passphrase", "privatekey", "private_key", "secret",
            "token", "credential", "apikey", "api_key");

    private AuditRedaction() {
    }

    static String toJson(ObjectMapper mapper, Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = mapper.valueToTree(value);
        redact(tree);
        String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        if (json.length() > MAX_JSON) {
            return json.substring(0, MAX_JSON - 40) + "\n… [truncated: " + json.length() + " characters]";
        }
        return json;
    }

    static boolean isSecret(String fieldName) {
        String name = fieldName.toLowerCase(Locale.ROOT).replace("-", "");
        return SECRET_WORDS.stream().anyMatch(name::contains);
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.properties().forEach(entry -> names.add(entry.getKey()));
            for (String name : names) {
                JsonNode child = object.get(name);
                if (isSecret(name) && child != null && !child.isNull()) {
                    object.put(name, REDACTED);
                } else {
                    redact(child);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(AuditRedaction::redact);
        }
    }
}
