package io.postwarden.nsd;

import io.postwarden.nsd.ZoneLexer.Entry;
import io.postwarden.nsd.ZoneLexer.Lines;
import io.postwarden.nsd.ZoneLexer.Token;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * One zone file as an operator wrote it. dnsjava reads it to know what it means; edits
 * change only the lines of the records they are about, so comments, order, spacing and
 * every other record stay byte for byte. Every edit is checked by reading the result
 * again: it must parse, hold the asked-for SPF record and leave every other record as
 * it was. Immutable: an edit returns a new {@code ZoneFile}.
 *
 * <p>Owners are given as in a zone file, relative to the zone: {@code @} for the apex,
 * {@code mail} for {@code mail.target.milxc.}, or absolute with a final dot. A name that
 * already ends with the zone name ({@code target.milxc}) is taken as absolute.
 */
public final class ZoneFile {

    private static final Pattern DNSJAVA_ERROR = Pattern.compile("^.*?:(\\d+): (.*)$", Pattern.DOTALL);

    private final String path;
    private final Name zone;
    private final String text;
    private final Lines lines;
    private final List<Entry> entries;
    private final List<Located> records;
    private final List<String> notes;

    /** A record as dnsjava read it, and the entry of the file it was read from. */
    private record Located(Entry entry, Record record) {

        boolean isSpfAt(Name owner) {
            return record.getName().equals(owner) && record instanceof TXTRecord txt && TxtStrings.isSpf(TxtStrings.of(txt));
        }

        List<String> strings() {
            return TxtStrings.of((TXTRecord) record);
        }
    }

    private ZoneFile(String path, Name zone, String text, Lines lines, List<Entry> entries, List<Located> records, List<String> notes) {
        this.path = path;
        this.zone = zone;
        this.text = text;
        this.lines = lines;
        this.entries = entries;
        this.records = records;
        this.notes = List.copyOf(notes);
    }

    /**
     * Reads {@code text} as the zone file {@code path} of zone {@code zoneName}.
     *
     * @throws ZoneParseException naming the line, when the text does not parse, holds
     *                            {@code $INCLUDE}, or does not start with the SOA of the zone
     */
    public static ZoneFile parse(String path, String zoneName, String text) {
        Objects.requireNonNull(text, "text");
        return parse(path, zoneNameOf(zoneName), text, List.of());
    }

