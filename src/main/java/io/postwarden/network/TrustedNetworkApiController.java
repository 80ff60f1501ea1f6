package io.postwarden.network;

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
@RequestMapping("/api/v1/trusted-networks")
@Tag(name = "Trusted networks", description = "CIDRs that become mynetworks on the mail hosts they apply to (all mail hosts when hostIds is empty)")
class TrustedNetworkApiController {

    private final TrustedNetworkService service;

    TrustedNetworkApiController(TrustedNetworkService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List trusted networks", description = "expired is computed for today")
    PageResponse<TrustedNetworkView> list(@ParameterObject @PageableDefault(size = 50, sort = "id") Pageable pageable) {
        LocalDate today = service.today();
        return PageResponse.of(service.list(pageable), network -> TrustedNetworkView.of(network, today));
    }

    @GetMapping("/{id}")
    TrustedNetworkView get(@PathVariable long id) {
        return TrustedNetworkView.of(service.get(id), service.today());
    }

    @PostMapping
    @Operation(summary = "Trust a network", description = "A wide network (0.0.0.0/0, ::/0, public wider than /16, private /8) "
            + "is refused with 422 unless confirmWide is true")
    ResponseEntity<TrustedNetworkView> create(@Valid @RequestBody TrustedNetworkInput input) {
        TrustedNetwork created = service.create(input);
        return ResponseEntity.created(URI.create("/api/v1/trusted-networks/" + created.getId()))
                .body(TrustedNetworkView.of(created, service.today()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a trusted network", description = "Send the version you read; a stale version gets 409")
    TrustedNetworkView update(@PathVariable long id, @Valid @RequestBody TrustedNetworkInput input) {
        return TrustedNetworkView.of(service.update(id, input), service.today());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
