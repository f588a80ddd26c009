package org.outagedesk.runbook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.testsupport.ReaderLanguage.ENGLISH;
import static org.outagedesk.testsupport.ReaderLanguage.SPANISH;
import static org.outagedesk.testsupport.ReaderLanguage.assertReadsIn;
import static org.outagedesk.testsupport.ReaderLanguage.timelineText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
import org.outagedesk.runbook.ItemKind;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.RunbookItem;

/**
 * Every checklist step as the timeline shows it, for an English and a Spanish reader: the item's
 * title from the template in the reader's language, never the other one, no key, no internal name.
 */
class RunbookStepWordsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final RunbookItem RELAY = new RunbookItem(41, Phase.FIX, "4.2", "Revisar la configuración del relé",
            "Check the relay configuration", null, null, true, true, ItemKind.VERIFICATION, ItemState.OPEN, null, null,
            null, null, null, null, null, null, null, null, null, null, 0, List.of(), List.of());

    /** The message the service writes for each step; a new step fails to compile here until it has one. */
    private static TimelineMessage sample(RunbookStep step) {
        return switch (step) {
            case DONE, NOT_APPLICABLE, REOPENED, UNASSIGNED, NOTE_ADDED, EVIDENCE_ADDED -> step.on(RELAY);
            case ASSIGNED -> step.on(RELAY, TimelineMessage.text("Priya Shah"));
            case SIGNED_OFF -> step.on(RELAY, TimelineMessage.count(1), TimelineMessage.count(2));
            case TEMPLATE_CHOSEN -> RunbookStep.templateChosen(new Template("light", 3, "Lista ligera",
                    "Light checklist", Instant.EPOCH, "Admin"));
            case ACTION_LOGGED -> RunbookStep.actionLogged(new ActionEntry(1, ActionType.CONFIGURATION_CHANGE,
                    "mx1.demo.local postfix", Instant.EPOCH, null, ActionOutcome.PARTIAL, null, "Priya Shah",
                    Instant.EPOCH));
        };
    }

    @Test
    void everyStepReadsInEnglishAndInSpanishWithTheTitleInTheReadersLanguage() {
        for (RunbookStep step : RunbookStep.values()) {
            TimelineMessage message = sample(step);
            String english = timelineText(ENGLISH, ZONE).words(message);
            String spanish = timelineText(SPANISH, ZONE).words(message);
            assertReadsIn(ENGLISH, english.replace("Priya Shah", ""), RunbookStep.values(), ActionType.values(),
                    ActionOutcome.values(), ItemState.values(), ItemKind.values());
            assertReadsIn(SPANISH, spanish.replace("Priya Shah", ""), RunbookStep.values(), ActionType.values(),
                    ActionOutcome.values(), ItemState.values(), ItemKind.values());
            assertThat(english).as(step.name()).doesNotContain("Revisar", "Lista ligera");
            assertThat(spanish).as(step.name()).doesNotContain("Check the relay", "Light checklist");
            if (message.arguments().size() > 1 && message.arguments().get(1) instanceof TimelineMessage.Translated) {
                assertThat(english).as(step.name()).contains("4.2 Check the relay configuration");
                assertThat(spanish).as(step.name()).contains("4.2 Revisar la configuración del relé");
            }
        }
    }

    @Test
    void stepsReadAsSentences() {
        assertThat(timelineText(ENGLISH, ZONE).words(sample(RunbookStep.SIGNED_OFF)))
                .isEqualTo("signed off 4.2 Check the relay configuration (signature 1 of 2)");
        assertThat(timelineText(SPANISH, ZONE).words(sample(RunbookStep.ACTION_LOGGED)))
                .isEqualTo("registró la acción Cambio de configuración en mx1.demo.local postfix: Parcial");
        assertThat(timelineText(ENGLISH, ZONE).words(sample(RunbookStep.TEMPLATE_CHOSEN)))
                .isEqualTo("switched the checklist to Light checklist (version 3)");
    }
}
