package org.outagedesk.probe.ui;

import com.vaadin.flow.component.Html;
import java.util.List;
import java.util.Locale;
import org.outagedesk.base.HtmlText;

/** Recent latencies as a small inline SVG line; failed checks are red dots on the baseline. */
final class Sparkline {

    static final int WIDTH = 160;
    static final int HEIGHT = 36;
    private static final int PAD = 3;

    private Sparkline() {}

    /** {@code millis} oldest first, {@code -1} for a failure. */
    static Html of(List<Long> millis, String label) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' class='probe-sparkline' role='img' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("' width='").append(WIDTH).append("' height='")
                .append(HEIGHT).append("'><title>").append(HtmlText.escape(label)).append("</title>");
        long max = Math.max(1, millis.stream().mapToLong(Long::longValue).max().orElse(1));
        int count = millis.size();
        StringBuilder line = new StringBuilder();
        for (int index = 0; index < count; index++) {
            double x = count == 1 ? WIDTH / 2.0 : PAD + index * (WIDTH - 2.0 * PAD) / (count - 1);
            long value = millis.get(index);
            if (value < 0) {
                svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%d' r='2.5' fill='#c62828'/>", x,
                        HEIGHT - PAD));
                continue;
            }
            double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * value / max;
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        if (!line.isEmpty()) {
            svg.append("<polyline fill='none' stroke='#1565c0' stroke-width='1.6' stroke-linejoin='round' points='")
                    .append(line.toString().strip()).append("'/>");
        }
        return new Html(svg.append("</svg>").toString());
    }
}
