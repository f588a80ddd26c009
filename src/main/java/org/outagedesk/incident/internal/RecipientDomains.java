package org.outagedesk.incident.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outagedesk.incident.ScopeReason;
import org.outagedesk.mailerror.ErrorCategory;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.mailerror.Side;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;

/**
 * For delivery failures, whether the failures share the recipients' domain, as a mail administrator
 * checks first: "all failures are to @partner.example" points at the remote side, failures to many
 * domains do not. The recipients are the addresses in the error texts that are not the reporter's own
 * domain (nor the affected mailbox's).
 */
final class RecipientDomains {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+)");
    private static final Set<ErrorCategory> DELIVERY = Set.of(ErrorCategory.RECIPIENT_UNKNOWN,
            ErrorCategory.MAILBOX_UNAVAILABLE, ErrorCategory.ROUTING, ErrorCategory.DELIVERY_DELAYED, ErrorCategory.DNS);

    private RecipientDomains() {}

    /** The reason about the recipients' domains, when at least two failures name a recipient. */
    static Optional<ScopeReason> reason(List<ReportSummary> reports, ErrorSignature signature) {
        if (!deliveryFailure(reports, signature)) {
            return Optional.empty();
        }
        Set<String> domains = new TreeSet<>();
        int failures = 0;
        for (ReportSummary report : reports) {
            Set<String> foreign = foreignDomains(report);
            if (!foreign.isEmpty()) {
                failures++;
                domains.addAll(foreign);
            }
        }
        if (failures < 2) {
            return Optional.empty();
        }
        return Optional.of(domains.size() == 1
                ? new ScopeReason("triage.reason.one-domain", List.of(failures, domains.iterator().next()))
                : new ScopeReason("triage.reason.many-domains", List.of(failures, domains.size())));
    }

    private static boolean deliveryFailure(List<ReportSummary> reports, ErrorSignature signature) {
        return signature.side() == Side.REMOTE
                || signature.category() != null && DELIVERY.contains(signature.category())
                || reports.stream().anyMatch(report -> report.symptom() == Symptom.BOUNCED
                        || report.symptom() == Symptom.DELAYED);
    }

    /** The domains named in a report's error that are not the reporter's own. */
    static Set<String> foreignDomains(ReportSummary report) {
        Set<String> domains = new TreeSet<>();
        if (report.errorText() == null) {
            return domains;
        }
        String text = report.errorText();
        Matcher matcher = ADDRESS.matcher(text.length() > MailErrors.MAX_SCANNED_CHARACTERS
                ? text.substring(0, MailErrors.MAX_SCANNED_CHARACTERS) : text);
        Set<String> own = new TreeSet<>(List.of(domain(report.reporterEmail()), domain(report.affectedAddress())));
        while (matcher.find()) {
            String domain = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!own.contains(domain)) {
                domains.add(domain);
            }
        }
        return domains;
    }

    private static String domain(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return "";
        }
        return address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }
}
