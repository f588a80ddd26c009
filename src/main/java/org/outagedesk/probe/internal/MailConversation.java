package org.outagedesk.probe.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeError;

/** Line-by-line talk with a mail server over one socket: send a command, read its reply. */
final class MailConversation {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    MailConversation(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        this.out = socket.getOutputStream();
    }

    Socket socket() {
        return socket;
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** One reply: for SMTP every line up to the last of a multi-line reply, else one line. */
    String reply(MailProtocol protocol) throws IOException, ProbeFailure {
        StringBuilder reply = new StringBuilder();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new ProbeFailure(ProbeError.PROTOCOL_ERROR, "EOF"
                        + (reply.isEmpty() ? "" : " ← " + reply));
            }
            reply.append(reply.isEmpty() ? "" : "\n").append(line);
            boolean smtpContinues = protocol.sends() && line.length() > 3 && line.charAt(3) == '-';
            if (!smtpContinues) {
                return reply.toString();
            }
        }
    }

    /** An IMAP reply to a tagged command: untagged lines until the tagged one. */
    String tagged(String tag) throws IOException, ProbeFailure {
        while (true) {
            String line = reply(MailProtocol.IMAP);
            if (line.startsWith(tag + " ")) {
                return line.substring(tag.length() + 1);
            }
        }
    }
}
