package org.outagedesk.status.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outagedesk.security.SecurityHeaders;

/**
 * The public status page, feed and JSON answered ahead of every other filter, straight from the
 * snapshot. With {@code outagedesk.status.visibility=public} nothing about the reader matters, so
 * the Spring Security chain, Spring MVC and the session machinery are skipped: this is what keeps
 * the page fast when everyone opens it at once (docs/benchmarks.md). The browser security headers
 * are the ones {@link StatusSecurity} would write. Other methods and paths go the normal way.
 */
class StatusFastPath extends HttpFilter {

    private final StatusAnswers answers;

    StatusFastPath(StatusAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.write(request, response, StatusSecurity.CONTENT_SECURITY_POLICY);
        if (!answers.write(request.getRequestURI().substring(request.getContextPath().length()), request, response)) {
            chain.doFilter(request, response);
        }
    }
}
