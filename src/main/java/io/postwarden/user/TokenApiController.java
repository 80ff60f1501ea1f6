package io.postwarden.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Bearer tokens of the calling user")
class TokenApiController {

    private final TokenService service;

    TokenApiController(TokenService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Create a token", description = "The secret is in the answer and nowhere else; it cannot be shown again")
    ResponseEntity<CreatedToken> create(@Valid @RequestBody TokenInput input, Authentication caller) {
        CreatedToken created = service.create(caller.getName(), input);
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "List the caller's tokens, without secrets")
    List<TokenView> list(Authentication caller) {
        return service.list(caller.getName());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token", description = "Own tokens; an ADMIN may revoke any. Stops working at once")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication caller) {
        service.revoke(id, caller.getName(), Roles.isAdmin(caller));
        return ResponseEntity.noContent().build();
    }
}
