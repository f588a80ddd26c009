package org.outagedesk.report.internal;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.ReportRateLimited;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns refusals of the report API into JSON:
 * {@code {"status":400,"error":"validation","fields":{"symptom":"..."},"message":"..."}}.
 * Messages are the bundle's texts in the request's language (Accept-Language es or en, English by default).
 * Limited to the report controller.
 */
@RestControllerAdvice(basePackageClasses = ReportController.class)
class ReportApiErrors {

    /** The API's name for a form field, where they differ. */
    private static final Map<String, String> API_FIELDS = Map.of("client", "service", "idempotencyKey",
            "Idempotency-Key");

    private final BundleI18NProvider messages;

    ReportApiErrors(BundleI18NProvider messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReportException.class)
    ResponseEntity<ProblemDetail> refused(ReportException e) {
        String text = localized(e.messageKey(), e.arguments());
        if (e.field() == null) {
            return validation(Map.of(), text);
        }
        return validation(Map.of(API_FIELDS.getOrDefault(e.field(), e.field()), text), localized("report.api.refused"));
    }

    @ExceptionHandler(ReportRateLimited.class)
    ResponseEntity<ProblemDetail> tooMany(ReportRateLimited e) {
        return ApiError.builder(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(ApiError.problem(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                        localized(e.messageKey(), e.arguments()), Map.of()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !fieldOf(mismatch).isEmpty()) {
            return validation(Map.of(fieldOf(mismatch), mismatchMessage(mismatch)), localized("report.api.refused"));
        }
        return validation(Map.of(), localized("report.api.malformed"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return validation(Map.of(e.getName(), localized("report.api.wrong-type")), localized("report.api.refused"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return validation(Map.of(e.getHeaderName(), localized("report.api.wrong-type")), localized("report.api.refused"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException e) {
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                "Send the report as application/json.");
    }

    @ExceptionHandler(ReportController.NotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return ApiError.of(HttpStatus.NOT_FOUND, "not_found", localized("report.api.not-found"));
    }

    private ResponseEntity<ProblemDetail> validation(Map<String, String> fields, String message) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "validation", message, new LinkedHashMap<>(fields));
    }

    private String mismatchMessage(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return localized("report.api.invalid-value", Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (target != null && target.getName().startsWith("java.time.")
                || e instanceof InvalidFormatException && e.getCause() instanceof DateTimeParseException) {
            return localized("report.api.invalid-date");
        }
        return localized("report.api.wrong-type");
    }

    private static String fieldOf(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        return path.stream().map(JacksonException.Reference::getPropertyName).filter(name -> name != null)
                .map(name -> API_FIELDS.getOrDefault(name, name)).collect(Collectors.joining("."));
    }

    /** The message in the request's language: Spanish for {@code Accept-Language: es}, else English. */
    private String localized(String key, Object... arguments) {
        return messages.getTranslation(key, LocaleContextHolder.getLocale(), arguments);
    }
}
