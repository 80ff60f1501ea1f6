package io.postwarden.audit;

import io.postwarden.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only trail of changes and logins; read only")
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    @Operation(summary = "List audit entries, newest first",
            description = "from is inclusive, to exclusive; each an instant, a UTC date-time or a date")
    PageResponse<AuditEventView> list(@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
                                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @ParameterObject @PageableDefault(size = 50) Pageable pageable) {
        return PageResponse.of(log.search(AuditFilter.parse(actor, kind, from, to), pageable), view -> view);
    }
}
