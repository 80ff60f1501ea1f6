package io.postwarden.drift;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Drift", description = "Whether each host still has what the database wants")
class DriftApiController {

    record DriftRequest(List<Long> hostIds) {
    }

    private final DriftService drift;

    DriftApiController(DriftService drift) {
        this.drift = drift;
    }

    @GetMapping("/api/v1/drift")
    @Operation(summary = "The last drift check of every host")
    List<DriftService.DriftView> current() {
        return drift.current();
    }

    @PostMapping("/api/v1/drift/checks")
    @Operation(summary = "Check hosts for drift now", description = "hostIds empty or absent: every host")
    List<DriftService.DriftView> check(@RequestBody(required = false) DriftRequest request) {
        return drift.check(request == null ? null : request.hostIds());
    }
}
