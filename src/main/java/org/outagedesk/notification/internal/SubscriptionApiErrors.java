package org.outagedesk.notification.internal;

import java.util.Locale;
import java.util.Map;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.NotificationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors of the subscription API, in the shape the other APIs use: 400 for a bad id, 404 for no open incident. */
@RestControllerAdvice(assignableTypes = SubscriptionController.class)
class SubscriptionApiErrors {

    record ApiError(int status, String error, String message, Map<String, String> fields) {}

    private final BundleI18NProvider i18n;

    SubscriptionApiErrors(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badValue(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "bad_request",
                "Invalid value for '" + e.getName() + "'.", Map.of(e.getName(), "invalid")));
    }

    @ExceptionHandler(NotificationException.class)
    ResponseEntity<ApiError> refused(NotificationException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "not_found",
                i18n.getTranslation(e.messageKey(), Locale.ENGLISH, e.arguments()), Map.of()));
    }
}
