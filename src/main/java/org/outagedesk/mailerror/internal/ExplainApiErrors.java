package org.outagedesk.mailerror.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the explain API as problem details, in the request's language (Accept-Language es or en). */
@RestControllerAdvice(assignableTypes = ExplainController.class)
class ExplainApiErrors {

    private static final String FIELD = "errorText";

    private final BundleI18NProvider i18n;

    ExplainApiErrors(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(ExplainRefused.class)
    ResponseEntity<ProblemDetail> refused(ExplainRefused e) {
        String message = localized(e.messageKey(), e.arguments());
        return ApiError.of(HttpStatus.BAD_REQUEST, "validation", message, new LinkedHashMap<>(Map.of(FIELD, message)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String message = localized("mailerror.api.malformed");
        return ApiError.of(HttpStatus.BAD_REQUEST, "validation", message, Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpMediaTypeNotSupportedException e) {
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                localized("mailerror.api.not-json"));
    }

    private String localized(String key, Object... arguments) {
        return i18n.getTranslation(key, LocaleContextHolder.getLocale(), arguments);
    }
}
