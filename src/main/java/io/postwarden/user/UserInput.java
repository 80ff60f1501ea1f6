package io.postwarden.user;

import io.postwarden.security.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new user, from the API or the page. */
record UserInput(
        @NotNull(message = "is required") @Pattern(regexp = "[a-z0-9._-]{1,64}",
                message = "must be 1 to 64 of a-z, 0-9, dot, underscore, hyphen") String username,
        @NotNull(message = "is required") @Size(min = 12, max = 128, message = "must be 12 to 128 characters long") String password,
        @NotNull(message = "is required") Role role) {

    static UserInput blank() {
        return new UserInput("", "", Role.VIEWER);
    }
}
