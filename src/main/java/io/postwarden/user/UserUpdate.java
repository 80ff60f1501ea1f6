package io.postwarden.user;

import io.postwarden.security.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change to a user: role, enabled, and a new password when one is given (empty or
 * absent keeps the old one). A version, when sent, must be the stored one.
 */
record UserUpdate(
        @NotNull(message = "is required") Role role,
        Boolean enabled,
        @Size(max = 128, message = "must be 12 to 128 characters long") String password,
        Long version) {

    boolean enabledOr(boolean current) {
        return enabled == null ? current : enabled;
    }

    boolean changesPassword() {
        return password != null && !password.isEmpty();
    }
}
