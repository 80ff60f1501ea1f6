package io.postwarden.user;

import io.postwarden.security.Role;
import jakarta.validation.constraints.NotNull;

/** The user edit page: role, enabled, and a new password when the field is filled. */
record UserForm(@NotNull(message = "is required") Role role, boolean enabled, String password, Long version) {

    static UserForm of(UserView user) {
        return new UserForm(user.role(), user.enabled(), "", user.version());
    }

    UserUpdate toUpdate() {
        return new UserUpdate(role, enabled, password, version);
    }
}
