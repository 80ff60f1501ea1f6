package io.postwarden.nsd;

import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * Splits a zone file into the lines it is made of and the entries (records and
 * directives) that span them, with the position of every token, so an edit can touch
 * only the characters it means to. The meaning of each record comes from dnsjava; this
 * only knows where things are.
 */
final class ZoneLexer {

    /** A token of an entry: its line (0-based), columns [start, end) and raw text. */
    record Token(int line, int start, int end, String text) {

        boolean is(String word) {
            return text.equalsIgnoreCase(word);
        }

        boolean isParen() {
            return text.equals("(") || text.equals(")");
        }
    }

    /**
     * A directive or a record, from its first to its last line. {@code ownerGiven} is
     * false for a record line that starts with whitespace and takes the previous owner;
     * {@code origin} is the {@code $ORIGIN} in effect for it.
     */
    record Entry(int firstLine, int lastLine, boolean ownerGiven, List<Token> tokens, Name origin) {

        boolean isDirective() {
            return ownerGiven && tokens.get(0).text().startsWith("$");
        }

        /** Tokens other than parentheses. */
        List<Token> words() {
            return tokens.stream().filter(t -> !t.isParen()).toList();
        }

        Token lastToken() {
            return tokens.get(tokens.size() - 1);
        }
    }

    /** The file cut into line contents and their terminators, so joining them gives the text back. */
    record Lines(List<String> contents, List<String> terminators) {

        static Lines of(String text) {
            List<String> contents = new ArrayList<>();
            List<String> terminators = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int newline = text.indexOf('\n', start);
                if (newline < 0) {
                    contents.add(text.substring(start));
                    terminators.add("");
                    break;
                }
                int end = newline > start && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
                contents.add(text.substring(start, end));
                terminators.add(text.substring(end, newline + 1));
                start = newline + 1;
            }
            return new Lines(contents, terminators);
        }
    }

    private ZoneLexer() {
    }

    static List<Entry> entries(String path, Lines lines, Name zone) {
        List<Entry> entries = new ArrayList<>();
        Name origin = zone;
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        int first = -1;
        boolean ownerGiven = false;
        for (int i = 0; i < lines.contents().size(); i++) {
            String line = lines.contents().get(i);
            if (depth == 0) {
                first = i;
                ownerGiven = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != ';';
            }
            depth = tokenize(line, i, tokens, depth);
            if (depth > 0) {
                continue;
            }
            if (tokens.isEmpty()) {
                continue;
            }
            Entry entry = new Entry(first, i, ownerGiven, List.copyOf(tokens), origin);
            tokens.clear();
            if (entry.isDirective()) {
                origin = directive(path, entry, origin);
            }
            entries.add(entry);
        }
        return entries;
    }

    private static Name directive(String path, Entry entry, Name origin) {
        Token keyword = entry.tokens().get(0);
        if (keyword.is("$INCLUDE")) {
            throw new ZoneParseException(path, keyword.line() + 1,
                    "$INCLUDE is not supported: Postwarden edits one file and cannot see what another one holds");
        }
        if (keyword.is("$ORIGIN") && entry.tokens().size() > 1) {
            try {
                return Name.fromString(entry.tokens().get(1).text(), origin);
            } catch (TextParseException e) {
                throw new ZoneParseException(path, keyword.line() + 1, "bad $ORIGIN: " + e.getMessage());
            }
        }
        return origin;
    }

    /** Adds the tokens of one line; returns the parenthesis depth at its end. */
    private static int tokenize(String line, int lineNo, List<Token> tokens, int depth) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ';') {
                break;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(lineNo, i, i + 1, String.valueOf(c)));
                depth = Math.max(0, depth + (c == '(' ? 1 : -1));
                i++;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && line.charAt(j) != '"') {
                    j += line.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(j + 1, n);
                tokens.add(new Token(lineNo, i, end, line.substring(i, end)));
                i = end;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(line.charAt(j)) && ";()\"".indexOf(line.charAt(j)) < 0) {
                    j += line.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j, n);
                tokens.add(new Token(lineNo, i, j, line.substring(i, j)));
                i = j;
            }
        }
        return depth;
    }
}
