package io.postwarden.spf.dns;

import java.net.InetAddress;
import java.util.List;

/**
 * The DNS queries SPF checking makes. A name that does not exist, or has no record of
 * the type, gives an empty list; a resolver that does not answer in time throws
 * {@link DnsUnavailableException}.
 */
public interface SpfDns {

    /** The TXT records of {@code name}, each one's strings joined. */
    List<String> txt(String name);

    /** The A and AAAA addresses of {@code name}. */
    List<InetAddress> addresses(String name);

    /** The exchange names of the MX records of {@code name}, without the trailing dot. */
    List<String> mx(String name);
}
