package io.postwarden.user;

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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Who may log in and with which role; ADMIN only")
class UserApiController {

    private final UserService service;

    UserApiController(UserService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "List users")
    PageResponse<UserView> list(@ParameterObject @PageableDefault(size = 50, sort = "username") Pageable pageable) {
        return PageResponse.of(service.list(pageable), UserView::of);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return UserView.of(service.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a user", description = "Password 12 to 128 characters; a taken username gets 409")
    ResponseEntity<UserView> create(@Valid @RequestBody UserInput input) {
        UserView created = UserView.of(service.create(input));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change role, enabled, and optionally the password",
            description = "Demoting or disabling the last enabled admin gets 409")
    UserView update(@PathVariable long id, @Valid @RequestBody UserUpdate change) {
        return UserView.of(service.update(id, change));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
