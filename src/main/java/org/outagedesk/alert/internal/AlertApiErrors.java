package org.outagedesk.alert.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.UserFacingException;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** JSON refusals of the alert webhooks: 400 malformed, wrong types or refused text, 413 too large, 415; never a stack trace. */
@RestControllerAdvice(assignableTypes = AlertController.class)
class AlertApiErrors {

    private final BundleI18NProvider i18n;

    AlertApiErrors(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedBody.TooLarge tooLarge) {
                return ApiError.of(HttpStatus.CONTENT_TOO_LARGE, "too_large", tooLarge.getMessage(), Map.of());
            }
        }
        if (e.getCause() instanceof MismatchedInputException mismatch && !path(mismatch).isEmpty()) {
            String field = path(mismatch);
            return ApiError.of(HttpStatus.BAD_REQUEST, "wrong_type", "'" + field + "' has the wrong type.",
                    Map.of(field, "wrong type"));
        }
        return ApiError.of(HttpStatus.BAD_REQUEST, "malformed_json",
                "The body is not valid JSON (or is empty).", Map.of());
    }

    @ExceptionHandler(AlertRejected.class)
    ResponseEntity<ProblemDetail> rejected(AlertRejected e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "invalid", e.getMessage(), Map.of(e.field(), e.getMessage()));
    }

    /** The incident refused what the alert would write (e.g. a title left empty once made readable). */
    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, Locale locale) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "invalid", i18n.getTranslation(e.messageKey(), locale, e.arguments()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "Send the alert as Content-Type: application/json.", Map.of());
    }

    /** The JSON path of a bad value, e.g. {@code alerts[0].labels}. */
    private static String path(JacksonException e) {
        return e.getPath().stream().map(reference -> reference.getPropertyName() != null
                ? "." + reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
