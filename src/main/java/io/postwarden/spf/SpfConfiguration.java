package io.postwarden.spf;

import io.postwarden.spf.dns.CachingSpfDns;
import io.postwarden.spf.dns.DnsjavaSpfDns;
import io.postwarden.spf.lint.SpfLinter;
import io.postwarden.syntax.InvalidValueException;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The linter the console uses: with the configured resolver, or without DNS when none is set. */
@Configuration(proxyBeanMethods = false)
class SpfConfiguration {

    @Bean
    SpfLinter spfLinter(SpfProperties properties, Clock clock) {
        String resolver = properties.resolver();
        if (resolver == null || resolver.isBlank()) {
            return SpfLinter.withoutDns();
        }
        ResolverAddress address = ResolverAddress.parse(resolver.strip());
        var dns = new CachingSpfDns(DnsjavaSpfDns.forResolver(address.host(), address.port(), properties.queryTimeout()),
                properties.cacheTtl(), clock);
        return new SpfLinter(dns, properties.lintBudget());
    }

    /** {@code 127.0.0.1:53}, {@code 127.0.0.1} (port 53), {@code [::1]:5353}: a literal address, never a name to resolve. */
    record ResolverAddress(String host, int port) {

        static ResolverAddress parse(String text) {
            try {
                String host = text;
                int port = 53;
                if (text.startsWith("[")) {
                    int close = text.indexOf(']');
                    host = text.substring(1, close);
                    if (close + 1 < text.length()) {
                        port = Integer.parseInt(text.substring(close + 2));
                    }
                } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
                    host = text.substring(0, text.indexOf(':'));
                    port = Integer.parseInt(text.substring(text.indexOf(':') + 1));
                }
                io.postwarden.syntax.IpAddress.parse(host);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return new ResolverAddress(host, port);
            } catch (RuntimeException e) {
                throw new IllegalStateException("postwarden.spf.resolver \"" + text + "\" must be an IP address with an optional "
                        + "port, such as 127.0.0.1:53 or [::1]:53", e instanceof InvalidValueException ? e : null);
            }
        }
    }
}
