package io.postwarden.user;

/** The account page's password change: the current password, and the new one twice. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

    static PasswordForm blank() {
        return new PasswordForm("", "", "");
    }
}
