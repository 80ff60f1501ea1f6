package io.postwarden.security;

import io.postwarden.config.PostwardenProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator when no user exists, so a fresh console can be
 * logged into. The password comes from POSTWARDEN_ADMIN_PASSWORD, or is generated and
 * shown exactly once: it is not stored anywhere but as a hash.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PostwardenProperties properties;
    private final Clock clock;

    AdminBootstrap(AppUserRepository users, PasswordEncoder encoder, PostwardenProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String password = properties.getAdminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        users.save(new AppUser("admin", encoder.encode(password), Role.ADMIN, clock.instant()));
        if (generated) {
            // Printed on stdout rather than logged so log shippers do not keep a copy.
            System.out.println("""

                    ==================================================================
                     Postwarden created the administrator account.
                       user:     admin
                       password: %s
                     It is shown only this once. Set POSTWARDEN_ADMIN_PASSWORD to choose it.
                    ==================================================================
                    """.formatted(password));
        } else {
            log.info("Created the administrator account 'admin' with the password from POSTWARDEN_ADMIN_PASSWORD");
        }
    }
}
