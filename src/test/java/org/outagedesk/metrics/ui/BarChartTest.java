package org.outagedesk.metrics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-side SVG: one titled bar per value, labels escaped. */
class BarChartTest {

    @Test
    void everyBarHasItsHoverTitleAndTextIsEscaped() {
        String svg = BarChart.svg("chart-x", List.of("Mail <relay>", "Webmail"),
                List.of(new BarChart.Series("Incidents", new double[] {3, 1},
                        new String[] {"Mail <relay>: 3", "Webmail: 1"})), "Incidents");

        assertThat(svg).startsWith("<svg").contains("id='chart-x'").contains("<title>Mail &lt;relay&gt;: 3</title>")
                .contains("<title>Webmail: 1</title>").doesNotContain("<relay>");
    }
}
