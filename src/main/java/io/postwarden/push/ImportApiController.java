package io.postwarden.push;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Import", description = "Adopt a host configured by hand")
class ImportApiController {

    record ImportRequest(long hostId) {
    }

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/v1/imports/preview")
    @Operation(summary = "What importing a host would create", description = "Reads the host's mynetworks, access map, "
            + "Postfix settings and SPF records; nothing is saved")
    ImportProposal preview(@RequestBody ImportRequest request) {
        return imports.preview(request.hostId());
    }

    @PostMapping("/api/v1/imports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a host", description = "Creates every new item of the preview, all or nothing")
    ImportProposal apply(@RequestBody ImportRequest request) {
        return imports.apply(request.hostId());
    }
}
