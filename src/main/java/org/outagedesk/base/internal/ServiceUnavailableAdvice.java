package org.outagedesk.base.internal;

import java.util.Locale;
import java.util.Map;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.DatabaseTrouble;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Any REST call that fails because the database is out of reach answers 503 with
 * {@code Retry-After} and a message in the caller's language, instead of a 500. Nothing was
 * stored (the transaction never committed), so the client can safely retry. Other database
 * failures answer a plain 500 body, never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ServiceUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableAdvice.class);

    private final BundleI18NProvider messages;

    ServiceUnavailableAdvice(BundleI18NProvider messages) {
        this.messages = messages;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, jakarta.persistence.PersistenceException.class})
    ResponseEntity<ProblemDetail> databaseFailed(RuntimeException failure, Locale locale) {
        if (!DatabaseTrouble.isUnreachable(failure)) {
            log.error("Database failure answering a REST call", failure);
            return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                    messages.getTranslation("base.error.unexpected", locale));
        }
        return ApiError.builder(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ApiError.RETRY_AFTER_SECONDS)
                .body(ApiError.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                        messages.getTranslation("base.error.database", locale), Map.of()));
    }
}
