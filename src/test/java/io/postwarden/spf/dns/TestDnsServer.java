package io.postwarden.spf.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;

/** A tiny authoritative DNS server on 127.0.0.1 for tests: answers from a map, or stays silent. */
public final class TestDnsServer implements AutoCloseable {

    private final DatagramSocket socket;
    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    private TestDnsServer() throws SocketException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "test-dns-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    public static TestDnsServer start() {
        try {
            return new TestDnsServer();
        } catch (SocketException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    public DnsjavaSpfDns client(Duration timeout) {
        return DnsjavaSpfDns.forResolver("127.0.0.1", port(), timeout);
    }

    /** One TXT record; texts longer than 255 characters are cut into several strings, as a zone would hold them. */
    public TestDnsServer txt(String name, String text) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 255) {
            strings.add(text.substring(i, Math.min(text.length(), i + 255)));
        }
        return add(new TXTRecord(name(name), DClass.IN, 60, strings));
    }

    public TestDnsServer a(String name, String address) {
        try {
            return add(new ARecord(name(name), DClass.IN, 60, InetAddress.getByName(address)));
        } catch (IOException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    public TestDnsServer mx(String name, int priority, String exchange) {
        return add(new MXRecord(name(name), DClass.IN, 60, priority, name(exchange)));
    }

    /** From now on, every query goes unanswered, as with a resolver that is down. */
    public TestDnsServer silent() {
        silent = true;
        return this;
    }

    public List<String> queries() {
        return List.copyOf(queries);
    }

    private TestDnsServer add(Record record) {
        records.computeIfAbsent(record.getName(), n -> new CopyOnWriteArrayList<>()).add(record);
        return this;
    }

    private static Name name(String text) {
        try {
            return Name.fromString(text, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                if (silent) {
                    continue;
                }
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Record question = query.getQuestion();
                queries.add(question.getName() + " " + org.xbill.DNS.Type.string(question.getType()));
                Message response = new Message(query.getHeader().getID());
                response.getHeader().setFlag(Flags.QR);
                response.getHeader().setFlag(Flags.AA);
                response.addRecord(question, Section.QUESTION);
                List<Record> atName = records.get(question.getName());
                if (atName == null) {
                    response.getHeader().setRcode(Rcode.NXDOMAIN);
                } else {
                    atName.stream().filter(r -> r.getType() == question.getType()).forEach(r -> response.addRecord(r, Section.ANSWER));
                }
                byte[] wire = response.toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
