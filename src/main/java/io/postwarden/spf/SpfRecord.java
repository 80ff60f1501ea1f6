package io.postwarden.spf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SPF record (RFC 7208) as terms. It renders back exactly as it was written, spacing
 * and letter case included, so what an operator typed is what the zone serves.
 */
public final class SpfRecord {

    public static final String VERSION = "v=spf1";
    /** The longest character-string of a TXT record (RFC 1035 §3.3). */
    public static final int MAX_TXT_STRING = 255;

    private final List<Term> terms;
    private final List<String> gaps;
    private final String trailing;

    SpfRecord(List<Term> terms, List<String> gaps, String trailing) {
        this.terms = List.copyOf(terms);
        this.gaps = List.copyOf(gaps);
        this.trailing = trailing;
    }

    /** Parses {@code text}; throws {@link SpfSyntaxException} naming the position of the first fault. */
    public static SpfRecord parse(String text) {
        return SpfParser.parse(text);
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Mechanism> mechanisms() {
        return terms.stream().filter(Mechanism.class::isInstance).map(Mechanism.class::cast).toList();
    }

    public List<Modifier> modifiers() {
        return terms.stream().filter(Modifier.class::isInstance).map(Modifier.class::cast).toList();
    }

    public Optional<Modifier> redirect() {
        return modifiers().stream().filter(Modifier::isRedirect).findFirst();
    }

    public Optional<Modifier> explanation() {
        return modifiers().stream().filter(Modifier::isExplanation).findFirst();
    }

    /** The first {@code all}, the one that decides; terms after it are never evaluated. */
    public Optional<Mechanism> all() {
        return mechanisms().stream().filter(m -> m.kind() == MechanismKind.ALL).findFirst();
    }

    public String render() {
        StringBuilder text = new StringBuilder(VERSION);
        for (int i = 0; i < terms.size(); i++) {
            text.append(gaps.get(i)).append(terms.get(i).render());
        }
        return text.append(trailing).toString();
    }

    /** The record cut into TXT character-strings of at most 255 bytes; receivers join them without spaces. */
    public List<String> toTxtStrings() {
        return split(render());
    }

    /** The TXT data as written in a zone file: each string quoted, quotes and backslashes escaped. */
    public String toZoneText() {
        List<String> quoted = new ArrayList<>();
        for (String part : toTxtStrings()) {
            quoted.add('"' + part.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return String.join(" ", quoted);
    }

    static List<String> split(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        List<String> parts = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += MAX_TXT_STRING) {
            int end = Math.min(bytes.length, start + MAX_TXT_STRING);
            parts.add(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
        }
        return parts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpfRecord that && render().equals(that.render());
    }

    @Override
    public int hashCode() {
        return render().hashCode();
    }

    @Override
    public String toString() {
        return render();
    }
}
