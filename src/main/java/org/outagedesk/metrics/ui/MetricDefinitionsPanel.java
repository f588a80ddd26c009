package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** How every figure is measured, in the page's language (the same rules as {@code MetricDefinitions}). */
final class MetricDefinitionsPanel extends Details {

    private static final List<String> KEYS = List.of("mttd", "mtta", "mttm", "mttr", "phases", "percentiles",
            "left-out", "missing", "reopened", "period", "reviews", "overdue");

    MetricDefinitionsPanel() {
        setId("metrics-definitions");
        setSummaryText(getTranslation("metrics.definitions.title"));
        UnorderedList list = new UnorderedList();
        KEYS.forEach(key -> list.add(new ListItem(getTranslation("metrics.definition." + key))));
        add(list);
        setOpened(true);
        addClassName("metrics-definitions");
    }
}
