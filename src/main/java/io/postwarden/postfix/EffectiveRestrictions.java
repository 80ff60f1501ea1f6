package io.postwarden.postfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For each smtpd service of master.cf (port 25, 587, …), the restrictions that really
 * apply: a {@code -o} override wins over main.cf, and {@code $name} references are
 * expanded from main.cf so the operator reads the rules, not their indirections.
 */
public final class EffectiveRestrictions {

    public static final List<String> PARAMETERS = List.of("smtpd_client_restrictions", "smtpd_helo_restrictions",
            "smtpd_sender_restrictions", "smtpd_relay_restrictions", "smtpd_recipient_restrictions",
            "smtpd_reject_unlisted_recipient");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([a-z0-9_]+)}?");
    private static final int MAX_DEPTH = 8;

    /** One restriction of one service: main.cf's value, the override (if any), and what applies. */
    public record Row(String parameter, String mainCf, String override, String effective) {
    }

    public record Service(String service, List<Row> rows) {
    }

    private EffectiveRestrictions() {
    }

    public static List<Service> of(PostfixActualState state) {
        List<Service> result = new ArrayList<>();
        for (MasterService service : state.services().values()) {
            if (!service.type().equals("inet") || !service.command().split(" ")[0].equals("smtpd")) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (String parameter : PARAMETERS) {
                String mainCf = state.parameters().get(parameter);
                String override = service.overrides().get(parameter);
                String applied = override != null ? override : mainCf;
                String effective = applied == null ? "(Postfix default)" : expand(applied, state.parameters(), 0);
                rows.add(new Row(parameter, mainCf, override, effective));
            }
            result.add(new Service(service.key(), rows));
        }
        return result;
    }

    static String expand(String value, Map<String, String> parameters, int depth) {
        if (depth >= MAX_DEPTH) {
            return value;
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String referenced = parameters.get(m.group(1));
            String replacement = referenced == null ? m.group() : expand(referenced, parameters, depth + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
