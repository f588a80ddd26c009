package org.outagedesk.incident.internal;

import java.util.Map;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentChangedMeanwhile;
import org.outagedesk.incident.IncidentException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors for the incident API only: 400 for bad input, 403, 404, 409; never a 500 for those. */
@RestControllerAdvice(assignableTypes = IncidentController.class)
class IncidentApiErrors {

    private final BundleI18NProvider i18n;

    IncidentApiErrors(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badValue(MethodArgumentTypeMismatchException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "bad_request", "Invalid value for '" + e.getName() + "'.",
                Map.of(e.getName(), "invalid"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage(), Map.of(e.getParameterName(), "required"));
    }

    @ExceptionHandler(IncidentException.class)
    ResponseEntity<ApiError> refused(IncidentException e) {
        String message = i18n.getTranslation(e.messageKey(), LocaleContextHolder.getLocale(),
                e.arguments());
        HttpStatus status = "incident.error.not-found".equals(e.messageKey()) ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        return ApiError.of(status, status == HttpStatus.NOT_FOUND ? "not_found" : "bad_request", message, Map.of());
    }

    @ExceptionHandler(IncidentChangedMeanwhile.class)
    ResponseEntity<ApiError> conflict(IncidentChangedMeanwhile e) {
        return ApiError.of(HttpStatus.CONFLICT, "conflict", "The incident was changed meanwhile; reload it.", Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return ApiError.of(HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this.", Map.of());
    }
}
