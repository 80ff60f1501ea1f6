package io.postwarden.host;

import io.postwarden.ssh.GeneratedKey;
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
@RequestMapping("/api/v1/hosts")
@Tag(name = "Hosts", description = "Servers reached over SSH, with their roles (MAIL, DNS) and service paths")
class HostApiController {

    private final HostService service;

    HostApiController(HostService service) {
        this.service = service;
    }

    @GetMapping
    PageResponse<HostView> list(@ParameterObject @PageableDefault(size = 50, sort = "name") Pageable pageable) {
        return PageResponse.of(service.list(pageable), HostView::of);
    }

    @GetMapping("/{id}")
    HostView get(@PathVariable long id) {
        return HostView.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Add a host", description = "privateKey (OpenSSH or PEM) and password are write-only")
    ResponseEntity<HostView> create(@Valid @RequestBody HostInput input) {
        Host created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/hosts/" + created.getId())).body(HostView.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a host", description = "Send the version you read. An empty privateKey or password keeps the stored one.")
    HostView update(@PathVariable long id, @Valid @RequestBody HostInput input) {
        return HostView.of(service.update(id, input));
    }

    record GeneratedKeyView(String publicKey, String fingerprint) {
    }

    @PostMapping("/{id}/key")
    @Operation(summary = "Generate an ed25519 key pair for the host", description = "The private key is sealed and stored, "
            + "replacing the previous one, and never shown; install the answered publicKey in the host's authorized_keys")
    GeneratedKeyView generateKey(@PathVariable long id) {
        GeneratedKey key = service.generateKey(id);
        return new GeneratedKeyView(key.publicKeyLine(), key.fingerprint());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
