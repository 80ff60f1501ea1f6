package io.postwarden.nsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** Against a tiny authoritative server on 127.0.0.1, built with dnsjava; nothing leaves the loopback. */
class SpfTxtQueryTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    DatagramSocket socket;
    Thread server;
    volatile boolean answer = true;
    Map<String, List<List<String>>> txt = Map.of(
            "target.milxc.", List.of(List.of("google-site-verification=abc"), List.of("v=spf1 mx", " -all")),
            "mail.target.milxc.", List.of(List.of("v=spf1 a -all")));

    @BeforeEach
    void start() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server = new Thread(this::serve, "test-dns");
        server.setDaemon(true);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        socket.close();
        server.join(5000);
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                if (!answer) {
                    continue;
                }
                Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                Message response = respond(query);
                byte[] wire = response.toWire();
                socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    private Message respond(Message query) throws IOException {
        Record question = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        response.addRecord(question, Section.QUESTION);
        Name name = question.getName();
        if (question.getType() == Type.SOA && name.toString().equals("target.milxc.")) {
            response.addRecord(new SOARecord(name, DClass.IN, 300, Name.fromString("ns1.target.milxc."),
                    Name.fromString("hostmaster.target.milxc."), 2026112900L, 3600, 900, 604800, 300), Section.ANSWER);
        } else if (question.getType() == Type.TXT && txt.containsKey(name.toString())) {
            for (List<String> strings : txt.get(name.toString())) {
                response.addRecord(new TXTRecord(name, DClass.IN, 300, strings), Section.ANSWER);
            }
        } else if (!txt.containsKey(name.toString())) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        }
        return response;
    }

    @Test
    void returnsTheSpfRecordJoinedAndLeavesOtherTxtOut() {
        assertThat(SpfTxtQuery.query("127.0.0.1", socket.getLocalPort(), "target.milxc", TIMEOUT)).containsExactly("v=spf1 mx -all");
        assertThat(SpfTxtQuery.query("127.0.0.1", socket.getLocalPort(), "mail.target.milxc.", TIMEOUT)).containsExactly("v=spf1 a -all");
    }

    @Test
    void returnsNothingForANameWithoutRecords() {
        assertThat(SpfTxtQuery.query("127.0.0.1", socket.getLocalPort(), "nowhere.target.milxc", TIMEOUT)).isEmpty();
    }

    @Test
    void readsTheSerial() {
        assertThat(SpfTxtQuery.querySerial("127.0.0.1", socket.getLocalPort(), "target.milxc", TIMEOUT)).isEqualTo(2026112900L);
    }

    @Test
    void failsWhenTheServerDoesNotAnswer() {
        answer = false;

        assertThatThrownBy(() -> SpfTxtQuery.query("127.0.0.1", socket.getLocalPort(), "target.milxc", Duration.ofMillis(300)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("127.0.0.1");
    }

    @Test
    void refusesAHostNameSoTheSystemResolverIsNeverAsked() {
        assertThatThrownBy(() -> SpfTxtQuery.query("localhost", socket.getLocalPort(), "target.milxc", TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
