package io.postwarden.user;

import io.postwarden.security.ApiToken;
import io.postwarden.security.ApiTokenRepository;
import io.postwarden.security.ApiTokenSecrets;
import io.postwarden.security.AppUser;
import io.postwarden.security.AppUserRepository;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import io.postwarden.syntax.FreeText;
import io.postwarden.syntax.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and revokes the API tokens of the calling user. */
@Service
class TokenService {

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final Clock clock;

    TokenService(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    CreatedToken create(String username, TokenInput input) {
        String name;
        try {
            name = FreeText.parse(input.name(), 100);
        } catch (InvalidValueException e) {
            throw new InvalidInputException("name", e.getMessage());
        }
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "is required");
        }
        if (input.expiresInDays() == null || input.expiresInDays() < 1 || input.expiresInDays() > 365) {
            throw new InvalidInputException("expiresInDays", "must be 1 to 365");
        }
        AppUser owner = owner(username);
        Instant now = clock.instant();
        String secret = ApiTokenSecrets.generate();
        ApiToken token = tokens.saveAndFlush(new ApiToken(owner.getId(), name, ApiTokenSecrets.hash(secret), now,
                now.plus(Duration.ofDays(input.expiresInDays()))));
        return new CreatedToken(token.getId(), token.getName(), secret, token.getExpiresAt());
    }

    @Transactional(readOnly = true)
    List<TokenView> list(String username) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(owner(username).getId()).stream()
                .map(token -> TokenView.of(token, now)).toList();
    }

    /** Revokes a token of the caller, or any token when the caller is an admin; others' tokens look unknown. */
    @Transactional
    void revoke(long id, String username, boolean admin) {
        AppUser caller = owner(username);
        ApiToken token = tokens.findById(id)
                .filter(t -> admin || t.getUserId().equals(caller.getId()))
                .orElseThrow(() -> new NotFoundException("Token", id));
        token.revoke(clock.instant());
        tokens.saveAndFlush(token);
    }

    private AppUser owner(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }
}
