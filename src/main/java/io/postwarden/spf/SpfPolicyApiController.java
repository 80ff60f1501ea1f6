package io.postwarden.spf;

import io.postwarden.spf.lint.Finding;
import io.postwarden.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/spf-policies")
@Tag(name = "SPF policies", description = "The SPF TXT record of a name in a mail domain's zone; only records without lint errors are stored")
class SpfPolicyApiController {

    private final SpfPolicyService service;

    SpfPolicyApiController(SpfPolicyService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List SPF policies", description = "Findings in the list come from a check of the record alone, without DNS; get one policy for the full check")
    PageResponse<SpfPolicyView> list(@ParameterObject @PageableDefault(size = 50, sort = "name") Pageable pageable) {
        return PageResponse.of(service.list(pageable), p -> SpfPolicyView.of(p, service.quickFindings(p)));
    }

    @GetMapping("/{id}")
    SpfPolicyView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a policy", description = "A record that does not parse or has lint errors gets 422 with the findings")
    ResponseEntity<SpfPolicyView> create(@RequestBody SpfPolicyInput input) {
        SpfPolicy created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/spf-policies/" + created.getId())).body(view(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a policy", description = "Send the version you read; a stale version gets 409")
    SpfPolicyView update(@PathVariable long id, @RequestBody SpfPolicyInput input) {
        return view(service.update(id, input));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(SpfPolicyRefusedException.class)
    ProblemDetail refused(SpfPolicyRefusedException e) {
        return problem(e);
    }

    static ProblemDetail problem(SpfPolicyRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Invalid SPF policy");
        problem.setProperty("errors", e.problems());
        problem.setProperty("findings", e.findings());
        return problem;
    }

    private SpfPolicyView view(SpfPolicy policy) {
        List<Finding> findings = service.lint(policy.ownerName(), policy.record()).findings();
        return SpfPolicyView.of(policy, findings);
    }
}