    private static ZoneFile parse(String path, Name zone, String text, List<String> notes) {
        Lines lines = Lines.of(text);
        List<Entry> entries = ZoneLexer.entries(path, lines, zone);
        List<Entry> recordEntries = entries.stream().filter(e -> !e.isDirective()).toList();
        List<Record> parsed = read(path, zone, text, recordEntries);
        if (parsed.size() != recordEntries.size()) {
            throw new ZoneParseException(path, 0, "dnsjava read " + parsed.size() + " records but the file has "
                    + recordEntries.size() + " record entries; the layout of this file is not understood well enough to edit it");
        }
        List<Located> located = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            located.add(new Located(recordEntries.get(i), parsed.get(i)));
        }
        requireSoa(path, zone, located);
        return new ZoneFile(path, zone, text, lines, entries, List.copyOf(located), notes);
    }

    private static List<Record> read(String path, Name zone, String text, List<Entry> recordEntries) {
        List<Record> parsed = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), zone)) {
            master.expandGenerate(false);
            master.disableIncludes();
            for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
                parsed.add(r);
            }
        } catch (TextParseException e) {
            Matcher m = DNSJAVA_ERROR.matcher(String.valueOf(e.getMessage()));
            if (m.matches()) {
                throw new ZoneParseException(path, Integer.parseInt(m.group(1)), m.group(2));
            }
            throw new ZoneParseException(path, lineOf(recordEntries, parsed.size()), String.valueOf(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw new ZoneParseException(path, lineOf(recordEntries, parsed.size()), String.valueOf(e.getMessage()));
        }
        return parsed;
    }

    private static int lineOf(List<Entry> recordEntries, int index) {
        return index < recordEntries.size() ? recordEntries.get(index).firstLine() + 1 : 0;
    }

    private static void requireSoa(String path, Name zone, List<Located> records) {
        if (records.isEmpty() || records.get(0).record().getType() != Type.SOA) {
            throw new ZoneParseException(path, records.isEmpty() ? 0 : records.get(0).entry().firstLine() + 1,
                    "the zone must start with its SOA record, and " + (records.isEmpty() ? "the file holds no record"
                            : "the first record is " + Type.string(records.get(0).record().getType())));
        }
        Located soa = records.get(0);
        if (!soa.record().getName().equals(zone)) {
            throw new ZoneParseException(path, soa.entry().firstLine() + 1,
                    "the SOA record is for " + soa.record().getName() + ", not for zone " + zone);
        }
        for (Located other : records.subList(1, records.size())) {
            if (other.record().getType() == Type.SOA) {
                throw new ZoneParseException(path, other.entry().firstLine() + 1, "a second SOA record; a zone has exactly one");
            }
        }
    }

    private static Name zoneNameOf(String zoneName) {
        if (zoneName == null || zoneName.isBlank()) {
            throw new IllegalArgumentException("a zone name is required");
        }
        try {
            return Name.fromString(zoneName.strip(), Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a zone name: " + zoneName, e);
        }
    }

    public String path() {
        return path;
    }

    /** The zone's name, absolute ({@code target.milxc.}). */
    public String zone() {
        return zone.toString();
    }

    public String text() {
        return text;
    }

    /** What the edits that led to this file could not keep as it was written. */
    public List<String> notes() {
        return notes;
    }

    public long serial() {
        return ((SOARecord) records.get(0).record()).getSerial();
    }

    /** The absolute name {@code owner} stands for in this zone ({@code @} → {@code target.milxc.}). */
    public String absoluteName(String owner) {
        return ownerName(owner).toString();
    }

    /**
     * The TXT strings of the {@code v=spf1} record at {@code owner}, as many as the record
     * has; empty when there is none. When there are several (an error in SPF), the first.
     */
    public List<String> spfRecord(String owner) {
        List<List<String>> all = spfRecords(owner);
        return all.isEmpty() ? List.of() : all.get(0);
    }

    /** Every {@code v=spf1} TXT record at {@code owner}; more than one makes SPF fail with a permerror. */
    public List<List<String>> spfRecords(String owner) {
        Name name = ownerName(owner);
        return records.stream().filter(r -> r.isSpfAt(name)).map(Located::strings).toList();
    }

    /**
     * This zone with the SPF record at {@code owner} holding {@code txtStrings}: the
     * existing {@code v=spf1} record is rewritten in place (its owner, TTL and class as
     * written, a comment after it kept), other TXT records stay untouched; without one, a
     * line with an explicit owner is added after the owner's last record (or at the end).
     * Further {@code v=spf1} records at the owner are removed, with a note.
     */
    public ZoneFile withSpfRecord(String owner, List<String> txtStrings) {
        Name name = ownerName(owner);
        TxtStrings.requireWritableSpf(name.toString(), txtStrings);
        return new SpfEdit(name, List.copyOf(txtStrings)).apply();
    }

    /** This zone without a {@code v=spf1} record at {@code owner}; the same zone when it has none. */
    public ZoneFile withoutSpfRecord(String owner) {
        return new SpfEdit(ownerName(owner), null).apply();
    }

    /**
     * The text with the SOA serial moved forward (see {@link SoaSerials}): only the serial's
     * digits change. Includes the notes of the edits before.
     */
    public ZoneEdit bumpSerial(LocalDate today) {
        Located soa = records.get(0);
        List<Token> words = soa.entry().words();
        int type = typeIndex(soa.entry(), "SOA");
        if (type < 0 || type + 3 >= words.size()) {
            throw new ZoneEditException(path + ":" + (soa.entry().firstLine() + 1) + ": the SOA serial could not be located");
        }
        Token serialToken = words.get(type + 3);
        long old = serial();
        if (!serialToken.text().matches("\\d+") || Long.parseLong(serialToken.text()) != old) {
            throw new ZoneEditException(path + ":" + (serialToken.line() + 1) + ": the SOA serial is written as "
                    + serialToken.text() + "; write it as a plain number so it can be counted up");
        }
        SoaSerials.Next next = SoaSerials.next(old, today);
        String[] contents = lines.contents().toArray(String[]::new);
        String line = contents[serialToken.line()];
        contents[serialToken.line()] = line.substring(0, serialToken.start()) + next.serial() + line.substring(serialToken.end());
        String newText = join(contents, lines.terminators().toArray(String[]::new));
        ZoneFile bumped = reread(newText, notes);
        if (bumped.serial() != next.serial() || !others(this, Type.SOA).equals(others(bumped, Type.SOA))) {
            throw new ZoneEditException(path + ": changing the serial would change other records; the file was left as it is");
        }
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(next.notes());
        return new ZoneEdit(newText, old, next.serial(), allNotes);
    }

    private Name ownerName(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("an owner name is required (@ for the zone apex)");
        }
        String o = owner.strip();
        String bare = zone.toString(true);
        try {
            Name name;
            if (o.equals("@")) {
                name = zone;
            } else if (!o.endsWith(".") && (o.equalsIgnoreCase(bare) || o.toLowerCase(Locale.ROOT).endsWith("." + bare.toLowerCase(Locale.ROOT)))) {
                name = Name.fromString(o + ".");
            } else {
                name = Name.fromString(o, zone);
            }
            if (!name.subdomain(zone)) {
                throw new IllegalArgumentException(owner + " is not in zone " + zone);
            }
            return name;
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a domain name: " + owner, e);
        }
    }

    private ZoneFile reread(String newText, List<String> newNotes) {
        try {
            return parse(path, zone, newText, newNotes);
        } catch (ZoneParseException e) {
            throw new ZoneEditException("the edited zone would not parse (" + e.getMessage() + "); the file was left as it is");
        }
    }

    /** The records of a file other than those {@code excluded} picks, with their TTLs, counted. */
    private static Map<String, Integer> others(ZoneFile file, java.util.function.Predicate<Located> excluded) {
        Map<String, Integer> counts = new HashMap<>();
        file.records.stream().filter(excluded.negate()).forEach(r -> counts.merge(r.record().toString(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> others(ZoneFile file, int excludedType) {
        return others(file, r -> r.record().getType() == excludedType);
    }

    /** Index among the entry's words of its type, after the owner, TTL and class. */
    private static int typeIndex(Entry entry, String type) {
        List<Token> words = entry.words();
        int start = entry.ownerGiven() ? 1 : 0;
        for (int i = start; i < Math.min(words.size(), start + 3); i++) {
            if (words.get(i).is(type)) {
                return i;
            }
        }
        return -1;
    }

    private static String ownerToken(Name name, Name origin) {
        if (name.equals(origin)) {
            return "@";
        }
        return name.subdomain(origin) ? name.relativize(origin).toString() : name.toString();
    }

    private static String join(String[] contents, String[] terminators) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < contents.length; i++) {
            if (contents[i] != null) {
                out.append(contents[i]).append(terminators[i]);
            }
        }
        return out.toString();
    }

    /** One change of the SPF record at an owner; {@code desired} null removes it. */
    private final class SpfEdit {

        private final Name owner;
        private final List<String> desired;
        private final String[] contents = lines.contents().toArray(String[]::new);
        private final String[] terminators = lines.terminators().toArray(String[]::new);
        private final List<String> newNotes = new ArrayList<>(notes);

        SpfEdit(Name owner, List<String> desired) {
            this.owner = owner;
            this.desired = desired;
        }

        ZoneFile apply() {
            List<Located> spf = records.stream().filter(r -> r.isSpfAt(owner)).toList();
            if (desired == null ? spf.isEmpty() : spf.size() == 1 && spf.get(0).strings().equals(desired)) {
                return ZoneFile.this;
            }
            Located kept = desired != null && !spf.isEmpty() ? spf.get(0) : null;
            List<Located> removed = spf.stream().filter(r -> r != kept).toList();
            if (kept != null) {
                rewrite(kept.entry());
            }
            for (Located r : removed) {
                for (int i = r.entry().firstLine(); i <= r.entry().lastLine(); i++) {
                    contents[i] = null;
                }
                if (desired != null) {
                    newNotes.add("line " + (r.entry().firstLine() + 1) + ": a second v=spf1 record at " + owner
                            + " was removed; SPF fails with a permerror when there are several");
                }
            }
            keepOwnersOfFollowingLines(removed);
            if (desired != null && kept == null) {
                insert();
            }
            ZoneFile edited = reread(join(contents, terminators), newNotes);
            verify(edited);
            return edited;
        }

        private void rewrite(Entry entry) {
            int type = typeIndex(entry, "TXT");
            Token typeToken = type < 0 ? null : entry.words().get(type);
            if (typeToken == null || typeToken.line() != entry.firstLine()) {
                throw new ZoneEditException(path + ":" + (entry.firstLine() + 1)
                        + ": the SPF record cannot be rewritten: its type is not on its first line");
            }
            String first = contents[entry.firstLine()];
            int gap = typeToken.end();
            while (gap < first.length() && (first.charAt(gap) == ' ' || first.charAt(gap) == '\t')) {
                gap++;
            }
            String separator = gap > typeToken.end() ? first.substring(typeToken.end(), gap) : " ";
            Token last = entry.lastToken();
            String suffix = lines.contents().get(last.line()).substring(last.end());
            contents[entry.firstLine()] = first.substring(0, typeToken.end()) + separator + TxtStrings.render(desired) + suffix;
            terminators[entry.firstLine()] = terminators[entry.lastLine()];
            for (int i = entry.firstLine() + 1; i <= entry.lastLine(); i++) {
                contents[i] = null;
            }
            if (entry.lastLine() > entry.firstLine()) {
                newNotes.add("lines " + (entry.firstLine() + 1) + "-" + (entry.lastLine() + 1) + ": the SPF record at " + owner
                        + " spanned several lines; it is now written on one line, and comments inside it were dropped");
            }
        }

        /**
         * A line without an owner takes the owner of the record before it: when that record
         * goes, the owner is written out on the line, so it keeps meaning what it meant.
         */
        private void keepOwnersOfFollowingLines(List<Located> removed) {
            boolean ownerGone = false;
            for (Located r : records) {
                if (removed.contains(r)) {
                    ownerGone |= r.entry().ownerGiven();
                    continue;
                }
                if (ownerGone && !r.entry().ownerGiven()) {
                    int line = r.entry().firstLine();
                    contents[line] = ownerToken(r.record().getName(), r.entry().origin()) + contents[line];
                    newNotes.add("line " + (line + 1) + ": had no owner and took it from the removed SPF record; its owner "
                            + ownerToken(r.record().getName(), r.entry().origin()) + " is now written out");
                }
                ownerGone = false;
            }
        }

        private void insert() {
            Located anchor = null;
            for (Located r : records) {
                if (r.record().getName().equals(owner)) {
                    anchor = r;
                }
            }
            String record = " IN TXT " + TxtStrings.render(desired);
            String line;
            int at;
            if (anchor != null) {
                at = anchor.entry().lastLine();
                line = ownerToken(owner, anchor.entry().origin()) + record;
            } else {
                boolean originChanges = entries.stream().anyMatch(e -> e.isDirective() && e.tokens().get(0).is("$ORIGIN"));
                line = (originChanges ? owner.toString() : ownerToken(owner, zone)) + record;
                at = contents.length - 1;
                while (contents[at] == null) {
                    at--;
                }
            }
            // The new line ends as the line before it did; a last line without a newline gets one before it.
            String newline = lines.terminators().stream().filter(t -> !t.isEmpty()).findFirst().orElse("\n");
            contents[at] = contents[at] + (terminators[at].isEmpty() ? newline : terminators[at]) + line;
        }

        private void verify(ZoneFile edited) {
            java.util.function.Predicate<Located> spfHere = r -> r.isSpfAt(owner);
            if (!others(ZoneFile.this, spfHere).equals(others(edited, spfHere))) {
                throw new ZoneEditException(path + ": changing the SPF record at " + owner
                        + " would change other records too; the file was left as it is");
            }
            List<List<String>> now = edited.records.stream().filter(spfHere).map(Located::strings).toList();
            List<List<String>> expected = desired == null ? List.of() : List.of(desired);
            if (!now.equals(expected)) {
                throw new ZoneEditException(path + ": the edited zone holds " + now + " at " + owner + " instead of " + expected);
            }
        }
    }
}
