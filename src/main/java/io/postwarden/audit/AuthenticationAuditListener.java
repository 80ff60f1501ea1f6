package io.postwarden.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts logins into the trail: every failed attempt (with the name tried and the reason,
 * never the password), and every successful sign-in to the pages. An API call with HTTP
 * Basic authenticates on every request, so its successes are not logins and are not
 * recorded; its failures are.
 */
@Component
class AuthenticationAuditListener {

    static final String LOGIN = "LOGIN";
    static final String LOGIN_FAILED = "LOGIN_FAILED";

    private final AuditLog log;

    AuthenticationAuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (isApiRequest()) {
            return;
        }
        String user = event.getAuthentication().getName();
        log.recordAs(user, LOGIN, "user", user, user + " signed in", null, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String tried = event.getAuthentication() == null ? null : event.getAuthentication().getName();
        String name = tried == null || tried.isBlank() ? "(no user name)" : tried;
        log.recordAs(name, LOGIN_FAILED, "user", name, "failed sign-in as " + name + ": " + event.getException().getMessage()
                + (isApiRequest() ? " (API)" : ""), null, null);
    }

    private static boolean isApiRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith("/api/");
    }
}
