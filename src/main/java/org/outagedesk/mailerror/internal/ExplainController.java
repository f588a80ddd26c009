package org.outagedesk.mailerror.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.outagedesk.mailerror.MailErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/triage/explain}: what a mail error text means, for anyone with an API token. */
@RestController
@Tag(name = "Triage", description = "Mail errors read like a mail administrator reads them")
@SecurityRequirement(name = "bearer")
class ExplainController {

    /** The longest error text taken: a whole pasted bounce message fits. */
    static final int MAX_ERROR_TEXT = 10_000;

    private final MailErrors mailErrors;

    ExplainController(MailErrors mailErrors) {
        this.mailErrors = mailErrors;
    }

    @PostMapping(path = "/api/v1/triage/explain", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Explain a mail error text",
            description = "Finds the SMTP reply and RFC 3463 enhanced status code, the protocol, a client code "
                    + "(Outlook 0x800CCC0E...) and the matching catalogue entry, with its meaning, whose side it "
                    + "usually is and its probable cause in the request's language (Accept-Language es or en). "
                    + "An unrecognised text answers 200 with entry null.")
    @ApiResponse(responseCode = "200", description = "The signature and the catalogue entry (null when none matched)")
    @ApiResponse(responseCode = "400", description = "errorText missing, blank or longer than 10,000 characters")
    @ApiResponse(responseCode = "401", description = "No or bad bearer token")
    ExplainJson.Explained explain(@RequestBody ExplainJson.ExplainRequest body) {
        String errorText = body == null ? null : body.errorText();
        if (errorText == null || errorText.isBlank()) {
            throw new ExplainRefused("mailerror.api.error-text-required");
        }
        if (errorText.length() > MAX_ERROR_TEXT) {
            throw new ExplainRefused("mailerror.api.error-text-too-long", MAX_ERROR_TEXT);
        }
        return ExplainJson.Explained.of(mailErrors.explain(errorText, LocaleContextHolder.getLocale()));
    }
}
