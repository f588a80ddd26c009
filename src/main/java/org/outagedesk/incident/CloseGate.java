package org.outagedesk.incident;

import java.util.Optional;

/**
 * Asked before a resolved incident is closed (implemented by the review module: a required
 * review must be final first). An answer refuses the close with that message key, which takes
 * the incident's reference as its argument.
 */
public interface CloseGate {

    /** The message key saying why the incident may not close yet, or empty to let it close. */
    Optional<String> refusalKey(IncidentDetails incident);
}
