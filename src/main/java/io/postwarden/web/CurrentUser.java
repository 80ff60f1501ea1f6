package io.postwarden.web;

/** Who is looking at a page, for the layout's menu. */
public record CurrentUser(String username, String role) {

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    public boolean isOperator() {
        return "ADMIN".equals(role) || "OPERATOR".equals(role);
    }
}
