package io.postwarden.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a bearer secret into the authentication of its owner. Read from the database on
 * every call, never cached: a revoked token, a disabled owner or a changed role takes
 * effect on the next request.
 */
@Service
class BearerTokens {

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;

    BearerTokens(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiTokenSecrets.PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = tokens.findByTokenHash(ApiTokenSecrets.hash(secret)).filter(t -> t.isActive(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<AppUser> owner = users.findById(token.get().getUserId()).filter(AppUser::isEnabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        token.get().markUsed(now);
        AppUser user = owner.get();
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null,
                List.of(new SimpleGrantedAuthority(user.getRole().authority()))));
    }
}
