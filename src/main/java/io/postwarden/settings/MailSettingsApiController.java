package io.postwarden.settings;

import io.postwarden.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/v1/mail-settings")
@Tag(name = "Mail settings", description = "Profiles of Postfix settings; mail hosts use the default profile unless they name one")
class MailSettingsApiController {

    private final MailSettingsService service;

    MailSettingsApiController(MailSettingsService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List mail settings profiles")
    PageResponse<MailSettingsView> list(@ParameterObject @PageableDefault(size = 50, sort = "name") Pageable pageable) {
        return PageResponse.of(service.list(pageable), MailSettingsView::of);
    }

    @GetMapping("/{id}")
    MailSettingsView get(@PathVariable long id) {
        return MailSettingsView.of(service.get(id));
    }

    @PostMapping
    ResponseEntity<MailSettingsView> create(@Valid @RequestBody MailSettingsInput input) {
        MailSettings created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/mail-settings/" + created.getId())).body(MailSettingsView.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a profile", description = "Send the version you read; a stale version gets 409")
    MailSettingsView update(@PathVariable long id, @Valid @RequestBody MailSettingsInput input) {
        return MailSettingsView.of(service.update(id, input));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
