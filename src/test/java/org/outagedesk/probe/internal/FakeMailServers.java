package org.outagedesk.probe.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * Servers that misbehave the way real ones do, for the probe tests: one that accepts and never
 * speaks, one that greets with something else, and an SMTPS server whose self-signed
 * certificate expired (made with the JDK's keytool at test time).
 */
final class FakeMailServers implements AutoCloseable {

    private final List<ServerSocket> sockets = new ArrayList<>();
    private final List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A port nothing listens on. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Accepts connections and never says a word. */
    int silent() throws IOException {
        return serve(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), null);
    }

    /** Greets with the given line instead of a mail greeting. */
    int greeting(String line) throws IOException {
        return serve(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), line);
    }

    /** Implicit-TLS SMTP with a self-signed certificate that expired days ago. */
    int expiredSmtps(Path workDirectory) throws Exception {
        Path store = workDirectory.resolve("expired.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "expired", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=expired.test",
                "-startdate", "-30d", "-validity", "10", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0 || !Files.exists(store)) {
            throw new IllegalStateException("keytool failed: " + new String(keytool.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getLoopbackAddress());
        return serve(server, "220 expired.test ESMTP");
    }

    private int serve(ServerSocket server, String greeting) {
        sockets.add(server);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    accepted.add(socket);
                    if (greeting != null) {
                        Thread.ofVirtual().start(() -> greet(socket, greeting));
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    private static void greet(Socket socket, String greeting) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write((greeting + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException gone) {
            // The probe hung up first: nothing to tell.
        }
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : accepted) {
            socket.close();
        }
        for (ServerSocket socket : sockets) {
            socket.close();
        }
    }
}
