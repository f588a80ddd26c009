package org.outagedesk.probe.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeError;
import org.outagedesk.probe.ProbeStep;
import org.outagedesk.probe.TlsMode;

/**
 * Checks one mail endpoint over a plain socket: TCP connect, greeting, TLS (implicit or
 * STARTTLS) with the certificate's expiry, and the login if credentials are set; records the
 * latency of each step and the exact error of the first that fails.
 */
final class MailProber {

    private static final String EHLO = "EHLO outagedesk.probe";

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Clock clock;

    MailProber(Duration connectTimeout, Duration readTimeout, Clock clock) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    ProbeOutcome probe(ProbeTarget target) {
        StepTimer steps = new StepTimer();
        Integer[] daysLeft = {null};
        try (Socket plain = new Socket()) {
            steps.run("connect", () -> {
                plain.connect(new InetSocketAddress(target.host(), target.port()), (int) connectTimeout.toMillis());
                plain.setSoTimeout((int) readTimeout.toMillis());
                return target.host() + ":" + target.port();
            });
            MailConversation talk = new MailConversation(plain);
            if (target.tls() == TlsMode.IMPLICIT) {
                talk = steps.run("tls", () -> handshake(plain, target, daysLeft));
            }
            MailConversation greeted = talk;
            steps.run("greeting", () -> greeting(greeted, target.protocol()));
            if (target.tls() == TlsMode.STARTTLS) {
                talk = steps.run("starttls", () -> startTls(greeted, target, daysLeft));
            }
            if (target.login()) {
                MailConversation secured = talk;
                steps.run("login", () -> login(secured, target));
            }
            quit(talk, target.protocol());
            return steps.succeeded(daysLeft[0]);
        } catch (IOException | RuntimeException | ProbeFailure e) {
            return steps.failed(ProbeFailure.of(e), daysLeft[0]);
        }
    }

    private String greeting(MailConversation talk, MailProtocol protocol) throws IOException, ProbeFailure {
        String greeting = talk.reply(protocol);
        boolean good = switch (protocol) {
            case SMTP, SUBMISSION -> greeting.startsWith("220");
            case IMAP -> greeting.startsWith("* OK") || greeting.startsWith("* PREAUTH");
            case POP3 -> greeting.startsWith("+OK");
        };
        if (!good) {
            throw new ProbeFailure(ProbeError.BAD_GREETING, firstLine(greeting));
        }
        return firstLine(greeting);
    }

    private MailConversation startTls(MailConversation talk, ProbeTarget target, Integer[] daysLeft)
            throws IOException, ProbeFailure {
        String answer = switch (target.protocol()) {
            case SMTP, SUBMISSION -> {
                expect(talk, EHLO, "250", target.protocol());
                yield command(talk, "STARTTLS", target.protocol());
            }
            case IMAP -> {
                talk.send("s1 STARTTLS");
                yield talk.tagged("s1");
            }
            case POP3 -> command(talk, "STLS", target.protocol());
        };
        if (!(answer.startsWith("220") || answer.startsWith("OK") || answer.startsWith("+OK"))) {
            throw new ProbeFailure(ProbeError.TLS_FAILURE, "STARTTLS → " + firstLine(answer));
        }
        return handshake(talk.socket(), target, daysLeft);
    }

    private MailConversation handshake(Socket plain, ProbeTarget target, Integer[] daysLeft)
            throws IOException, ProbeFailure {
        RecordingTrust trust = new RecordingTrust();
        SSLSocket tls = (SSLSocket) trust.socketFactory().createSocket(plain, target.host(), target.port(), true);
        tls.setSoTimeout((int) readTimeout.toMillis());
        tls.startHandshake();
        X509Certificate certificate = trust.serverCertificate();
        if (certificate != null) {
            long days = Duration.between(clock.instant(), certificate.getNotAfter().toInstant()).toDays();
            daysLeft[0] = (int) days;
            if (certificate.getNotAfter().toInstant().isBefore(clock.instant())) {
                throw new ProbeFailure(ProbeError.CERTIFICATE_EXPIRED, certificate.getSubjectX500Principal().getName()
                        + " notAfter=" + certificate.getNotAfter().toInstant());
            }
            if (certificate.getNotBefore().toInstant().isAfter(clock.instant())) {
                throw new ProbeFailure(ProbeError.TLS_FAILURE, certificate.getSubjectX500Principal().getName()
                        + " notBefore=" + certificate.getNotBefore().toInstant());
            }
        }
        return new MailConversation(tls);
    }

