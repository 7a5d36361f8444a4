package eu.regioacademy.participation;

import eu.regioacademy.platform.pdf.PageFlow;
import eu.regioacademy.platform.pdf.PdfFonts;
import eu.regioacademy.platform.pdf.PdfText;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Horizontal bars drawn as vector graphics (categories with long names: regions, kinds), the
 * name left of each bar, its value at the end, a value axis with gridlines underneath.
 */
final class PdfBarChart {

    private static final float FONT = 7.5f;
    private static final float ROW = 15;
    private static final float LABEL_WIDTH = 150;
    private static final float VALUE_ROOM = 40;
    private static final float AXIS_HEIGHT = 26;

    private PdfBarChart() {
    }

    static float height(int bars) {
        return Math.max(1, bars) * ROW + AXIS_HEIGHT + 6;
    }

    static void draw(PageFlow flow, PdfFonts fonts, List<ChartBar> bars, String valueAxis,
                     DoubleFunction<String> tickLabel) throws IOException {
        float height = height(bars.size());
        flow.ensure(height);
        PDPageContentStream cs = flow.content();
        float left = flow.left() + LABEL_WIDTH;
        float right = flow.right() - VALUE_ROOM;
        float top = flow.y() - 4;
        float bottom = top - Math.max(1, bars.size()) * ROW;
        ChartScale scale = ChartScale.upTo(bars.stream().mapToDouble(ChartBar::value).max().orElse(0));

        for (int i = 0; i <= scale.ticks(); i++) {
            float x = left + (right - left) * i / scale.ticks();
            PdfColumnChart.line(cs, i == 0 ? Color.DARK_GRAY : PdfColumnChart.GRID, x, top, x, bottom);
            PdfText.showCentred(cs, fonts.regular(), FONT, Color.DARK_GRAY, tickLabel.apply(scale.step() * i), x, bottom - FONT - 2);
        }
        PdfText.showCentred(cs, fonts.regular(), FONT, Color.DARK_GRAY, valueAxis, (left + right) / 2, bottom - 2 * FONT - 8);

        for (int i = 0; i < bars.size(); i++) {
            ChartBar bar = bars.get(i);
            float rowTop = top - ROW * i;
            float length = (float) scale.share(bar.value()) * (right - left);
            cs.setNonStrokingColor(PdfColumnChart.BAR);
            cs.addRect(left, rowTop - ROW * 0.82f, length, ROW * 0.64f);
            cs.fill();
            float baseline = rowTop - ROW / 2 - FONT / 3;
            PdfText.showRight(cs, fonts.regular(), FONT, Color.BLACK,
                    PdfText.fitted(fonts.regular(), FONT, bar.label(), LABEL_WIDTH - 6), left - 4, baseline);
            PdfText.show(cs, fonts.regular(), FONT, Color.BLACK, bar.valueText(), left + length + 3, baseline);
        }
        flow.down(height);
    }
}
