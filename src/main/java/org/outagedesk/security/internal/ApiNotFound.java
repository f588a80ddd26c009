package org.outagedesk.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.outagedesk.base.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API or actuator path no endpoint serves answers 404 JSON. Without it the request would fall
 * through to Vaadin's catch-all forwarding and come back as an HTML page with a new session.
 */
@RestController
class ApiNotFound {

    @RequestMapping({"/api/**", "/actuator/**"})
    void notFound(HttpServletResponse response) throws IOException {
        ApiError.write(response, HttpStatus.NOT_FOUND, "not_found", "No such endpoint.", SecurityConfiguration.REALM);
    }
}
