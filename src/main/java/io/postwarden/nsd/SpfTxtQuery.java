package io.postwarden.nsd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Address;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks one DNS server, by its IP address, what it serves: the check after a push that
 * NSD answers with the new record. Never goes through the system resolver, which may not
 * even know the server's zones.
 */
public final class SpfTxtQuery {

    private SpfTxtQuery() {
    }

    /**
     * The {@code v=spf1} TXT records served at {@code name}, each as its strings joined;
     * empty when there is none (or the name does not exist).
     *
     * @param serverAddress an IP address literal, never a host name
     * @throws UncheckedIOException when the server does not answer in time or answers with an error
     */
    public static List<String> query(String serverAddress, int port, String name, Duration timeout) {
        Message answer = ask(serverAddress, port, name, Type.TXT, timeout);
        List<String> records = new ArrayList<>();
        for (Record record : answer.getSection(Section.ANSWER)) {
            if (record instanceof TXTRecord txt && TxtStrings.isSpf(TxtStrings.of(txt))) {
                records.add(String.join("", TxtStrings.of(txt)));
            }
        }
        return records;
    }

    /** The SOA serial the server has for zone {@code zone}. */
    public static long querySerial(String serverAddress, int port, String zone, Duration timeout) {
        Message answer = ask(serverAddress, port, zone, Type.SOA, timeout);
        for (Record record : answer.getSection(Section.ANSWER)) {
            if (record instanceof SOARecord soa) {
                return soa.getSerial();
            }
        }
        throw new UncheckedIOException(new IOException(serverAddress + " has no SOA record for " + zone));
    }

    private static Message ask(String serverAddress, int port, String name, int type, Duration timeout) {
        InetAddress server;
        try {
            server = Address.getByAddress(serverAddress);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("the DNS server must be given as an IP address, not " + serverAddress, e);
        }
        Name query;
        try {
            query = Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a domain name: " + name, e);
        }
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress(server, port));
        resolver.setTimeout(timeout);
        Message request = Message.newQuery(Record.newRecord(query, type, DClass.IN));
        Message answer;
        try {
            answer = resolver.send(request);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer from DNS server " + serverAddress + " port " + port + " for "
                    + query + " " + Type.string(type) + ": " + e.getMessage(), e);
        }
        int rcode = answer.getRcode();
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            throw new UncheckedIOException(new IOException("DNS server " + serverAddress + " answered " + Rcode.string(rcode)
                    + " for " + query + " " + Type.string(type)));
        }
        return answer;
    }
}
