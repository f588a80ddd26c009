package org.outagedesk.metrics.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * A horizontal bar chart drawn by JFreeChart into SVG (JFreeSVG). Every bar carries a
 * {@code <title>} with its label and value, shown on hover and read by screen readers.
 */
final class BarChart {

    /** One series of bars; {@code hover[i]} is the text of bar {@code i}. */
    record Series(String name, double[] values, String[] hover) {}

    private static final Color[] COLOURS = {new Color(0x1f3a5f), new Color(0x6b9bd1), new Color(0xef6c00)};
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int WIDTH = 520;

    private BarChart() {}

    static String svg(String id, List<String> categories, List<Series> series, String valueLabel) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Series one : series) {
            for (int i = 0; i < categories.size(); i++) {
                dataset.addValue(one.values()[i], one.name(), categories.get(i));
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis();
        categoryAxis.setTickLabelFont(FONT);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setLabelFont(FONT);
        valueAxis.setTickLabelFont(FONT);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        TitledBarRenderer renderer = new TitledBarRenderer(series);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdfe6ee));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, FONT, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
        }
        int height = 70 + Math.max(1, categories.size()) * (18 + 14 * series.size());
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, height));
        return graphics.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    /** Draws each bar with its hover title. */
    private static final class TitledBarRenderer extends BarRenderer {

        private final transient List<Series> series;

        TitledBarRenderer(List<Series> series) {
            this.series = series;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setItemMargin(0.05);
            for (int i = 0; i < series.size(); i++) {
                setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            }
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row,
                int column, int pass) {
            g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, series.get(row).hover()[column]);
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        }
    }
}
