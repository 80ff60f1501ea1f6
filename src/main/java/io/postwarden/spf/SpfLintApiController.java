package io.postwarden.spf;

import io.postwarden.spf.lint.Finding;
import io.postwarden.spf.lint.LintReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import io.postwarden.shared.NotFoundException;
import io.postwarden.spf.suggest.SpfSuggester;
import io.postwarden.spf.suggest.Suggestion;
import io.postwarden.spf.suggest.SuggestionInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/spf")
@Tag(name = "SPF checks", description = "Check a record before storing it")
class SpfLintApiController {

    private final SpfPolicyService service;
    private final SpfDomainFacts facts;

    SpfLintApiController(SpfPolicyService service, SpfDomainFacts facts) {
        this.service = service;
        this.facts = facts;
    }

    @GetMapping("/suggest")
    @Operation(summary = "Suggest a record for a domain", description = "From the domain's mail hosts and the relay host of their "
            + "settings profile; a proposal to review, with the reason for each part")
    Suggestion suggest(@RequestParam String domain) {
        SuggestionInput input = facts.factsFor(domain).orElseThrow(() -> new NotFoundException("Mail domain", domain));
        return SpfSuggester.suggest(input);
    }

    @PostMapping("/lint")
    @Operation(summary = "Check an SPF record", description = "domain: the full name the record would be published at. "
            + "strings: the record as cut into TXT strings of at most 255 bytes (empty when it does not parse)")
    SpfLintResult lint(@RequestBody SpfLintRequest request) {
        String domain = request.domain() == null || request.domain().isBlank() ? null : SpfLintRequest.checkedDomain(request.domain());
        return SpfLintResult.of(service.lint(domain, request.record()), request.record());
    }

    /** A record to check and the full name it would be published at. */
    record SpfLintRequest(String domain, String record) {

        static String checkedDomain(String text) {
            try {
                String relative = SpfPolicyService.checkName(text.strip());
                if (relative.equals(SpfPolicy.APEX) || relative.indexOf('.') < 0) {
                    throw new io.postwarden.syntax.InvalidValueException("must be a fully qualified name such as example.org");
                }
                return relative;
            } catch (io.postwarden.syntax.InvalidValueException e) {
                throw new io.postwarden.shared.InvalidInputException("domain", e.getMessage());
            }
        }
    }

    /** What the linter says, and the record as TXT strings. */
    record SpfLintResult(boolean valid, List<Finding> findings, List<String> strings) {

        static SpfLintResult of(LintReport report, String record) {
            List<String> strings = report.valid() && record != null ? SpfRecord.parse(record).toTxtStrings() : List.of();
            return new SpfLintResult(report.valid(), report.findings(), strings);
        }
    }
}
