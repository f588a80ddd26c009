package org.outagedesk.status.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    @GetMapping({StatusAnswers.PAGE, StatusAnswers.PAGE_SLASH, StatusAnswers.FEED, StatusAnswers.JSON,
            StatusAnswers.BADGE, StatusAnswers.EMBED, StatusAnswers.HISTORY})
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answers.write(request.getRequestURI().substring(request.getContextPath().length()), request, response);
    }
}
