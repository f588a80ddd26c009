package org.outagedesk.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

class IncidentBoardViewTest extends IncidentViewTestSupport {

    @Autowired IncidentService incidents;

    IncidentDetails anIncident() {
        return incidents.open(new NewIncident("Mobile sync broken", null, EnumSet.of(MailService.MOBILE_SYNC),
                Scope.GROUP, Severity.SEV3, List.of()));
    }

    boolean inColumn(IncidentDetails incident, Phase phase) {
        return $(Div.class, $(Div.class).id("board-column-" + phase.name())).withId("board-card-" + incident.id())
                .exists();
    }

    @Test
    void theNextPhaseButtonMovesTheCardForEveryone() {
        IncidentDetails incident = anIncident();
        navigate(IncidentBoardView.class);
        assertThat(inColumn(incident, Phase.ASSESSMENT)).isTrue();

        test($(Button.class).id("board-card-" + incident.id() + "-next")).click();

        assertThat(incidents.find(incident.id()).orElseThrow().phase()).isEqualTo(Phase.COMMUNICATION);
        assertThat(inColumn(incident, Phase.COMMUNICATION)).isTrue();
        assertThat(lastNotification()).isEqualTo(en("board.moved", incident.reference(), en("incident.phase.COMMUNICATION")));
    }

    @Test
    void aMoveBySomeoneElseShowsUpWithoutReload() throws Exception {
        IncidentDetails incident = anIncident();
        navigate(IncidentBoardView.class);
        SignedIn.as(accountService, "it2@demo.local");
        incidents.change(incident.id(), incident.version(), new IncidentEdit.ChangePhase(Phase.FIX));
        SignedIn.as(accountService, "it@demo.local");

        assertThat(eventually(() -> inColumn(incident, Phase.FIX))).isTrue();
    }

    @Test
    void managersSeeTheBoardWithoutMoveButtons() {
        IncidentDetails incident = anIncident();
        SignedIn.as(accountService, "manager@demo.local");
        navigate(IncidentBoardView.class);
        assertThat(inColumn(incident, Phase.ASSESSMENT)).isTrue();
        assertThat($(Button.class).withId("board-card-" + incident.id() + "-next").exists()).isFalse();
    }

    @Test
    void cardsOfIncidentsThatDidNotChangeStayAsTheyAreWhenAnotherChanges() throws Exception {
        IncidentDetails quiet = anIncident();
        IncidentDetails moving = anIncident();
        navigate(IncidentBoardView.class);
        Div quietCard = $(Div.class).id("board-card-" + quiet.id());
        SignedIn.as(accountService, "it2@demo.local");
        incidents.change(moving.id(), moving.version(), new IncidentEdit.ChangePhase(Phase.FIX));
        SignedIn.as(accountService, "it@demo.local");

        assertThat(eventually(() -> inColumn(moving, Phase.FIX))).isTrue();
        assertThat($(Div.class).id("board-card-" + quiet.id())).as("the same component, not a rebuilt one")
                .isSameAs(quietCard);
    }

    @Test
    void aBoardWhoseBrowserStayedSilentPastTheHeartbeatExpiryTakesNoMoreChanges() throws Exception {
        navigate(IncidentBoardView.class);
        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(0); // three heartbeats missed long ago

        SignedIn.as(accountService, "it2@demo.local");
        IncidentDetails later = anIncident();
        SignedIn.as(accountService, "it@demo.local");

        assertThat(within(Duration.ofSeconds(2), () -> $(Div.class).withId("board-card-" + later.id()).exists()))
                .as("let go (the browser reloads the page when it comes back), not updated").isFalse();
    }
}
