package io.postwarden.nsd;

import java.util.List;

/**
 * The NSD programs Postwarden runs on a DNS host, as argument lists (the SSH layer
 * quotes them). {@code confPath} is the nsd.conf they read.
 */
public record NsdCommands(String confPath) {

    public static final String DEBIAN_CONF = "/etc/nsd/nsd.conf";

    public NsdCommands {
        if (confPath == null || confPath.isBlank() || !confPath.startsWith("/")) {
            throw new IllegalArgumentException("the path of nsd.conf must be absolute: " + confPath);
        }
    }

    /** NSD as Debian packages it: {@code /etc/nsd/nsd.conf}. */
    public static NsdCommands debian() {
        return new NsdCommands(DEBIAN_CONF);
    }

    /** Prints the zone file nsd.conf names for {@code zone} (see {@link NsdPaths#resolveZoneFile}). */
    public List<String> zonefileQuery(String zone) {
        return List.of("nsd-checkconf", "-z", zone, "-o", "zonefile", confPath);
    }

    /** Checks a zone file the way NSD will read it; exits non-zero on any error. */
    public List<String> checkZone(String zone, String file) {
        return List.of("nsd-checkzone", zone, file);
    }

    /** Makes the running NSD load the zone file again. */
    public List<String> reload(String zone) {
        return List.of("nsd-control", "-c", confPath, "reload", zone);
    }
}
