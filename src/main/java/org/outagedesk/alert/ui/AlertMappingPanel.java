package org.outagedesk.alert.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.outagedesk.alert.AlertMapping;

/** How alert labels are read (from configuration; shown, not edited here). */
class AlertMappingPanel extends Div {

    AlertMappingPanel(AlertMapping mapping) {
        addClassName("panel");
        setId("alert-mapping");
        Paragraph hint = new Paragraph(getTranslation("alert.mapping.hint"));
        hint.addClassName("muted");
        Div services = table(mapping.serviceLabel(), mapping.services().entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, entry -> service(entry.getValue()), (a, b) -> a,
                        TreeMap::new)));
        services.add(line(getTranslation("alert.mapping.otherwise"), mapping.defaultServices().stream()
                .map(this::service).collect(Collectors.joining(", "))));
        Div severities = table(mapping.severityLabel(), mapping.severities().entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, entry -> severity(entry.getValue()), (a, b) -> a,
                        TreeMap::new)));
        severities.add(line(getTranslation("alert.mapping.otherwise"), severity(mapping.defaultSeverity())));
        Div tables = new Div(services, severities);
        tables.addClassName("alert-mapping-tables");
        Paragraph rules = new Paragraph(getTranslation("alert.mapping.rules", mapping.rateLimitPerMinute(),
                getTranslation(mapping.resolvedMarksMitigated() ? "alert.mapping.mitigated-on"
                        : "alert.mapping.mitigated-off")));
        rules.addClassName("muted");
        add(new H3(getTranslation("alert.mapping.title")), hint, tables, rules);
    }

    private Div table(String label, Map<String, String> rows) {
        Div table = new Div(new Div(new Span(getTranslation("alert.mapping.label") + " "), new Code(label)));
        table.addClassName("alert-mapping-table");
        rows.forEach((value, meaning) -> table.add(line(label + "=" + value, meaning)));
        return table;
    }

    private Div line(String value, String meaning) {
        Code code = new Code(value);
        Div row = new Div(code, new Span(" → " + meaning));
        row.addClassName("alert-mapping-row");
        return row;
    }

    private String service(MailService service) {
        return getTranslation("status.service." + service.name().toLowerCase(Locale.ROOT));
    }

    private String severity(Severity severity) {
        return getTranslation("incident.severity." + severity.name());
    }
}
