package io.postwarden.push;

import io.postwarden.syntax.Cidr;
import io.postwarden.syntax.IpAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Asks a mail host, over SMTP from the console's own address, to take a message for a
 * domain it does not serve, and stops before any message is sent. A host that accepts
 * the recipient relays for strangers — unless the console is itself trusted by it, in
 * which case acceptance proves nothing.
 */
final class RelayProbe {

    enum Verdict { REFUSED, OPEN_RELAY, CANNOT_JUDGE, UNREACHABLE }

    record Result(Verdict verdict, String detail) {
    }

    private final Duration timeout;

    RelayProbe(Duration timeout) {
        this.timeout = timeout;
    }

    Result probe(String address, int port, String recipient, List<Cidr> trustedByHost) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            StringBuilder transcript = new StringBuilder();
            String consoleAddress = socket.getLocalAddress().getHostAddress();
            expect(in, transcript, "2");
            send(out, transcript, "EHLO relay-probe.postwarden.invalid");
            expect(in, transcript, "2");
            send(out, transcript, "MAIL FROM:<" + recipient + ">");
            String mailFrom = reply(in, transcript);
            if (!mailFrom.startsWith("2")) {
                return new Result(Verdict.REFUSED, "sender refused before the recipient was tried: " + mailFrom);
            }
            send(out, transcript, "RCPT TO:<" + recipient + ">");
            String rcpt = reply(in, transcript);
            send(out, transcript, "QUIT");
            boolean trusted = isTrusted(consoleAddress, trustedByHost);
            if (rcpt.startsWith("2")) {
                return trusted
                        ? new Result(Verdict.CANNOT_JUDGE, "accepted, but the console's address " + consoleAddress
                                + " is trusted by the host: " + rcpt)
                        : new Result(Verdict.OPEN_RELAY, "the host accepted mail for " + recipient + " from " + consoleAddress
                                + ", an address it does not trust: " + rcpt);
            }
            // Postfix's default relay restriction defers (454) rather than rejects: still a refusal to relay.
            if (rcpt.startsWith("5") || rcpt.toLowerCase(java.util.Locale.ROOT).contains("relay access denied")) {
                return new Result(Verdict.REFUSED, "relaying from " + consoleAddress + " refused: " + rcpt);
            }
            return new Result(Verdict.CANNOT_JUDGE, "temporary answer, neither accepted nor refused: " + rcpt);
        } catch (IOException | ProtocolException e) {
            return new Result(Verdict.UNREACHABLE, "no SMTP conversation with " + address + ":" + port + ": " + e.getMessage());
        }
    }

    private static boolean isTrusted(String consoleAddress, List<Cidr> trusted) {
        IpAddress console = IpAddress.parse(consoleAddress);
        return trusted.stream().anyMatch(cidr -> cidr.contains(console));
    }

    private static void send(OutputStream out, StringBuilder transcript, String line) throws IOException {
        transcript.append("> ").append(line).append('\n');
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void expect(BufferedReader in, StringBuilder transcript, String prefix) throws IOException {
        String reply = reply(in, transcript);
        if (!reply.startsWith(prefix)) {
            throw new ProtocolException("unexpected answer " + reply);
        }
    }

    /** The last line of a possibly multi-line reply. */
    private static String reply(BufferedReader in, StringBuilder transcript) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new ProtocolException("the server closed the connection");
            }
            transcript.append("< ").append(line).append('\n');
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }

    private static class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
