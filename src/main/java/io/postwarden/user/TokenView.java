package io.postwarden.user;

import io.postwarden.security.ApiToken;
import java.time.Instant;

/** A token as listed: everything but its secret, which is never stored. */
record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
                 boolean active) {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(), token.getRevokedAt(),
                token.getLastUsedAt(), token.isActive(now));
    }
}
