package org.outagedesk.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of every refusal of the REST API, whichever module answers it:
 * {@code {"status":400,"error":"validation","message":"...","fields":{"symptom":"..."}}}.
 * {@code error} is a stable code for programs, {@code message} a sentence for people, and
 * {@code fields} names the input that was wrong (empty when none was).
 */
public record ApiError(int status, String error, String message, Map<String, String> fields) {

    /** How long a client should wait before retrying when the database is away. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ResponseEntity<ApiError> of(HttpStatus status, String error, String message,
            Map<String, String> fields) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), error, message, fields));
    }

    public static ResponseEntity<ApiError> of(HttpStatus status, String error, String message) {
        return of(status, error, message, Map.of());
    }

    /**
     * The answer of a filter that needed the database and could not reach it: 503 with
     * {@code Retry-After}, and the assurance that nothing was changed, so the caller may retry.
     */
    public static void writeDatabaseAway(HttpServletResponse response, String realm) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        write(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "The database cannot be reached right now; nothing was changed. Try again in a minute.", realm);
    }

    /**
     * Writes the body straight to the response, for refusals made before any controller runs
     * (filters, security entry points); a 401 names the bearer realm to authenticate against.
     */
    public static void write(HttpServletResponse response, HttpStatus status, String error, String message,
            String realm) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
        }
        response.getWriter().write(JSON.writeValueAsString(new ApiError(status.value(), error, message, Map.of())));
    }
}
