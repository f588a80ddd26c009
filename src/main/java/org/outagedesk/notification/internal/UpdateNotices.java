package org.outagedesk.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.incident.UpdateKind;
import org.outagedesk.notification.internal.NoticeArguments.Kind;
import org.outagedesk.notification.internal.NoticeArguments.Stored;

/**
 * An update as an in-portal notice keeps it: the fields it is rendered from, as named arguments
 * (kind, status and audience by their internal names, which are never shown: they choose labels).
 */
final class UpdateNotices {

    private UpdateNotices() {}

    static List<Stored> arguments(StatusUpdate update) {
        List<Stored> stored = new ArrayList<>();
        text(stored, "reference", update.reference());
        text(stored, "title", update.incidentTitle());
        text(stored, "kind", update.kind().name());
        text(stored, "audience", update.audience().name());
        text(stored, "status", update.status().name());
        text(stored, "message", update.message());
        if (update.eta() != null) {
            stored.add(new Stored("eta", Kind.TIME, null, update.eta()));
        }
        text(stored, "workaround", update.workaround());
        text(stored, "cause", update.cause());
        text(stored, "prevention", update.prevention());
        return stored;
    }

    /** The update back from its notice; who posted it is not kept (no notice shows it). */
    static StatusUpdate update(long updateId, long incidentId, Instant postedAt, Map<String, Stored> arguments) {
        return new StatusUpdate(updateId, incidentId, text(arguments, "reference"), text(arguments, "title"),
                UpdateKind.valueOf(text(arguments, "kind")), UpdateAudience.valueOf(text(arguments, "audience")),
                PublicStatus.valueOf(text(arguments, "status")), text(arguments, "message"),
                arguments.containsKey("eta") ? arguments.get("eta").time() : null, text(arguments, "workaround"),
                text(arguments, "cause"), text(arguments, "prevention"), postedAt, 0, "");
    }

    private static void text(List<Stored> stored, String name, String value) {
        if (value != null) {
            stored.add(new Stored(name, Kind.TEXT, value, null));
        }
    }

    private static String text(Map<String, Stored> arguments, String name) {
        Stored stored = arguments.get(name);
        return stored == null ? null : stored.text();
    }
}
