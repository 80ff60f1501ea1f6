package io.postwarden.network;

import io.postwarden.syntax.Parses;
import io.postwarden.syntax.Syntax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A trusted network as entered in the form or sent to the API. Empty {@code hostIds}
 * means every mail host. {@code confirmWide} is write-only: it must be true to store a
 * wide network (see {@link io.postwarden.syntax.Cidr#isWide()}).
 */
public record TrustedNetworkInput(
        @NotBlank @Size(max = 64) @Parses(Syntax.CIDR) String cidr,
        @Size(max = 500) @Parses(Syntax.NOTE) String description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        Set<Long> hostIds,
        Boolean confirmWide,
        Long version) {

    public static TrustedNetworkInput blank() {
        return new TrustedNetworkInput("", "", null, new LinkedHashSet<>(), false, null);
    }

    static TrustedNetworkInput of(TrustedNetwork network) {
        Set<Long> ids = new LinkedHashSet<>();
        network.getHosts().forEach(h -> ids.add(h.getId()));
        return new TrustedNetworkInput(network.getCidr(), network.getDescription(), network.getExpiresOn(), ids, false,
                network.getVersion());
    }

    /** An unticked checkbox and a flag a tool leaves out both arrive as null: they mean false. */
    boolean wideConfirmed() {
        return Boolean.TRUE.equals(confirmWide);
    }
}
