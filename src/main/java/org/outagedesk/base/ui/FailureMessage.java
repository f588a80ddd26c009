package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.outagedesk.base.DatabaseTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence people read when something they did failed for a reason that is not their input:
 * a database out of reach gets "try again in a minute"; anything else is logged with a short
 * reference they can quote to IT. Used by the error handler of every page ({@link FriendlyErrors})
 * and by forms that catch failures themselves.
 */
public final class FailureMessage {

    private static final Logger log = LoggerFactory.getLogger(FailureMessage.class);

    private FailureMessage() {}

    public static String of(Throwable failure, UI ui) {
        if (DatabaseTrouble.isUnreachable(failure)) {
            log.warn("The database is out of reach: {}", failure.toString());
            return ui.getTranslation("base.error.database");
        }
        return ui.getTranslation("base.error.unexpected") + " " + ui.getTranslation("base.error.reference",
                logged(failure));
    }

    /** Logs an unexpected failure with the full stack trace and returns the short reference to show for it. */
    public static String logged(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure, reference {}", reference, failure);
        return reference;
    }
}
