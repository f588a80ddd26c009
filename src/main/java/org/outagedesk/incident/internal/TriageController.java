package org.outagedesk.incident.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.FirstSteps;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageSignal;
import org.outagedesk.incident.TriageSignals;
import org.outagedesk.mailerror.ErrorExplanation;
import org.springframework.beans.factory.ObjectProvider;
import org.outagedesk.incident.TriageReasons;
import org.outagedesk.incident.TriageService;
import org.outagedesk.mailerror.MailErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/triage/groups}: triage's current groups, for IT staff's scripts and dashboards. */
@RestController
@Tag(name = "Triage", description = "Mail errors read like a mail administrator reads them")
@SecurityRequirement(name = "bearer")
class TriageController {

    private final TriageService triage;
    private final MailErrors errors;
    private final BundleI18NProvider i18n;
    private final ObjectProvider<TriageSignals> signalSources;
    private final ObjectProvider<FirstSteps> firstSteps;

    TriageController(TriageService triage, MailErrors errors, BundleI18NProvider i18n,
            ObjectProvider<TriageSignals> signalSources, ObjectProvider<FirstSteps> firstSteps) {
        this.triage = triage;
        this.signalSources = signalSources;
        this.firstSteps = firstSteps;
        this.errors = errors;
        this.i18n = i18n;
    }

    @GetMapping(path = "/api/v1/triage/groups", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The current triage groups",
            description = "Recent unlinked reports grouped as triage shows them, worst first: how widespread, the "
                    + "shared error's signature, the suggested scope and severity with the reasons the triage card "
                    + "gives, and the likely cause, in the request's language (Accept-Language es or en). IT staff.")
    @ApiResponse(responseCode = "200", description = "The groups (an empty list when the queue is empty)")
    @ApiResponse(responseCode = "401", description = "No or bad bearer token")
    @ApiResponse(responseCode = "403", description = "The token's person is not IT staff")
    List<TriageGroupJson> groups() {
        Locale language = LocaleContextHolder.getLocale();
        List<TriageSignal> signals = new ArrayList<>();
        signalSources.forEach(source -> signals.addAll(source.current(language)));
        return triage.suggestions().stream().map(group -> json(group, language, signals)).toList();
    }

    private TriageGroupJson json(TriageGroup group, Locale language, List<TriageSignal> signals) {
        BiFunction<String, Object[], String> words = (key, arguments) -> i18n.getTranslation(key, language, arguments);
        ErrorExplanation explanation = errors.explain(group.signature(), language);
        return TriageGroupJson.of(group, explanation, TriageReasons.suggestion(group, words),
                TriageReasons.reasons(group, words), TriageReasons.probableCauses(group, signals, errors, language, words),
                TriageReasons.firstSteps(group, signals, firstSteps, language));
    }
}
