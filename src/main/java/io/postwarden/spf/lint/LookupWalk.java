package io.postwarden.spf.lint;

import io.postwarden.spf.Mechanism;
import io.postwarden.spf.MechanismKind;
import io.postwarden.spf.Modifier;
import io.postwarden.spf.SpfRecord;
import io.postwarden.spf.SpfSyntaxException;
import io.postwarden.spf.dns.DnsUnavailableException;
import io.postwarden.spf.dns.SpfDns;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Follows include: and redirect= as a receiver would, counting the terms that query DNS
 * and the lookups that find nothing. Answers are cached for the walk, and the walk stops
 * when its time budget is spent: a slow resolver gives a warning, never a hang.
 */
final class LookupWalk {

    private static final int MAX_MX_NAMES = 10;
    /** Past this many lookups the verdict is clear; walking further only costs queries. */
    private static final int STOP_AFTER = 30;

    private final SpfDns dns;
    private final long deadline;
    private final List<Finding> findings;
    private final Map<String, Object> cache = new HashMap<>();
    private final Deque<String> chain = new ArrayDeque<>();
    private int lookups;
    private int voids;
    private boolean macrosSkipped;

    LookupWalk(SpfDns dns, Duration budget, List<Finding> findings) {
        this.dns = dns;
        this.deadline = System.nanoTime() + budget.toNanos();
        this.findings = findings;
    }

    void walk(String domain, SpfRecord record) {
        try {
            List<String> published = spfRecords(domain);
            if (published.size() > 1) {
                findings.add(new Finding(Severity.WARNING, "multiple-records", domain + " publishes " + published.size()
                        + " SPF records right now; receivers treat that as a permanent error. Keep exactly one", null));
            }
            chain.push(key(domain));
            evaluate(domain, record, true);
        } catch (DnsUnavailableException e) {
            findings.add(new Finding(Severity.WARNING, "dns-unavailable", "Lookups could not be checked: " + e.getMessage(), null));
            return;
        } catch (OutOfTime e) {
            findings.add(new Finding(Severity.WARNING, "dns-time-limit", "Lookups could not all be checked: DNS took longer than "
                    + "the time allowed for a check; the counts below are incomplete", null));
        }
        if (lookups > SpfLinter.MAX_LOOKUPS) {
            findings.add(SpfLinter.tooManyLookups(lookups, "counting the records it includes"));
        }
        if (voids > SpfLinter.MAX_VOID_LOOKUPS) {
            findings.add(new Finding(Severity.WARNING, "void-lookups", voids + " lookups of this record find nothing (names "
                    + "without the records asked for); receivers allow at most " + SpfLinter.MAX_VOID_LOOKUPS
                    + " and may fail the check. Remove the terms that point at nothing", null));
        }
    }

    private void evaluate(String domain, SpfRecord record, boolean top) {
        for (Mechanism m : record.mechanisms()) {
            if (!m.kind().queriesDns()) {
                continue;
            }
            lookups++;
            if (lookups > STOP_AFTER) {
                return;
            }
            String target = m.target() == null ? domain : m.target();
            if (target.indexOf('%') >= 0) {
                noteMacros();
                continue;
            }
            Integer position = top ? m.position() : null;
            switch (m.kind()) {
                case INCLUDE -> follow(target, "include:" + target, position, "include-no-record");
                case A -> voidIf(lookup("a", target, dns::addresses).isEmpty());
                case MX -> {
                    List<String> names = lookup("mx", target, dns::mx);
                    voidIf(names.isEmpty());
                    if (names.size() > MAX_MX_NAMES) {
                        findings.add(new Finding(Severity.ERROR, "too-many-mx", target + " has " + names.size() + " MX records; "
                                + "the mx mechanism allows at most " + MAX_MX_NAMES, position));
                    }
                }
                case EXISTS -> voidIf(lookup("a", target, dns::addresses).isEmpty());
                default -> { }
            }
        }
        Modifier redirect = record.redirect().orElse(null);
        if (redirect != null && record.all().isEmpty()) {
            lookups++;
            if (redirect.value().indexOf('%') >= 0) {
                noteMacros();
            } else {
                follow(redirect.value(), "redirect=" + redirect.value(), top ? redirect.position() : null, "redirect-no-record");
            }
        }
    }

    private void follow(String target, String term, Integer position, String noRecordCode) {
        String key = key(target);
        if (chain.contains(key)) {
            findings.add(new Finding(Severity.ERROR, "loop", term + " leads back to " + target + " (" + String.join(" → ", reversedChain())
                    + " → " + target + "); receivers stop with an error", position));
            return;
        }
        List<String> txt = lookup("txt", target, dns::txt);
        voidIf(txt.isEmpty());
        List<String> spf = txt.stream().filter(LookupWalk::isSpf).toList();
        if (spf.size() != 1) {
            findings.add(new Finding(Severity.WARNING, noRecordCode, target + (spf.isEmpty() ? " has no SPF record" : " has "
                    + spf.size() + " SPF records") + "; receivers fail the check when they reach " + term, position));
            return;
        }
        SpfRecord included;
        try {
            included = SpfRecord.parse(spf.get(0));
        } catch (SpfSyntaxException e) {
            findings.add(new Finding(Severity.WARNING, "included-syntax", "The SPF record of " + target + " (reached by " + term
                    + ") does not parse: " + e.getMessage(), position));
            return;
        }
        chain.push(key);
        evaluate(target, included, false);
        chain.pop();
    }

    private List<String> reversedChain() {
        List<String> names = new java.util.ArrayList<>(chain);
        java.util.Collections.reverse(names);
        return names;
    }

    private List<String> spfRecords(String domain) {
        return lookup("txt", domain, dns::txt).stream().filter(LookupWalk::isSpf).toList();
    }

    static boolean isSpf(String txt) {
        return txt.equals(SpfRecord.VERSION) || txt.toLowerCase(Locale.ROOT).startsWith(SpfRecord.VERSION + " ");
    }

    private void voidIf(boolean empty) {
        if (empty) {
            voids++;
        }
    }

    private void noteMacros() {
        if (!macrosSkipped) {
            macrosSkipped = true;
            findings.add(new Finding(Severity.INFO, "macros", "Terms with macros depend on each message and were counted but not "
                    + "followed", null));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> lookup(String type, String name, Function<String, List<T>> query) {
        String cacheKey = type + " " + key(name);
        Object cached = cache.get(cacheKey);
        if (cached != null) {
            return (List<T>) cached;
        }
        if (System.nanoTime() - deadline >= 0) {
            throw new OutOfTime();
        }
        List<T> answer = query.apply(name);
        cache.put(cacheKey, answer);
        return answer;
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super(null, null, false, false);
        }
    }
}