    private String login(MailConversation talk, ProbeTarget target) throws IOException, ProbeFailure {
        String password = target.password();
        if (password == null) {
            throw new ProbeFailure(ProbeError.CREDENTIALS_MISSING, target.username());
        }
        String answer = switch (target.protocol()) {
            case SMTP, SUBMISSION -> {
                expect(talk, EHLO, "250", target.protocol());
                String plain = Base64.getEncoder().encodeToString(("\0" + target.username() + "\0" + password)
                        .getBytes(StandardCharsets.UTF_8));
                String reply = command(talk, "AUTH PLAIN " + plain, target.protocol());
                yield reply.startsWith("235") ? null : reply;
            }
            case IMAP -> {
                talk.send("l1 LOGIN " + quoted(target.username()) + " " + quoted(password));
                String reply = talk.tagged("l1");
                yield reply.startsWith("OK") ? null : reply;
            }
            case POP3 -> {
                String user = command(talk, "USER " + target.username(), target.protocol());
                String reply = user.startsWith("+OK") ? command(talk, "PASS " + password, target.protocol()) : user;
                yield reply.startsWith("+OK") ? null : reply;
            }
        };
        if (answer != null) {
            throw new ProbeFailure(ProbeError.AUTH_FAILED, target.username() + " → "
                    + firstLine(answer));
        }
        return target.username();
    }

    private static void quit(MailConversation talk, MailProtocol protocol) {
        try {
            talk.send(protocol == MailProtocol.IMAP ? "q1 LOGOUT" : "QUIT");
        } catch (IOException ignored) {
            // The probe is over; a server that hangs up first is no failure.
        }
    }

    private static String command(MailConversation talk, String line, MailProtocol protocol)
            throws IOException, ProbeFailure {
        talk.send(line);
        return talk.reply(protocol);
    }

    private static void expect(MailConversation talk, String line, String code, MailProtocol protocol)
            throws IOException, ProbeFailure {
        String reply = command(talk, line, protocol);
        if (!reply.startsWith(code)) {
            throw new ProbeFailure(ProbeError.PROTOCOL_ERROR, line.split(" ")[0] + " → " + firstLine(reply));
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Times the steps and collects them. */
    static final class StepTimer {

        interface Step<T> {
            T run() throws IOException, ProbeFailure;
        }

        private final List<ProbeStep> steps = new ArrayList<>();
        private final long started = System.nanoTime();

        /** Runs and times a step; a text result is kept as the step's detail. */
        <T> T run(String name, Step<T> step) throws IOException, ProbeFailure {
            long start = System.nanoTime();
            try {
                T result = step.run();
                steps.add(new ProbeStep(name, millisSince(start), true, result instanceof String text ? text : null));
                return result;
            } catch (IOException | ProbeFailure | RuntimeException e) {
                steps.add(new ProbeStep(name, millisSince(start), false, ProbeFailure.of(e).getMessage()));
                throw e;
            }
        }

        void add(ProbeStep step) {
            steps.add(step);
        }

        ProbeOutcome succeeded(Integer daysLeft) {
            return new ProbeOutcome(true, null, null, millisSince(started), daysLeft, List.copyOf(steps));
        }

        ProbeOutcome failed(ProbeFailure failure, Integer daysLeft) {
            return new ProbeOutcome(false, failure.error(), failure.getMessage(), millisSince(started), daysLeft,
                    List.copyOf(steps));
        }

        static long millisSince(long nanoStart) {
            return (System.nanoTime() - nanoStart) / 1_000_000;
        }
    }
}
