package org.outagedesk.hostile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.ResolutionSummary;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
import org.outagedesk.runbook.NewAction;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.hostile.HostileCorpus;
import org.outagedesk.testsupport.hostile.HostileInput;
import org.outagedesk.testsupport.hostile.TextRule;

/**
 * Stores the corpus's script payloads everywhere people's text is shown: reports of an end user,
 * an open incident (title, public title, description, notes, checklist note, action log, public
 * updates) linked to some of them, and a resolved incident with a hostile resolution summary.
 */
record HostileSeed(IncidentDetails open, IncidentDetails resolved, String title, String publicTitle) {

    /** The payloads of the script-carrying categories that the fields accept, ten to a text. */
    static List<String> chunks(int max) {
        List<String> payloads = HostileCorpus.texts().stream()
                .filter(input -> input.category().startsWith("xss") || input.category().startsWith("template")
                        || input.category().startsWith("crlf") || input.category().startsWith("unicode"))
                .map(HostileInput::value).filter(value -> TextRule.text(max).expect(value).isPresent()).toList();
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i += 10) {
            String chunk = String.join("\n", payloads.subList(i, Math.min(payloads.size(), i + 10)));
            chunks.add(chunk.length() > max ? chunk.substring(0, max) : chunk);
        }
        return chunks;
    }

    static HostileSeed store(AccountService accounts, ReportService reports, IncidentService incidents,
            StatusUpdateService updates, RunbookService runbooks) {
        List<String> chunks = chunks(2000);
        List<Long> reportIds = SignedIn.as(accounts, "user2@demo.local", () -> chunks.stream()
                .map(chunk -> reports.submit(new NewReport(Symptom.CANNOT_SEND, MailClient.WEBMAIL, chunk, chunk,
                        null, null, null, null), null)).map(ReportSummary::id).toList());
        String title = "<img src=x onerror=window.__pwned=1>\"><script>window.__pwned=1</script>";
        String publicTitle = "</title><svg onload=window.__pwned=1>{{7*7}}${7*7}";
        return SignedIn.as(accounts, "it@demo.local", () -> {
            IncidentDetails open = incidents.open(new NewIncident(title, chunks.getFirst(),
                    EnumSet.of(MailService.WEBMAIL, MailService.OUTBOUND_SMTP), Scope.GROUP, Severity.SEV2,
                    reportIds.subList(0, 3)));
            open = incidents.change(open.id(), open.version(), new IncidentEdit.ChangePublicTitle(publicTitle));
            for (String chunk : chunks.subList(0, 4)) {
                incidents.addNote(open.id(), chunk);
            }
            long item = runbooks.run(open.id()).orElseThrow().items().getFirst().id();
            runbooks.addNote(item, chunks.get(1));
            runbooks.logAction(open.id(), new NewAction(ActionType.RESTART, "<script>window.__pwned=1</script>",
                    Instant.now(), null, ActionOutcome.SUCCESS, chunks.get(2)));
            for (String chunk : chunks.subList(0, 3)) {
                updates.post(open.id(), new NewStatusUpdate(PublicStatus.IDENTIFIED, chunk, null, chunk,
                        UpdateAudience.PUBLIC));
            }
            IncidentDetails resolved = incidents.open(new NewIncident("<iframe srcdoc=\"<script>parent.window"
                    + ".__pwned=1</script>\"></iframe> resolved", null, EnumSet.of(MailService.IMAP_POP),
                    Scope.GROUP, Severity.SEV3, List.of()));
            resolved = incidents.resolve(resolved.id(), resolved.version());
            updates.publishSummary(resolved.id(), new ResolutionSummary(chunks.get(3), chunks.get(4), chunks.get(5)));
            return new HostileSeed(incidents.find(open.id()).orElseThrow(), resolved, title, publicTitle);
        });
    }
}
