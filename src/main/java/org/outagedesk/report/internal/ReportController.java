package org.outagedesk.report.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Problem reports over the REST API, for the bearer token's owner. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Report mail problems and follow them")
@SecurityRequirement(name = "bearer")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from your profile")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @PostMapping
    @Operation(summary = "Report a mail problem",
            description = "Stores a report for the token's owner. A repeated Idempotency-Key from the same person "
                    + "stores nothing new and answers 201 with the first report (same id).")
    @ApiResponse(responseCode = "201", description = "Stored, or already stored under this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Bad input: field errors in 'fields'")
    @ApiResponse(responseCode = "401", description = "No or bad bearer token")
    ResponseEntity<ReportJson.Report> submit(@RequestBody ReportJson.NewReportRequest body,
            @Parameter(description = "Any client-chosen key up to 100 printable characters; retries reuse it")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        NewReport report = new NewReport(body.symptom(), body.service(), body.description(), body.errorText(),
                body.startedAt(), body.affectedAddress(), null, null);
        ReportJson.Report stored = ReportJson.Report.of(reports.submit(report, idempotencyKey));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/reports/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/mine")
    @Operation(summary = "The token owner's reports, newest first")
    List<ReportJson.Report> mine() {
        return reports.myReports().stream().map(ReportJson.Report::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report", description = "Only its reporter and IT staff see it; anyone else gets 404.")
    @ApiResponse(responseCode = "404", description = "No such report, or not yours")
    ReportJson.Report one(@PathVariable long id) {
        return reports.find(id).map(ReportJson.Report::of).orElseThrow(NotFound::new);
    }

    /** No such report, or one the caller may not see: both answer 404 so ids reveal nothing. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("report not found", null, false, false);
        }
    }
}
