package org.outagedesk.incident.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.RoleHolder;

/** What a change to an incident did, in words, for the notice that confirms it. */
final class ChangeConfirmation {

    private ChangeConfirmation() {}

    /** e.g. "Moved to Troubleshooting.", "Severity: SEV1 · critical.", "You are now the incident commander." */
    static String of(IncidentEdit edit, IncidentDetails after, long myAccountId) {
        return switch (edit) {
            case IncidentEdit.ChangePhase(var phase) -> Texts.t("incident.saved.phase", IncidentUi.label(phase));
            case IncidentEdit.ChangeScope(var scope) -> value("incident.field.scope", IncidentUi.label(scope));
            case IncidentEdit.ChangeSeverity(var severity) -> value("incident.field.severity",
                    IncidentUi.label(severity));
            case IncidentEdit.ChangePublicStatus(var status) -> value("incident.field.publicStatus",
                    IncidentUi.label(status));
            case IncidentEdit.ChangeEta(Instant eta) -> value("incident.field.eta", time(eta));
            case IncidentEdit.ChangeMilestone(var milestone, Instant at) -> Texts.t("incident.saved.value",
                    IncidentUi.label(milestone), time(at));
            case IncidentEdit.ChangeTitle title -> saved("incident.field.title");
            case IncidentEdit.ChangeDescription description -> saved("incident.field.description");
            case IncidentEdit.ChangeServices services -> saved("incident.field.services");
            case IncidentEdit.ChangePublicTitle publicTitle -> saved("incident.field.publicTitle");
            case IncidentEdit.AssignRole(String role, Long accountId) -> role(role, accountId, after, myAccountId);
        };
    }

    private static String role(String role, Long accountId, IncidentDetails after, long myAccountId) {
        boolean standard = IncidentRoles.COMMANDER.equals(role) || IncidentRoles.COMMUNICATIONS_LEAD.equals(role);
        if (standard && accountId != null && accountId == myAccountId) {
            return Texts.t("incident.role.taken." + role);
        }
        RoleHolder holder = after.role(role);
        String label = IncidentPeoplePanel.roleLabel(UI.getCurrent(), role);
        return Texts.t("incident.saved.value", label, holder == null ? Texts.t("incident.role.nobody") : holder.name());
    }

    private static String value(String fieldKey, String value) {
        return Texts.t("incident.saved.value", Texts.t(fieldKey), value);
    }

    private static String saved(String fieldKey) {
        return Texts.t("incident.saved.field", Texts.t(fieldKey));
    }

    private static String time(Instant at) {
        return at == null ? Texts.t("incident.saved.cleared") : IncidentUi.time(at);
    }
}
