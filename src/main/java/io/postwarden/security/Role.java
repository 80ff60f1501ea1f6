package io.postwarden.security;

/** What a user may do. Each role includes the ones below it. */
public enum Role {
    /** Reads everything, changes nothing. */
    VIEWER,
    /** Edits the policy, plans, pushes and rolls back. */
    OPERATOR,
    /** Also manages users, hosts, credentials and host keys. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
