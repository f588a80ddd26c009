import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fires REPORTS problem reports from USERS users (tokens "bench-storm<n>-secret") at CLIENTS
 * concurrent connections and prints throughput and latency percentiles. Run by the fault scripts
 * (bench/faults/, and retry_all in lib.sh); the report-storm benchmark itself uses wrk:
 * java ReportStorm.java BASE_URL REPORTS USERS CLIENTS [CREATED_KEYS_FILE [FIRST_KEY]]
 * With CREATED_KEYS_FILE, the Idempotency-Key of every report answered 201 is written there (one
 * per line) so a fault script can check the database against what clients were promised.
 */
public class ReportStorm {

    static final String[] SYMPTOMS = {"CANNOT_SEND", "CANNOT_RECEIVE", "DELAYED", "LOGIN", "SYNC"};
    static final String[] CLIENTS = {"DESKTOP_CLIENT", "WEBMAIL", "MOBILE"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int reports = Integer.parseInt(args[1]);
        int users = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        Path createdKeys = args.length > 4 ? Path.of(args[4]) : null;
        int firstKey = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < reports; n = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status = submit(http, base, firstKey + n, 1 + n % users);
                        if (status == 201) {
                            created.add("storm-" + (firstKey + n));
                        }
                        latencies.add(System.nanoTime() - t0);
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        if (createdKeys != null) {
            Files.write(createdKeys, created);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("statuses %s%n", statuses);
        System.out.printf("created %d%n", statuses.getOrDefault(201, new AtomicInteger()).get());
        System.out.printf("duration %.2f s%n", seconds);
        System.out.printf("throughput %.0f reports/s%n", reports / seconds);
        System.out.printf("latency median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
    }

    static int submit(HttpClient http, String base, int n, int user) {
        String body = """
                {"symptom":"%s","service":"%s","description":"Storm report %d: Outlook says the server is unreachable",
                 "errorText":"0x800CCC0E","affectedAddress":"storm%d@demo.local"}"""
                .formatted(SYMPTOMS[n % SYMPTOMS.length], CLIENTS[n % CLIENTS.length], n, user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/reports"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer bench-storm" + user + "-secret")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "storm-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
