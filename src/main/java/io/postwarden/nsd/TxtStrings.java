package io.postwarden.nsd;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.xbill.DNS.TXTRecord;

/** TXT character-strings as a zone file writes them, and what makes a TXT record an SPF record. */
final class TxtStrings {

    /** A character-string holds at most 255 bytes (RFC 1035 §3.3). */
    static final int MAX_STRING = 255;

    private TxtStrings() {
    }

    /** The strings of a TXT record as the bytes they are (dnsjava's {@code getStrings} gives them escaped). */
    static List<String> of(TXTRecord record) {
        return record.getStringsAsByteArrays().stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).toList();
    }

    /** RFC 7208 §4.5: the record starts with exactly {@code v=spf1}, then a space or nothing. */
    static boolean isSpf(List<String> strings) {
        String joined = String.join("", strings);
        return joined.toLowerCase(Locale.ROOT).startsWith("v=spf1") && (joined.length() == 6 || joined.charAt(6) == ' ');
    }

    /** Refuses strings no zone file could hold as an SPF record. */
    static void requireWritableSpf(String owner, List<String> strings) {
        if (strings == null || strings.isEmpty()) {
            throw new ZoneEditException("no TXT strings given for the SPF record at " + owner + "; remove the record instead");
        }
        for (String s : strings) {
            if (s == null) {
                throw new ZoneEditException("a TXT string of the SPF record at " + owner + " is missing");
            }
            if (!s.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                throw new ZoneEditException("the SPF record at " + owner + " may hold only printable ASCII (RFC 7208 §3)");
            }
            if (s.getBytes(StandardCharsets.US_ASCII).length > MAX_STRING) {
                throw new ZoneEditException("a TXT string of the SPF record at " + owner + " is " + s.length()
                        + " characters long; split it into strings of at most " + MAX_STRING);
            }
        }
        if (!isSpf(strings)) {
            throw new ZoneEditException("the record for " + owner + " does not start with v=spf1, so it is not an SPF record");
        }
    }

    /** The strings quoted for a zone file, separated by one space: {@code "v=spf1 mx" " -all"}. */
    static String render(List<String> strings) {
        return strings.stream().map(TxtStrings::quote).collect(Collectors.joining(" "));
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\%03d", (int) c & 0xff));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
