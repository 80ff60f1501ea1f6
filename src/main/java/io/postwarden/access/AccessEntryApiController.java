package io.postwarden.access;

import io.postwarden.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/access-entries")
@Tag(name = "Access entries", description = "Lines of the access map (key and action) on the mail hosts they apply to (all mail hosts when hostIds is empty)")
class AccessEntryApiController {

    private final AccessEntryService service;

    AccessEntryApiController(AccessEntryService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List access entries", description = "expired is computed for today")
    PageResponse<AccessEntryView> list(@ParameterObject @PageableDefault(size = 50, sort = "mapKey") Pageable pageable) {
        LocalDate today = service.today();
        return PageResponse.of(service.list(pageable), entry -> AccessEntryView.of(entry, today));
    }

    @GetMapping("/{id}")
    AccessEntryView get(@PathVariable long id) {
        return AccessEntryView.of(service.get(id), service.today());
    }

    @PostMapping
    @Operation(summary = "Add an access entry", description = "key: domain, .domain, user@domain, user@, IP address or IPv4 "
            + "network prefix (192.168.1); action: OK, REJECT, DISCARD, HOLD, DUNNO, PERMIT, 4NN/5NN text, ...")
    ResponseEntity<AccessEntryView> create(@Valid @RequestBody AccessEntryInput input) {
        AccessEntry created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/access-entries/" + created.getId()))
                .body(AccessEntryView.of(created, service.today()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an access entry", description = "Send the version you read; a stale version gets 409")
    AccessEntryView update(@PathVariable long id, @Valid @RequestBody AccessEntryInput input) {
        return AccessEntryView.of(service.update(id, input), service.today());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
