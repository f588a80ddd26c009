package org.outagedesk.notification.internal;

import java.util.Locale;
import java.util.Map;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.NotificationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors of the subscription API, in the shape the other APIs use: 400 for a bad id, 404 for no open incident. */
@RestControllerAdvice(assignableTypes = SubscriptionController.class)
class SubscriptionApiErrors {

    private final BundleI18NProvider i18n;

    SubscriptionApiErrors(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badValue(MethodArgumentTypeMismatchException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "bad_request", "Invalid value for '" + e.getName() + "'.",
                Map.of(e.getName(), "invalid"));
    }

    @ExceptionHandler(NotificationException.class)
    ResponseEntity<ProblemDetail> refused(NotificationException e) {
        return ApiError.of(HttpStatus.NOT_FOUND, "not_found",
                i18n.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments()));
    }
}
