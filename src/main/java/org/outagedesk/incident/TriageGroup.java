package org.outagedesk.incident;

import java.util.List;
import java.util.Set;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;

/**
 * Recent unlinked reports with the same symptom and client, how widespread they are, and the
 * suggested scope and severity.
 *
 * @param share distinct reporters as a share of active users, 0..1
 */
public record TriageGroup(
        Symptom symptom,
        MailClient client,
        List<Long> reportIds,
        int reporters,
        List<String> departments,
        List<String> sites,
        double share,
        Scope scope,
        Severity severity,
        Set<MailService> services) {}
