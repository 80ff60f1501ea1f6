package io.postwarden.push;

import io.postwarden.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pushes", description = "Plan and apply the policy on hosts, with live progress")
class PushApiController {

    /** {@code hostIds} empty or absent: every host. {@code planDigest}: apply only if the plan is still this one. */
    record PushRequest(List<Long> hostIds, String planDigest) {
    }

    record PlanRequest(List<Long> hostIds) {
    }

    private final PushService pushes;
    private final PlanService plans;

    PushApiController(PushService pushes, PlanService plans) {
        this.pushes = pushes;
        this.plans = plans;
    }

    @PostMapping("/api/v1/pushes")
    @Operation(summary = "Start a push", description = "Answers 202 at once; follow GET /api/v1/pushes/{id}. With planDigest, "
            + "refuses with 409 and the new plan when the database or a host changed since that plan was made.")
    ResponseEntity<PushView> start(@RequestBody(required = false) PushRequest request, Principal principal) {
        PushRequest body = request == null ? new PushRequest(null, null) : request;
        if (body.planDigest() != null) {
            PlanService.FleetPlan current = plans.plan(body.hostIds());
            if (!current.digest().equals(body.planDigest())) {
                throw new StalePlanException(current);
            }
        }
        PushView started = pushes.start(body.hostIds(), principal.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/pushes/" + started.id())).body(started);
    }

    @PostMapping("/api/v1/pushes/{id}/restore")
    @Operation(summary = "Restore hosts to their state before a push", description = "From the backups that push left on "
            + "each host it changed; answers 202 with the restore, followed like a push")
    ResponseEntity<PushView> restore(@PathVariable long id, Principal principal) {
        PushView started = pushes.restore(id, principal.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/pushes/" + started.id())).body(started);
    }

    @GetMapping("/api/v1/pushes")
    PageResponse<PushView> list(@ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(pushes.list(pageable), view -> view);
    }

    @GetMapping("/api/v1/pushes/{id}")
    @Operation(summary = "A push with its progress and, per host, every command run with its exit code and output")
    PushView get(@PathVariable long id) {
        return pushes.view(id, true);
    }

    @PostMapping("/api/v1/plans")
    @Operation(summary = "Plan without changing anything", description = "Per host: the changes (empty when in sync) and the "
            + "exact commands apply would run. Pass the digest to POST /api/v1/pushes to apply exactly this plan.")
    PlanService.FleetPlan plan(@RequestBody(required = false) PlanRequest request) {
        return plans.plan(request == null ? null : request.hostIds());
    }

    @ExceptionHandler(StalePlanException.class)
    ProblemDetail stale(StalePlanException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The plan is stale");
        problem.setProperty("plan", e.current());
        return problem;
    }

    static class StalePlanException extends RuntimeException {
        private final transient PlanService.FleetPlan current;

        StalePlanException(PlanService.FleetPlan current) {
            super("the database or a host changed since this plan was made: review the new plan (digest "
                    + current.digest() + ") and apply that one");
            this.current = current;
        }

        PlanService.FleetPlan current() {
            return current;
        }
    }
}
