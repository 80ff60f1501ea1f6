package io.postwarden.user;

import io.postwarden.security.AppUser;
import io.postwarden.security.AppUserRepository;
import io.postwarden.security.Role;
import io.postwarden.shared.ConflictException;
import io.postwarden.shared.FieldProblem;
import io.postwarden.shared.InvalidInputException;
import io.postwarden.shared.NotFoundException;
import java.time.Clock;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and removes users; the console always keeps one enabled admin. */
@Service
class UserService {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserService(AppUserRepository users, PasswordEncoder encoder, Clock clock,
                FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<AppUser> list(Pageable pageable) {
        return users.findAll(pageable);
    }

    @Transactional(readOnly = true)
    AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional
    AppUser create(UserInput input) {
        if (users.existsByUsername(input.username())) {
            throw ConflictException.taken("username", input.username());
        }
        return users.saveAndFlush(new AppUser(input.username(), encoder.encode(input.password()), input.role(), clock.instant()));
    }

    @Transactional
    AppUser update(long id, UserUpdate change) {
        AppUser user = get(id);
        if (change.version() != null && change.version() != user.getVersion()) {
            throw ConflictException.staleVersion("User " + user.getUsername(), change.version(), user.getVersion());
        }
        if (change.changesPassword()) {
            checkPassword("password", change.password());
        }
        boolean enabled = change.enabledOr(user.isEnabled());
        boolean staysAdmin = change.role() == Role.ADMIN && enabled;
        if (!staysAdmin) {
            requireAnotherAdmin(user, "role");
        }
        boolean signOut = change.role() != user.getRole() || enabled != user.isEnabled() || change.changesPassword();
        user.changeRole(change.role());
        user.setEnabled(enabled);
        if (change.changesPassword()) {
            user.changePassword(encoder.encode(change.password()));
        }
        AppUser saved = users.saveAndFlush(user);
        if (signOut) {
            endSessions(saved.getUsername());
        }
        return saved;
    }

    @Transactional
    void disable(long id) {
        AppUser user = get(id);
        requireAnotherAdmin(user, "enabled");
        user.setEnabled(false);
        users.saveAndFlush(user);
        endSessions(user.getUsername());
    }

    @Transactional
    void delete(long id) {
        AppUser user = get(id);
        requireAnotherAdmin(user, "id");
        users.delete(user);
        users.flush();
        endSessions(user.getUsername());
    }

    /**
     * A browser signed in before an admin disabled the user, changed its role or reset its
     * password must not keep the old rights until its session expires.
     */
    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    /** Changes the caller's own password after checking the current one. */
    @Transactional
    void changeOwnPassword(String username, String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        checkPassword("newPassword", newPassword);
        user.changePassword(encoder.encode(newPassword));
        users.saveAndFlush(user);
    }

    private void requireAnotherAdmin(AppUser user, String field) {
        if (user.getRole() != Role.ADMIN || !user.isEnabled()) {
            return;
        }
        List<AppUser> admins = users.findByRoleAndEnabledTrue(Role.ADMIN);
        if (admins.stream().noneMatch(admin -> !admin.getId().equals(user.getId()))) {
            throw new ConflictException("User " + user.getUsername() + " is the last enabled admin; make another user admin first",
                    List.of(new FieldProblem(field, "would leave no enabled admin")));
        }
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(field, "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        }
    }
}
