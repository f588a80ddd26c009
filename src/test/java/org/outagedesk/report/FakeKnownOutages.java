package org.outagedesk.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stands in for the incident module in report tests: outages a test declares, matching any symptom. */
public class FakeKnownOutages implements KnownOutages {

    private final List<KnownOutage> outages = new CopyOnWriteArrayList<>();

    public static KnownOutage openOutage(long incidentId, String title) {
        return new KnownOutage(incidentId, "INC-" + incidentId, title, "investigating",
                Instant.now().plus(Duration.ofHours(2)), "We are looking into it.", Instant.now(), true);
    }

    public void add(KnownOutage outage) {
        outages.add(outage);
    }

    public void clear() {
        outages.clear();
    }

    @Override
    public List<KnownOutage> matching(Symptom symptom, MailClient client) {
        return outages.stream().filter(KnownOutage::open).toList();
    }

    @Override
    public Map<Long, KnownOutage> byIds(Collection<Long> incidentIds) {
        return outages.stream().filter(outage -> incidentIds.contains(outage.incidentId()))
                .collect(Collectors.toMap(KnownOutage::incidentId, Function.identity(), (a, b) -> a));
    }
}
