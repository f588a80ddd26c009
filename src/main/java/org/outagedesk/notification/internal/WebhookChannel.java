package org.outagedesk.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** POSTs an outbox row's JSON to a chat webhook; 5xx and network errors are retried, other 4xx are not. */
@Component
class WebhookChannel {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void send(Outbox.Claimed row) throws DeliveryException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(row.recipient())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-OutageDesk-Delivery", row.dedupeKey())
                    .POST(HttpRequest.BodyPublishers.ofString(row.text())).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                boolean retry = status >= 500 || status == 429 || status == 408;
                throw new DeliveryException("HTTP " + status, !retry);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", false);
        }
    }
}
