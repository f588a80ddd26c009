package org.outagedesk.probe.alert.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of every refusal of the alert endpoints, like the rest of the API's:
 * {@code {"status":400,"error":"malformed_json","message":"...","fields":{...}}}.
 */
record AlertProblem(int status, String error, String message, Map<String, String> fields) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ResponseEntity<AlertProblem> of(HttpStatus status, String error, String message, Map<String, String> fields) {
        return ResponseEntity.status(status).body(new AlertProblem(status.value(), error, message, fields));
    }

    /** Written by the filter, before any controller runs. */
    static void write(HttpServletResponse response, HttpStatus status, String error, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"outagedesk-alerts\"");
        }
        response.getWriter().write(JSON.writeValueAsString(new AlertProblem(status.value(), error, message, Map.of())));
    }
}
