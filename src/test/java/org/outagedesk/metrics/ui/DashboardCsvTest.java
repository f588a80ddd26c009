package org.outagedesk.metrics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells: quoted when needed, formulas defused, signed numbers kept. */
class DashboardCsvTest {

    @Test
    void quotesCommasAndQuotesAndDefusesFormulas() {
        assertThat(DashboardCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(DashboardCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(DashboardCsv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(DashboardCsv.cell("-12")).isEqualTo("-12");
        assertThat(DashboardCsv.cell(null)).isEmpty();
    }

    @Test
    void oneBlockPerChartAfterTheHeadline() {
        ChartData chart = new ChartData("c", "Incidents by cause", List.of("Cause", "Incidents"),
                List.of(List.of("Network", "2")), List.of("Network"), List.of(), "Incidents");

        String csv = new String(DashboardCsv.of(List.of("Incidents,2"), List.of(chart)), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFIncidents,2\r\n\r\nIncidents by cause\r\nCause,Incidents\r\nNetwork,2\r\n");
    }
}
