package io.postwarden.spf.lint;

import io.postwarden.spf.Mechanism;
import io.postwarden.spf.MechanismKind;
import io.postwarden.spf.Modifier;
import io.postwarden.spf.SpfRecord;
import io.postwarden.spf.SpfSyntaxException;
import io.postwarden.spf.dns.SpfDns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a record against what receivers enforce (RFC 7208): the grammar, the limit of
 * 10 DNS-querying terms counted through include: and redirect=, void lookups, loops, and
 * the habits that weaken SPF. DNS is optional; without it only the record itself is read.
 */
public final class SpfLinter {

    /** RFC 7208 §4.6.4: at most 10 terms that cause DNS queries. */
    public static final int MAX_LOOKUPS = 10;
    /** RFC 7208 §4.6.4: at most 2 lookups that find nothing. */
    public static final int MAX_VOID_LOOKUPS = 2;
    /** The classic DNS answer size over UDP without EDNS (RFC 1035 §4.2.1). */
    public static final int UDP_LIMIT = 512;

    private final SpfDns dns;
    private final Duration budget;

    public SpfLinter(SpfDns dns) {
        this(dns, Duration.ofSeconds(5));
    }

    /** {@code budget} bounds the time all DNS queries of one lint may take together. */
    public SpfLinter(SpfDns dns, Duration budget) {
        this.dns = dns;
        this.budget = budget;
    }

    public static SpfLinter withoutDns() {
        return new SpfLinter(null, Duration.ZERO);
    }

    /** Lints {@code recordText} as it would be published at {@code domain} (a fully qualified name). */
    public LintReport lint(String domain, String recordText) {
        List<Finding> findings = new ArrayList<>();
        SpfRecord record;
        try {
            record = SpfRecord.parse(recordText);
        } catch (SpfSyntaxException e) {
            findings.add(new Finding(Severity.ERROR, "syntax", e.getMessage(), e.position()));
            return new LintReport(findings);
        }
        RecordRules.check(domain, record, findings);
        if (dns != null && domain == null) {
            findings.add(new Finding(Severity.INFO, "no-domain", "Included records and lookups were not checked: the name the "
                    + "record is published at is not known", null));
        } else if (dns == null) {
            int lookups = RecordRules.lookups(record);
            if (lookups > MAX_LOOKUPS) {
                findings.add(tooManyLookups(lookups, "in this record alone"));
            }
            findings.add(new Finding(Severity.INFO, "no-dns", "Included records and lookups were not checked: no DNS resolver "
                    + "is configured for checking (setting postwarden.spf.resolver)", null));
        } else {
            new LookupWalk(dns, budget, findings).walk(domain, record);
        }
        return new LintReport(findings);
    }

    static Finding tooManyLookups(int lookups, String where) {
        return new Finding(Severity.ERROR, "too-many-lookups", "The record needs " + lookups + " DNS lookups " + where
                + "; receivers allow at most " + MAX_LOOKUPS + " (include, a, mx, ptr, exists and redirect each count) and "
                + "fail the check otherwise. Replace some includes with ip4:/ip6: networks.", null);
    }

    /** The rules that need nothing but the record. */
    static final class RecordRules {

        private RecordRules() {
        }

        static int lookups(SpfRecord record) {
            int count = (int) record.mechanisms().stream().filter(m -> m.kind().queriesDns()).count();
            if (record.redirect().isPresent() && record.all().isEmpty()) {
                count++;
            }
            return count;
        }

        static void check(String domain, SpfRecord record, List<Finding> findings) {
            Mechanism all = record.all().orElse(null);
            if (all != null) {
                switch (all.qualifier()) {
                    case PASS -> findings.add(new Finding(Severity.ERROR, "pass-all", (all.qualifierWritten() ? "+all" : "all without a qualifier (that is +all)")
                            + " lets every server on the internet send mail as this domain; end the record with -all (or ~all while testing)", all.position()));
                    case NEUTRAL -> findings.add(new Finding(Severity.INFO, "neutral-all", "?all says nothing about other senders; "
                            + "receivers treat unlisted servers as if there were no SPF record. Use ~all or -all once the list is complete",
                            all.position()));
                    default -> { }
                }
                boolean after = false;
                for (Mechanism m : record.mechanisms()) {
                    if (after) {
                        findings.add(new Finding(Severity.WARNING, "after-all", m.render() + " comes after all and is never "
                                + "evaluated; move it before all", m.position()));
                    }
                    after |= m == all;
                }
            }
            for (Mechanism m : record.mechanisms()) {
                if (m.kind() == MechanismKind.PTR) {
                    findings.add(new Finding(Severity.WARNING, "ptr", "ptr is slow, unreliable and deprecated (RFC 7208 §5.5); "
                            + "list the networks with ip4:/ip6: or the hosts with a: instead", m.position()));
                }
            }
            Modifier redirect = record.redirect().orElse(null);
            if (redirect != null && all != null) {
                findings.add(new Finding(Severity.WARNING, "redirect-ignored", "redirect=" + redirect.value() + " is ignored because "
                        + "the record has an all mechanism; remove one of them", redirect.position()));
            }
            if (all == null && redirect == null) {
                findings.add(new Finding(Severity.INFO, "no-all", "The record has no all at the end: mail from servers it does not "
                        + "list gets a neutral result. End it with -all (or ~all while testing)", null));
            }
            List<String> strings = record.toTxtStrings();
            if (strings.size() > 1) {
                findings.add(new Finding(Severity.INFO, "split", "The record is " + record.render().length() + " characters long; it "
                        + "is published as " + strings.size() + " strings of at most 255 characters, which receivers join", null));
            }
            int size = answerSize(domain, strings);
            if (size > UDP_LIMIT) {
                findings.add(new Finding(Severity.WARNING, "udp-size", "A DNS answer with this record takes about " + size
                        + " bytes, more than the " + UDP_LIMIT + " bytes of a plain UDP answer; some receivers will need TCP or "
                        + "fail to read it. Shorten the record", null));
            }
        }

        /** Header, question and one TXT answer, the owner name compressed to a pointer. */
        static int answerSize(String domain, List<String> strings) {
            int name = domain == null || domain.isEmpty() ? 1 : domain.length() + 2;
            int rdata = strings.stream().mapToInt(s -> s.length() + 1).sum();
            return 12 + name + 4 + 2 + 10 + rdata;
        }
    }
}
