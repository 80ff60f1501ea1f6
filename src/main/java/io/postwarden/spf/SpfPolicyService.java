package io.postwarden.spf;

import io.postwarden.domain.MailDomain;
import io.postwarden.domain.MailDomainService;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.shared.Versions;
import io.postwarden.spf.lint.Finding;
import io.postwarden.spf.lint.LintReport;
import io.postwarden.spf.lint.Severity;
import io.postwarden.spf.lint.SpfLinter;
import io.postwarden.syntax.Characters;
import io.postwarden.syntax.InvalidValueException;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores SPF policies, and only records that parse and pass the lint without errors; the
 * push pipeline reads them with {@link #all()} and {@link #policiesFor(MailDomain)}.
 */
@Service
@Transactional
public class SpfPolicyService {

    /** The width of the record column. */
    public static final int MAX_RECORD_LENGTH = 4000;

    private final SpfPolicyRepository policies;
    private final MailDomainService domains;
    private final SpfLinter linter;

    SpfPolicyService(SpfPolicyRepository policies, MailDomainService domains, SpfLinter linter) {
        this.policies = policies;
        this.domains = domains;
        this.linter = linter;
    }

    @Transactional(readOnly = true)
    public Page<SpfPolicy> list(Pageable pageable) {
        return policies.findAll(pageable);
    }

    @Transactional(readOnly = true)
    public List<SpfPolicy> all() {
        return policies.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<SpfPolicy> policiesFor(MailDomain domain) {
        return policies.findByDomainOrderByNameAsc(domain);
    }

    @Transactional(readOnly = true)
    public SpfPolicy get(long id) {
        return policies.findById(id).orElseThrow(() -> new NotFoundException("SPF policy", id));
    }

    public SpfPolicy create(SpfPolicyInput input) {
        Checked checked = check(input);
        policies.findByDomainAndName(checked.domain(), checked.name()).ifPresent(other -> {
            throw ConflictException.taken("name", checked.name() + " in " + checked.domain().getName());
        });
        return policies.save(new SpfPolicy(checked.domain(), checked.name(), checked.record()));
    }

    public SpfPolicy update(long id, SpfPolicyInput input) {
        SpfPolicy policy = get(id);
        Versions.requireCurrent("SPF policy " + policy.ownerName(), input.version(), policy.getVersion());
        Checked checked = check(input);
        policies.findByDomainAndName(checked.domain(), checked.name()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw ConflictException.taken("name", checked.name() + " in " + checked.domain().getName());
        });
        policy.change(checked.domain(), checked.name(), checked.record());
        return policy;
    }

    public void delete(long id, Long version) {
        SpfPolicy policy = get(id);
        Versions.requireCurrentIfGiven("SPF policy " + policy.ownerName(), version, policy.getVersion());
        policies.delete(policy);
    }

    /** Lints a record as published at {@code ownerName}, with DNS when a resolver is configured. */
    public LintReport lint(String ownerName, String record) {
        if (record != null && record.length() > MAX_RECORD_LENGTH) {
            return new LintReport(List.of(tooLong(record)));
        }
        return linter.lint(ownerName, record);
    }

    /**
     * The findings of a stored record without asking DNS, for lists: fast whatever the
     * resolver does. Get one policy for the full check.
     */
    public List<Finding> quickFindings(SpfPolicy policy) {
        return SpfLinter.withoutDns().lint(policy.ownerName(), policy.record()).findings().stream()
                .filter(f -> !f.code().equals("no-dns")).toList();
    }

    /** Lints the record of an unsaved form: the owner name is built from whatever domain and name parse. */
    @Transactional(readOnly = true)
    public LintReport lintDraft(String domainName, String name, String record) {
        String owner = null;
        try {
            String domain = domains.findByName(domainName == null ? "" : domainName.strip()).map(MailDomain::getName)
                    .orElse(null);
            owner = domain == null ? null : SpfPolicy.ownerName(domain, checkName(name));
        } catch (InvalidValueException e) {
            owner = null;
        }
        return owner == null ? SpfLinter.withoutDns().lint(null, record) : lint(owner, record);
    }

    /** The mail domains a policy can be written for, by name. */
    @Transactional(readOnly = true)
    public List<String> domainNames() {
        return domains.all().stream().map(MailDomain::getName).sorted().toList();
    }

    private Checked check(SpfPolicyInput input) {
        String domainName = input.domain() == null ? "" : input.domain().strip();
        if (domainName.isEmpty()) {
            throw new SpfPolicyRefusedException("domain", "is required", List.of());
        }
        MailDomain domain = domains.findByName(domainName).orElseThrow(() -> new SpfPolicyRefusedException("domain",
                "\"" + shown(domainName) + "\" is not a mail domain known to Postwarden; add the domain first", List.of()));
        String name;
        try {
            name = checkName(input.name());
        } catch (InvalidValueException e) {
            throw new SpfPolicyRefusedException("name", e.getMessage(), List.of());
        }
        String owner = SpfPolicy.ownerName(domain.getName(), name);
        if (owner.length() > 253) {
            throw new SpfPolicyRefusedException("name", "makes the full name " + owner.length() + " characters long; a DNS name "
                    + "has at most 253", List.of());
        }
        String text = input.record();
        if (text == null || text.isBlank()) {
            throw new SpfPolicyRefusedException("record", "is required", List.of());
        }
        LintReport report = lint(owner, text);
        if (report.hasErrors()) {
            Finding first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
            throw new SpfPolicyRefusedException("record", first.message(), report.findings());
        }
        return new Checked(domain, name, SpfRecord.parse(text));
    }

    /** {@code @} (also for an empty name) or a relative name: labels of letters, digits, '-' and '_'. */
    static String checkName(String text) {
        if (text == null || text.isBlank() || text.strip().equals(SpfPolicy.APEX)) {
            return SpfPolicy.APEX;
        }
        String name = text.strip();
        Characters.requireAscii(name);
        if (name.endsWith(".")) {
            throw new InvalidValueException("must be relative to the domain (written without the domain and without a trailing dot), or @");
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new InvalidValueException("must not contain an empty label (two dots in a row, or a leading dot)");
            }
            if (label.length() > 63) {
                throw new InvalidValueException("has a label of " + label.length() + " characters; a label has at most 63");
            }
            for (char c : label.toCharArray()) {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                    throw new InvalidValueException("may contain only letters, digits, '-', '_' and dots, or be @; found '" + c + "'");
                }
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                throw new InvalidValueException("has a label that starts or ends with a hyphen (\"" + label + "\")");
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static Finding tooLong(String record) {
        return new Finding(Severity.ERROR, "too-long", "The record is " + record.length() + " characters long; at most "
                + MAX_RECORD_LENGTH + " can be stored (and a DNS answer over 512 bytes is already a problem)", null);
    }

    /** Quotes user input in a message without letting it run on: at most 100 characters. */
    private static String shown(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    private record Checked(MailDomain domain, String name, SpfRecord record) {
    }
}
