package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.RunbookItem;

/** What the checklist's rows and work areas ask for; each change is followed by a re-read of the checklist. */
interface ItemActions {

    void done(RunbookItem item);

    /** Asks why the item does not apply, then marks it so. */
    void notApplicable(RunbookItem item);

    void reopen(RunbookItem item);

    void sign(RunbookItem item);

    void assign(RunbookItem item, Long accountId);

    boolean note(RunbookItem item, String text);

    boolean evidence(RunbookItem item, String textOrLink);

    void evidenceFile(RunbookItem item, String fileName, String contentType, byte[] content);

    /** Tells the others on the page what the person is writing on the item; null when they stopped. */
    void editing(RunbookItem item, String activityKey);

    /** Checks other modules offer for this item (probes, round trips). */
    List<EvidenceCheck> checks(RunbookItem item);

    /** Runs a check in the background and attaches its result; the button shows progress meanwhile. */
    void runCheck(RunbookItem item, EvidenceCheck check, Button button);
}
