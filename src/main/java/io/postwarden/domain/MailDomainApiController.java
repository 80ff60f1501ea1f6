package io.postwarden.domain;

import io.postwarden.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
@RequestMapping("/api/v1/domains")
@Tag(name = "Domains", description = "Mail domains: the mail hosts that serve them and the DNS hosts that carry their zone")
class MailDomainApiController {

    private final MailDomainService service;

    MailDomainApiController(MailDomainService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List domains")
    PageResponse<MailDomainView> list(@ParameterObject @PageableDefault(size = 50, sort = "name") Pageable pageable) {
        return PageResponse.of(service.list(pageable), MailDomainView::of);
    }

    @GetMapping("/{id}")
    MailDomainView get(@PathVariable long id) {
        return MailDomainView.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Add a domain", description = "mailHostIds must name MAIL hosts, dnsHostIds DNS hosts; zoneFile is an optional absolute path")
    ResponseEntity<MailDomainView> create(@Valid @RequestBody MailDomainInput input) {
        MailDomain created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/domains/" + created.getId())).body(MailDomainView.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a domain", description = "Send the version you read; a stale version gets 409")
    MailDomainView update(@PathVariable long id, @Valid @RequestBody MailDomainInput input) {
        return MailDomainView.of(service.update(id, input));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a domain", description = "Its SPF policies are deleted with it")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
