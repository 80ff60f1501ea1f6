package io.postwarden.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Calls every handler the application has (so an endpoint added later is covered without
 * touching this test) as anonymous, VIEWER, OPERATOR and ADMIN, and checks only whether
 * security let the call through: 401, 403 or a redirect to the login page mean refused,
 * anything else (200, 400, 404, 409, an exception in the handler…) means it got past.
 *
 * <p>Decisions recorded here: the login page, {@code /error} and static assets are
 * public; the OpenAPI document and Swagger UI need a login, since they map the attack
 * surface. Self-service endpoints (own tokens, own password, SPF lint) are open to
 * every role, VIEWER included.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RoleMatrixTest {

    private static final List<String> ADMIN_ONLY_ALWAYS = List.of("/api/v1/users", "/users");
    private static final List<String> ADMIN_ONLY_WRITES = List.of("/api/v1/hosts", "/hosts", "/api/v1/keys");
    private static final List<String> SELF_SERVICE = List.of("/api/v1/tokens", "/account", "/api/v1/spf/lint", "/spf-policies/lint");
    private static final List<String> POLICY = List.of("domains", "trusted-networks", "access-entries", "spf-policies",
            "mail-settings", "pushes", "plans", "imports", "drift", "spf", "backups");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    record Endpoint(HttpMethod method, String path) {

        boolean api() {
            return path.startsWith("/api/");
        }

        boolean read() {
            return method == HttpMethod.GET || method == HttpMethod.HEAD;
        }

        boolean isPublic() {
            return path.equals("/error") || (read() && path.equals("/login"));
        }

        boolean adminOnly() {
            return under(ADMIN_ONLY_ALWAYS) || (!read() && under(ADMIN_ONLY_WRITES));
        }

        boolean selfService() {
            return under(SELF_SERVICE);
        }

        boolean policyWrite() {
            return !read() && POLICY.stream().anyMatch(area -> under(List.of("/api/v1/" + area, "/" + area)));
        }

        private boolean under(List<String> prefixes) {
            return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyHandlerAnswersEachRoleAsTheMatrixSays() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).extracting(Endpoint::toString)
                .contains("POST /api/v1/users", "DELETE /api/v1/tokens/1", "GET /account", "POST /api/v1/mail-settings");

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            check(wrong, endpoint, "anonymous", expectedAnonymous(endpoint));
            check(wrong, endpoint, "VIEWER", endpoint.isPublic() || (!endpoint.adminOnly() && (endpoint.read() || endpoint.selfService())));
            Boolean operator = endpoint.isPublic() ? Boolean.TRUE
                    : endpoint.adminOnly() ? Boolean.FALSE
                    : endpoint.read() || endpoint.selfService() || endpoint.policyWrite() ? Boolean.TRUE
                    : null;
            check(wrong, endpoint, "OPERATOR", operator);
            check(wrong, endpoint, "ADMIN", true);
        }
        assertThat(wrong).as("endpoints whose security differs from the role matrix").isEmpty();
    }

    private static Boolean expectedAnonymous(Endpoint endpoint) {
        return endpoint.isPublic();
    }

    private void check(List<String> wrong, Endpoint endpoint, String who, Boolean expectedPast) throws Exception {
        if (expectedPast == null) {
            return;
        }
        Outcome outcome = call(endpoint, who);
        if (outcome.past() != expectedPast) {
            wrong.add(who + " " + endpoint + " -> " + outcome.description() + " (expected " + (expectedPast ? "past security" : "refused") + ")");
        }
        if (!expectedPast && who.equals("anonymous")) {
            boolean rightRefusal = endpoint.api() ? outcome.status() == 401 : outcome.toLogin();
            if (!rightRefusal) {
                wrong.add("anonymous " + endpoint + " -> " + outcome.description() + " (expected " + (endpoint.api() ? "401" : "redirect to login") + ")");
            }
        } else if (!expectedPast && outcome.status() != 403) {
            wrong.add(who + " " + endpoint + " -> " + outcome.description() + " (expected 403)");
        }
    }

    record Outcome(int status, String location, String failure) {

        boolean toLogin() {
            return status == 302 && location != null && (location.endsWith("/login") || location.contains("/login?"));
        }

        boolean past() {
            return failure != null || (status != 401 && status != 403 && !toLogin());
        }

        String description() {
            return failure != null ? "handler threw " + failure : status + (location == null ? "" : " " + location);
        }
    }

    private Outcome call(Endpoint endpoint, String who) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path());
        if (!who.equals("anonymous")) {
            request.with(user("matrix-" + who.toLowerCase()).roles(who));
        }
        if (endpoint.api()) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        } else if (!endpoint.read()) {
            request.with(csrf());
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return new Outcome(response.getStatus(), response.getRedirectedUrl(), null);
        } catch (Exception e) {
            // The handler ran and failed on the dummy input: security let the call through.
            return new Outcome(0, null, e.getClass().getSimpleName());
        }
    }

    private List<Endpoint> endpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                    : methods.stream().filter(m -> m != RequestMethod.OPTIONS).map(m -> HttpMethod.valueOf(m.name())).toList();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^/]*?}", "1").replace("**", "x").replace("*", "x");
                for (HttpMethod method : httpMethods) {
                    if (seen.add(method + " " + path)) {
                        endpoints.add(new Endpoint(method, path));
                    }
                }
            }
        }
        return endpoints;
    }
}
