package io.postwarden.ssh;

/** The key a host presented, read without authenticating, for an administrator to accept. */
public record HostKeyProbe(String fingerprint, String keyType, String publicKeyLine) {
}
