package io.postwarden.spf;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How SPF records are checked, under {@code postwarden.spf.*}.
 *
 * @param resolver the DNS resolver lint asks, {@code address:port} ({@code 127.0.0.1:53},
 *                 {@code [::1]:53}); when unset, records are checked without DNS. The
 *                 system resolver is never used.
 * @param queryTimeout longest wait for one DNS answer
 * @param lintBudget longest time all DNS queries of one check may take together
 * @param cacheTtl how long DNS answers are kept between checks
 */
@ConfigurationProperties("postwarden.spf")
public record SpfProperties(String resolver, Duration queryTimeout, Duration lintBudget, Duration cacheTtl) {

    public SpfProperties {
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(2) : queryTimeout;
        lintBudget = lintBudget == null ? Duration.ofSeconds(5) : lintBudget;
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(60) : cacheTtl;
    }
}
