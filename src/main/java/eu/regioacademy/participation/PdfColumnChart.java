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
 * Vertical bars drawn as vector graphics (a time series: one column per month), with a value
 * axis, gridlines, the value over each column where there is room, and the axis titles.
 */
final class PdfColumnChart {

    static final Color BAR = new Color(0x2F, 0x6D, 0xA3);
    static final Color GRID = new Color(0xD5, 0xDB, 0xE3);
    private static final float FONT = 7;
    private static final float AXIS_WIDTH = 44;
    private static final float LABEL_HEIGHT = 30;

    private PdfColumnChart() {
    }

    static void draw(PageFlow flow, PdfFonts fonts, List<ChartBar> bars, String valueAxis, String categoryAxis,
                     DoubleFunction<String> tickLabel, float height) throws IOException {
        flow.ensure(height);
        PDPageContentStream cs = flow.content();
        float left = flow.left() + AXIS_WIDTH;
        float right = flow.right();
        float top = flow.y() - 12;
        float bottom = flow.y() - height + LABEL_HEIGHT;
        ChartScale scale = ChartScale.upTo(bars.stream().mapToDouble(ChartBar::value).max().orElse(0));

        for (int i = 0; i <= scale.ticks(); i++) {
            float y = bottom + (top - bottom) * i / scale.ticks();
            line(cs, i == 0 ? Color.DARK_GRAY : GRID, left, y, right, y);
            PdfText.showRight(cs, fonts.regular(), FONT, Color.DARK_GRAY, tickLabel.apply(scale.step() * i), left - 4, y - FONT / 3);
        }
        PdfText.showUpwards(cs, fonts.regular(), FONT, Color.DARK_GRAY, valueAxis, flow.left() + FONT, (top + bottom) / 2);
        PdfText.showCentred(cs, fonts.regular(), FONT, Color.DARK_GRAY, categoryAxis, (left + right) / 2,
                flow.y() - height + 2);

        if (!bars.isEmpty()) {
            float slot = (right - left) / bars.size();
            int labelEvery = labelEvery(fonts, bars, slot);
            for (int i = 0; i < bars.size(); i++) {
                ChartBar bar = bars.get(i);
                float x = left + slot * i;
                float barHeight = (float) scale.share(bar.value()) * (top - bottom);
                cs.setNonStrokingColor(BAR);
                cs.addRect(x + slot * 0.15f, bottom, slot * 0.7f, barHeight);
                cs.fill();
                if (PdfText.width(fonts.regular(), FONT, bar.valueText()) <= slot) {
                    PdfText.showCentred(cs, fonts.regular(), FONT, Color.BLACK, bar.valueText(), x + slot / 2, bottom + barHeight + 2);
                }
                if (i % labelEvery == 0) {
                    PdfText.showCentred(cs, fonts.regular(), FONT, Color.DARK_GRAY, bar.label(), x + slot / 2, bottom - FONT - 3);
                }
            }
        }
        flow.down(height);
    }

    /** Every n-th category label, so long periods do not print labels on top of each other. */
    private static int labelEvery(PdfFonts fonts, List<ChartBar> bars, float slot) throws IOException {
        float widest = 0;
        for (ChartBar bar : bars) widest = Math.max(widest, PdfText.width(fonts.regular(), FONT, bar.label()));
        return Math.max(1, (int) Math.ceil((widest + 4) / slot));
    }

    static void line(PDPageContentStream cs, Color color, float x1, float y1, float x2, float y2) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(0.5f);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }
}
