package io.postwarden.user;

import java.time.Instant;

/** The answer to a token creation: the only time the secret {@code token} is ever shown. */
record CreatedToken(long id, String name, String token, Instant expiresAt) {
}
