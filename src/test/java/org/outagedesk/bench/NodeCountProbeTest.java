package org.outagedesk.bench;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.ui.IncidentView;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.ui.MyReportsView;
import org.springframework.beans.factory.annotation.Autowired;

@ReportSpringTest
class NodeCountProbeTest extends SpringBrowserlessTest {
    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;

    @AfterEach
    void out() { }

    static int count(Element e) {
        int[] n = {0};
        e.getNode().visitNodeTree(x -> n[0]++);
        return n[0];
    }

    static void dump(Element e, String indent, int depth) {
        System.out.println("NODES " + indent + e.getTag() + idOf(e) + " = " + count(e));
        if (depth > 0 && count(e) > 3) {
            e.getChildren().forEach(c -> dump(c, indent + "  ", depth - 1));
        }
    }

    static String idOf(Element e) {
        if (e.isTextNode()) { return "'" + e.getText() + "'"; }
        String id = e.getAttribute("id");
        String cls = e.getAttribute("class");
        return (id == null ? "" : "#" + id) + (cls == null ? "" : "." + cls.replace(' ', '.'));
    }

    @Test
    void myReports() {
        SignedIn.as(accounts, "user@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MyReportsView.class);
        System.out.println("NODES total myreports " + count(UI.getCurrent().getElement()));
        dump(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement(), "", 5);
        SignedIn.out();
    }

    @Test
    void incident() {
        SignedIn.as(accounts, "it@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        IncidentDetails incident = incidents.open(new NewIncident("Mail server down", null,
                EnumSet.of(MailService.IMAP_POP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
        System.out.println("NODES total incident " + count(UI.getCurrent().getElement()));
        dump(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement(), "", 7);
    }
}
