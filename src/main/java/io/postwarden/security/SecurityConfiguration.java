package io.postwarden.security;

import io.postwarden.config.PostwardenProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the API ({@code /api/**}) is stateless and takes HTTP Basic or a bearer
 * token, so tools need no session and no CSRF token; pages use a form login with a
 * session (stored in the database) and CSRF protection. Password logins on both doors
 * are throttled by {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] OPERATOR_API = {"/api/v1/domains/**", "/api/v1/trusted-networks/**", "/api/v1/access-entries/**",
            "/api/v1/spf-policies/**", "/api/v1/mail-settings/**", "/api/v1/pushes/**", "/api/v1/plans/**", "/api/v1/imports/**",
            "/api/v1/drift/**", "/api/v1/spf/**", "/api/v1/backups/**"};
    static final String[] ADMIN_API = {"/api/v1/hosts/**", "/api/v1/users/**", "/api/v1/keys/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_OPERATOR
                ROLE_OPERATOR > ROLE_VIEWER
                """);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, PostwardenProperties properties, BearerTokens bearerTokens,
                                 LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // Users are the keys to everything else: not even their list is shown below ADMIN.
                        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER")
                        // Self-service: each user manages their own tokens; the service checks ownership.
                        .requestMatchers("/api/v1/tokens/**").hasRole("VIEWER")
                        .requestMatchers("/api/v1/spf/lint").hasRole("VIEWER")
                        .requestMatchers(ADMIN_API).hasRole("ADMIN")
                        .requestMatchers(OPERATOR_API).hasRole("OPERATOR")
                        .anyRequest().hasRole("ADMIN"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(bearerTokens), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> Problems.write(response, 401, "Authentication required",
                                properties.getApi().isBasicAuthEnabled()
                                        ? "Send HTTP Basic credentials or an Authorization: Bearer token"
                                        : "Send an Authorization: Bearer token"))
                        .accessDeniedHandler((request, response, e) -> Problems.write(response, 403, "Forbidden",
                                "Your role does not allow this operation")));
        if (properties.getApi().isBasicAuthEnabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"postwarden\"");
                Problems.write(response, 401, "Authentication required", "Send HTTP Basic credentials or an Authorization: Bearer token");
            }));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        .requestMatchers("/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("VIEWER")
                        // Self-service: own password and own tokens.
                        .requestMatchers("/account/**").hasRole("VIEWER")
                        .requestMatchers("/spf-policies/lint").hasRole("VIEWER")
                        .requestMatchers("/hosts/**").hasRole("ADMIN")
                        .anyRequest().hasRole("OPERATOR"))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).deleteCookies("SESSION", "JSESSIONID").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }
}
