package io.postwarden.spf.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks one configured resolver with dnsjava's {@link SimpleResolver}; the system resolver
 * is never used, so what a lint says does not depend on the console's own machine.
 */
public final class DnsjavaSpfDns implements SpfDns {

    private final SimpleResolver resolver;
    private final String description;

    private DnsjavaSpfDns(SimpleResolver resolver, String description) {
        this.resolver = resolver;
        this.description = description;
    }

    /** A resolver at a literal address and port; {@code timeout} bounds each query. */
    public static DnsjavaSpfDns forResolver(String address, int port, Duration timeout) {
        InetAddress literal;
        try {
            literal = InetAddress.getByAddress(io.postwarden.syntax.IpAddress.parse(address).bytes());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("resolver address " + address, e);
        }
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress(literal, port));
        resolver.setTimeout(timeout);
        return new DnsjavaSpfDns(resolver, address + " port " + port);
    }

    @Override
    public List<String> txt(String name) {
        List<String> texts = new ArrayList<>();
        for (Record record : query(name, Type.TXT)) {
            if (record instanceof TXTRecord txt) {
                texts.add(String.join("", txt.getStrings()));
            }
        }
        return texts;
    }

    @Override
    public List<InetAddress> addresses(String name) {
        List<InetAddress> addresses = new ArrayList<>();
        for (Record record : query(name, Type.A)) {
            if (record instanceof ARecord a) {
                addresses.add(a.getAddress());
            }
        }
        for (Record record : query(name, Type.AAAA)) {
            if (record instanceof AAAARecord aaaa) {
                addresses.add(aaaa.getAddress());
            }
        }
        return addresses;
    }

    @Override
    public List<String> mx(String name) {
        List<String> exchanges = new ArrayList<>();
        for (Record record : query(name, Type.MX)) {
            if (record instanceof MXRecord mx) {
                String target = mx.getTarget().toString();
                exchanges.add(target.endsWith(".") ? target.substring(0, target.length() - 1) : target);
            }
        }
        return exchanges;
    }

    private List<Record> query(String name, int type) {
        Name owner;
        try {
            owner = Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            return List.of();
        }
        Message query = Message.newQuery(Record.newRecord(owner, type, DClass.IN));
        query.getHeader().setFlag(Flags.RD);
        Message response;
        try {
            response = resolver.send(query);
        } catch (IOException e) {
            throw new DnsUnavailableException("The DNS resolver " + description + " did not answer for " + name
                    + " (" + Type.string(type) + ")", e);
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return List.of();
        }
        if (rcode != Rcode.NOERROR) {
            throw new DnsUnavailableException("The DNS resolver " + description + " answered " + Rcode.string(rcode) + " for " + name);
        }
        return response.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type).toList();
    }
}
