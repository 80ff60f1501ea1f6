package io.postwarden.host;

import io.postwarden.syntax.Parses;
import io.postwarden.syntax.Syntax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A host as entered in the form or sent to the API. {@code privateKey} and
 * {@code password} are write-only: left empty on an update, the stored ones are kept.
 */
public record HostInput(
        @NotBlank @Size(max = 253) @Parses(Syntax.DNS_NAME) String name,
        @NotBlank @Size(max = 253) @Parses(Syntax.HOST_ADDRESS) String address,
        @Min(1) @Max(65535) Integer port,
        @NotBlank @Parses(Syntax.UNIX_USER) String username,
        @NotEmpty(message = "must name at least one role: MAIL, DNS") Set<HostRole> roles,
        @Size(max = 16384) String privateKey,
        @Size(max = 1024) String password,
        Boolean removePassword,
        Boolean sudo,
        @Parses(Syntax.HOST_PATH) String postfixConfigDirectory,
        @Parses(Syntax.HOST_PATH) String accessMapPath,
        @Pattern(regexp = "hash|lmdb|cdb|btree", message = "must be one of hash, lmdb, cdb, btree") String accessMapType,
        @Parses(Syntax.HOST_PATH) String nsdConfigFile,
        @Min(1) @Max(65535) Integer dnsPort,
        @Parses(Syntax.HOST_PATH) String policydSpfConfigFile,
        Long mailSettingsId,
        @Size(max = 500) @Parses(Syntax.NOTE) String description,
        Long version) {

    public static final String DEFAULT_POSTFIX_DIRECTORY = "/etc/postfix";
    public static final String DEFAULT_NSD_CONFIG = "/etc/nsd/nsd.conf";
    public static final String DEFAULT_POLICYD_SPF_CONFIG = "/etc/postfix-policyd-spf-python/policyd-spf.conf";

    public static HostInput blank() {
        return new HostInput("", "", 22, "", Set.of(HostRole.MAIL), null, null, false, true, DEFAULT_POSTFIX_DIRECTORY,
                DEFAULT_POSTFIX_DIRECTORY + "/access", "hash", DEFAULT_NSD_CONFIG, 53, DEFAULT_POLICYD_SPF_CONFIG, null, "", null);
    }

    static HostInput of(Host host) {
        return new HostInput(host.getName(), host.getAddress(), host.getPort(), host.getUsername(), host.roles(), null, null,
                false, host.isSudo(), host.getPostfixConfigDirectory(), host.getAccessMapPath(), host.getAccessMapType(),
                host.getNsdConfigFile(), host.getDnsPort(), host.getPolicydSpfConfigFile(),
                host.getMailSettings() == null ? null : host.getMailSettings().getId(), host.getDescription(), host.getVersion());
    }

    String postfixDirectoryOrDefault() {
        return blank(postfixConfigDirectory) ? DEFAULT_POSTFIX_DIRECTORY : postfixConfigDirectory;
    }

    String accessMapPathOrDefault() {
        return blank(accessMapPath) ? postfixDirectoryOrDefault() + "/access" : accessMapPath;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
