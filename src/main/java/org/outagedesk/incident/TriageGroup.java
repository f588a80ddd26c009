package org.outagedesk.incident;

import java.util.List;
import java.util.Set;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;

/**
 * Recent unlinked reports of the same problem (the same symptom and error, or without an error
 * text the same symptom and client), how widespread they are, and the suggested scope and
 * severity with the reason for them ({@link ScopeAdvisor}).
 *
 * @param clients the mail clients the reports came from, in their order
 * @param errorText the error the reports share as the first of them gave it, or null when none gave one
 * @param share distinct reporters as a share of active users, 0..1
 * @param reasons why this scope was suggested, the deciding reason first, then what supports it (the
 *        shared server reply, failing probes, the recipients' domains); empty for a suggestion that did
 *        not come from reports
 * @param signature the shared error read as a mail administrator reads it; NONE when not recognised
 * @param failingProbes the keys of the monitoring signals failing now on the group's mail services
 */
public record TriageGroup(
        Symptom symptom,
        List<MailClient> clients,
        String errorText,
        List<Long> reportIds,
        int reporters,
        List<String> departments,
        List<String> sites,
        double share,
        Scope scope,
        Severity severity,
        List<ScopeReason> reasons,
        Set<MailService> services,
        ErrorSignature signature,
        List<String> failingProbes) {

    public TriageGroup {
        clients = List.copyOf(clients);
        reportIds = List.copyOf(reportIds);
        departments = List.copyOf(departments);
        sites = List.copyOf(sites);
        reasons = List.copyOf(reasons);
        failingProbes = List.copyOf(failingProbes);
        signature = signature == null ? ErrorSignature.NONE : signature;
    }
}
