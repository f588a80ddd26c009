package org.outagedesk.report.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.ReportPage;
import org.outagedesk.report.ReportService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Problem reports over the REST API, for the bearer token's owner. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Report mail problems and follow them")
@SecurityRequirement(name = "bearer")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from your profile")
class ReportController {

    static final String MINE = "/api/v1/reports/mine";
    static final int MAX_PAGE_SIZE = 200;

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
    @Operation(summary = "The token owner's reports, newest first, one page at a time",
            description = "Pages count from 0. The total is in X-Total-Count; while there are more, "
                    + "Link names the next page (rel=\"next\").")
    @ApiResponse(responseCode = "200", description = "One page of reports, newest first", headers = {
            @Header(name = "X-Total-Count", description = "How many reports the token's owner has in all"),
            @Header(name = "Link", description = "<...?page=N&size=S>; rel=\"next\" while there are more pages")})
    @ApiResponse(responseCode = "400", description = "page below 0, or size outside 1 to 200")
    ResponseEntity<List<ReportJson.Report>> mine(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Reports per page, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new ReportException("page", "report.api.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ReportException("size", "report.api.page-size", MAX_PAGE_SIZE);
        }
        ReportPage mine = reports.myReports(page, size);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(mine.total()));
        if (mine.hasNext()) {
            answer.header(HttpHeaders.LINK, "<%s?page=%d&size=%d>; rel=\"next\"".formatted(MINE, page + 1, size));
        }
        return answer.body(mine.reports().stream().map(ReportJson.Report::of).toList());
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
