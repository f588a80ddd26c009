package org.outagedesk.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the REST API, whichever module answers it, is an RFC 9457 problem detail
 * ({@code application/problem+json}): {@code type} ({@code urn:outagedesk:problem:<error>}),
 * {@code title}, {@code status} and {@code detail}, with three extension members kept from the
 * API's first version: {@code error}, a stable code for programs, {@code message}, the sentence
 * for people (the same as {@code detail}), and {@code fields}, the input that was wrong (empty
 * when none was).
 */
public final class ApiError {

    /** How long a client should wait before retrying when the database is away. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiError() {}

    public static ProblemDetail problem(HttpStatus status, String error, String message, Map<String, String> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(URI.create("urn:outagedesk:problem:" + error));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("error", error);
        problem.setProperty("message", message);
        problem.setProperty("fields", fields);
        return problem;
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String error, String message,
            Map<String, String> fields) {
        return builder(status).body(problem(status, error, message, fields));
    }

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String error, String message) {
        return of(status, error, message, Map.of());
    }

    /** The start of a problem answer, for one that carries headers too ({@code Retry-After}). */
    public static ResponseEntity.BodyBuilder builder(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
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
     * Writes the problem straight to the response, for refusals made before any controller runs
     * (filters, security entry points); a 401 names the bearer realm to authenticate against.
     */
    public static void write(HttpServletResponse response, HttpStatus status, String error, String message,
            String realm) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
        }
        response.getWriter().write(JSON.writeValueAsString(members(problem(status, error, message, Map.of()))));
    }

    /** The members as they appear on the wire: the standard ones, then the extensions, flat. */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
