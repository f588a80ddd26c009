package org.outagedesk.runbook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.outagedesk.incident.FirstStep;
import org.outagedesk.incident.FirstSteps;
import org.outagedesk.mailerror.ErrorCategory;
import org.outagedesk.runbook.RunbookProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail-outage SOP's items to start with for a kind of failure, from {@code runbook/first-steps.tsv}
 * (a data file, numbers as the checklist shows them), titled from the template's current version.
 */
@Component
class RunbookFirstSteps implements FirstSteps {

    static final String PROBES_ONLY = "PROBES_ONLY";

    private final Map<String, List<String>> numbersByFailure;
    private final TemplateRepository templates;
    private final TemplateItemRepository templateItems;

    RunbookFirstSteps(TemplateRepository templates, TemplateItemRepository templateItems) {
        this.templates = templates;
        this.templateItems = templateItems;
        this.numbersByFailure = read("/runbook/first-steps.tsv");
    }

    @Override
    @Transactional(readOnly = true)
    public List<FirstStep> forFailure(ErrorCategory category, boolean probesFailing, Locale language) {
        String failure = category != null ? category.name() : probesFailing ? PROBES_ONLY : null;
        List<String> numbers = failure == null ? List.of() : numbersByFailure.getOrDefault(failure, List.of());
        if (numbers.isEmpty()) {
            return List.of();
        }
        return templates.findFirstByTemplateKeyAndActiveTrueOrderByVersionNoDesc(RunbookProperties.MAIL_OUTAGE)
                .map(template -> {
                    List<TemplateItem> ordered = templateItems.findByTemplateIdOrderByPhaseAscPositionAsc(template.id());
                    return ordered.stream()
                            .filter(item -> numbers.contains(RunReader.number(ordered, item)))
                            .map(item -> new FirstStep(RunReader.number(ordered, item),
                                    "es".equals(language.getLanguage()) ? item.titleEs() : item.titleEn()))
                            .toList();
                }).orElse(List.of());
    }

    static Map<String, List<String>> read(String resource) {
        try (InputStream in = RunbookFirstSteps.class.getResourceAsStream(resource)) {
            Map<String, List<String>> map = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.strip().split("\t");
                map.put(columns[0], List.of(columns[1].strip().split("\\s+")));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
