package org.outagedesk.status.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status page, feed and JSON when they pass the security chain ({@link StatusSecurity}): with
 * {@code authenticated} or {@code internal} visibility. Public ones are answered earlier, by
 * {@link StatusFastPath}.
 */
@RestController
class StatusController {

    private final StatusAnswers answers;

    StatusController(StatusAnswers answers) {
        this.answers = answers;
    }

    @GetMapping(value = StatusAnswers.JSON, produces = "application/json")
    @Operation(summary = "The mail services' status, incidents, 90-day uptime and planned maintenance",
            description = "The same snapshot as the status page, with ETag and Last-Modified (304 when unchanged). "
                    + "Who may read it follows outagedesk.status.visibility.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = StatusDocument.class))))
    void json(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @GetMapping({StatusAnswers.PAGE, StatusAnswers.PAGE_SLASH, StatusAnswers.FEED, StatusAnswers.BADGE,
            StatusAnswers.EMBED, StatusAnswers.HISTORY})
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answers.write(request.getRequestURI().substring(request.getContextPath().length()), request, response);
    }
}
