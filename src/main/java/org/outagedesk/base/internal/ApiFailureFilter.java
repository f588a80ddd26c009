package org.outagedesk.base.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;

/**
 * Every failure of an {@code /api/**} or {@code /actuator/**} request is a JSON {@link ApiError}:
 * an exception nothing handled is 500, a status sent with {@code sendError} (405, 406, ...) keeps
 * its status, and the container's {@code /error} dispatch of such a request is answered here too.
 * Without it both end on the error page, which the UI filter chain answers with the sign-in redirect.
 */
class ApiFailureFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiFailureFilter.class);
    private static final String REALM = "outagedesk";

    private final transient BundleI18NProvider messages;

    ApiFailureFilter(BundleI18NProvider messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (isApi(request, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
                Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
                write(request, response, status instanceof Integer code ? code : 500);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (!isApi(request, request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, new JsonSendError(request, response));
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            int status = statusOf(failure);
            if (status >= 500) {
                log.error("Unhandled failure answering {} {}", request.getMethod(), request.getRequestURI(), failure);
            }
            response.resetBuffer();
            write(request, response, status);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int code) throws IOException {
        HttpStatus status = HttpStatus.resolve(code);
        status = status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        Locale locale = request.getLocale();
        String message = status.is5xxServerError() ? messages.getTranslation("base.error.unexpected", locale)
                : messages.getTranslation("base.error.status", locale, status.value(), status.getReasonPhrase());
        String error = status.is5xxServerError() ? "internal"
                : status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
        ApiError.write(response, status, error, message, REALM);
    }

    private static int statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A URL the firewall refuses, or a query parameter that is not valid UTF-8 (?state=%ff).
            if (cause instanceof RequestRejectedException || cause instanceof InvalidParameterException) {
                return 400;
            }
            if (cause instanceof ErrorResponse known) {
                return known.getStatusCode().value();
            }
        }
        return 500;
    }

    private static boolean isApi(HttpServletRequest request, Object uri) {
        String path = uri instanceof String text ? text.substring(request.getContextPath().length()) : "";
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    /** Answers {@code sendError} with the JSON body instead of the container's error page. */
    private final class JsonSendError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        JsonSendError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            write(request, (HttpServletResponse) getResponse(), status);
            flushBuffer();
        }
    }
}
