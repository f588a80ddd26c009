package org.outagedesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for a test: s3proxy over a directory under {@code target/} (jclouds'
 * filesystem store, so what it holds outlives a stop), in a JVM process of its own on a fixed free port,
 * which the test starts, stops and starts again. Its keys are {@link #ACCESS_KEY} and {@link #SECRET_KEY}, signature V4.
 */
public final class S3CompatibleServer implements AutoCloseable {

    public static final String ACCESS_KEY = "outagedesk-test";
    public static final String SECRET_KEY = "outagedesk-test-secret";
    public static final String REGION = "us-east-1";

    private final int port = FreePort.any();
    private final Path home;
    private Process process;

    public S3CompatibleServer() {
        try {
            Path build = Path.of("target");
            home = Files.isDirectory(build) ? Files.createTempDirectory(build, "s3proxy-")
                    : Files.createTempDirectory("s3proxy-");
            Files.createDirectories(home.resolve("data"));
            Files.writeString(home.resolve("s3proxy.conf"), String.join("\n",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + home.resolve("data"),
                    "jclouds.identity=" + ACCESS_KEY,
                    "jclouds.credential=" + SECRET_KEY, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its address, the same before it starts, while it runs and after it stopped. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the server and waits until it accepts connections (a minute at most). */
    public synchronized void start() throws IOException, InterruptedException {
        Path jar = RequiredServices.s3proxyJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-jar",
                jar.toString(), "--properties", home.resolve("s3proxy.conf").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("s3proxy.log").toFile()).start();
        Process started = process;
        boolean up;
        try {
            up = Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> accepts() || !started.isAlive(), done -> done) && started.isAlive();
        } catch (ConditionTimeoutException e) {
            up = false;
        }
        if (!up) {
            stop();
            throw new IllegalStateException("s3proxy did not start: " + Files.readString(home.resolve("s3proxy.log")));
        }
    }

    /** Stops the server: connections to it are refused until it starts again. */
    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    /** A client of its own, to create buckets and look at what was written. */
    public S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(endpoint())).region(Region.of(REGION)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED) // s3proxy answers 501 to
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED) // the newer checksum headers
                .build();
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }


    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
