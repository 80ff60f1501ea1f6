package io.postwarden.user;

import io.postwarden.security.AppUser;
import io.postwarden.security.Role;
import java.time.Instant;

/** A user as the API and pages show it: never the password hash. */
record UserView(long id, long version, String username, Role role, boolean enabled, Instant createdAt) {

    static UserView of(AppUser user) {
        return new UserView(user.getId(), user.getVersion(), user.getUsername(), user.getRole(), user.isEnabled(),
                user.getCreatedAt());
    }
}
