package io.postwarden.user;

import io.postwarden.security.Role;
import org.springframework.security.core.Authentication;

/** Reads the role of a caller from its authorities. */
final class Roles {

    private Roles() {
    }

    static boolean isAdmin(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }
}
