package eu.regioacademy.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Bar charts as inline SVG, drawn on the server so the dashboard needs no chart library in the browser.
 * Every bar carries its own tooltip; the colours are classes the theme may restyle, with fills that look
 * right without any CSS (in a PDF, say).
 */
public final class SvgChart {

    private static final double WIDTH = 720;
    private static final String BAR_FILL = "#1b3a5c";
    private static final String AXIS_STROKE = "#c8cdd3";
    private static final String LABEL_FILL = "#2b3440";
    private static final String AXIS_LABEL_FILL = "#5f6b76";

    private SvgChart() {
    }

    /** Vertical columns, one per bar in the given order (months, typically); labels turn when they would not fit. */
    public static String columns(String id, String title, String description, List<ChartBar> bars) {
        StringBuilder svg = new StringBuilder(512 + bars.size() * 256);
        if (bars.isEmpty()) {
            Svg.open(svg, id, title, description, WIDTH, 40, "img", "chart");
            return Svg.close(svg);
        }
        double fontSize = 11;
        double top = 14;
        double plotHeight = 200;
        double max = max(bars);
        String maxText = maxText(bars);
        double left = Math.clamp(Svg.textWidth(maxText, fontSize) + 10, 24, 120);
        double right = 8;

        double slot = (WIDTH - left - right) / bars.size();
        // turning only pays when a column is too narrow for a readable shortened label
        int fitting = Svg.charsFitting(slot - 4, fontSize);
        boolean turned = fitting < 10 && bars.stream().anyMatch(b -> Svg.textWidth(b.label(), fontSize) > slot - 4);
        int labelChars = turned ? 14 : fitting;
        List<String> labels = bars.stream().map(b -> Svg.clip(b.label(), labelChars)).toList();
        double longest = labels.stream().mapToDouble(l -> Svg.textWidth(l, fontSize)).max().orElse(0);
        if (turned) {
            // a label turned by 45° reaches left of its column: the first one must stay inside the picture
            double slotAfterMargin = (WIDTH - left - right) / bars.size();
            left = Math.max(left, longest * 0.71 - slotAfterMargin / 2 + 4);
        }
        double columnSlot = (WIDTH - left - right) / bars.size();
        double bottom = turned ? longest * 0.71 + fontSize + 8 : fontSize + 10;
        double height = top + plotHeight + bottom;
        double baseline = top + plotHeight;

        Svg.open(svg, id, title, description, WIDTH, height, "img", "chart");
        valueAxisHorizontal(svg, left, WIDTH - right, top, baseline, max, maxText, fontSize);

        // thin the labels so that neighbouring turned labels keep a line's height apart
        int every = turned ? (int) Math.ceil(fontSize * 1.2 / columnSlot) : 1;
        boolean valuesFit = bars.stream().allMatch(b -> Svg.textWidth(b.valueText(), fontSize - 1) <= columnSlot - 2);
        svg.append("<g class=\"chart-bars\">");
        for (int i = 0; i < bars.size(); i++) {
            ChartBar bar = bars.get(i);
            double x = left + i * columnSlot + columnSlot * 0.15;
            double w = columnSlot * 0.7;
            double h = max > 0 ? Svg.drawable(bar.value()) / max * plotHeight : 0;
            rect(svg, x, baseline - h, w, h, bar);
            double centre = x + w / 2;
            if (valuesFit && h > 0) {
                text(svg, "chart-value", LABEL_FILL, centre, baseline - h - 3, fontSize - 1, "middle", bar.valueText());
            }
            if (i % every == 0) {
                double y = baseline + fontSize + 2;
                if (turned) {
                    svg.append("<text class=\"chart-label\" fill=\"").append(LABEL_FILL).append("\" font-size=\"")
                            .append(Svg.num(fontSize)).append("\" text-anchor=\"end\" x=\"").append(Svg.num(centre))
                            .append("\" y=\"").append(Svg.num(y)).append("\" transform=\"rotate(-45 ")
                            .append(Svg.num(centre)).append(' ').append(Svg.num(y)).append(")\">")
                            .append(Svg.escape(labels.get(i))).append("</text>");
                } else {
                    text(svg, "chart-label", LABEL_FILL, centre, y, fontSize, "middle", labels.get(i));
                }
            }
        }
        svg.append("</g>");
        return Svg.close(svg);
    }

    /** Horizontal bars, label left and value right of each; for rankings, so the order given is kept. */
    public static String bars(String id, String title, String description, List<ChartBar> bars) {
        StringBuilder svg = new StringBuilder(512 + bars.size() * 320);
        if (bars.isEmpty()) {
            Svg.open(svg, id, title, description, WIDTH, 40, "img", "chart");
            return Svg.close(svg);
        }
        double fontSize = 12;
        double row = 26;
        double thickness = 16;
        double top = 4;
        int labelChars = 28;
        int valueChars = 20;
        List<String> labels = bars.stream().map(b -> Svg.clip(b.label(), labelChars)).toList();
        List<String> values = bars.stream().map(b -> Svg.clip(b.valueText(), valueChars)).toList();
        double left = labels.stream().mapToDouble(l -> Svg.textWidth(l, fontSize)).max().orElse(0) + 14;
        double right = values.stream().mapToDouble(v -> Svg.textWidth(v, fontSize)).max().orElse(0) + 10;
        double plotWidth = WIDTH - left - right;
        double max = max(bars);
        double axisY = top + bars.size() * row;
        double height = axisY + fontSize + 10;

        Svg.open(svg, id, title, description, WIDTH, height, "img", "chart");
        line(svg, left, top, left, axisY);
        line(svg, left, axisY, left + plotWidth, axisY);
        text(svg, "chart-axis-label", AXIS_LABEL_FILL, left, axisY + fontSize + 2, fontSize - 1, "middle", "0");
        if (max > 0) {
            line(svg, left + plotWidth, top, left + plotWidth, axisY);
            text(svg, "chart-axis-label", AXIS_LABEL_FILL, left + plotWidth, axisY + fontSize + 2, fontSize - 1, "end",
                    Svg.clip(maxText(bars), valueChars));
        }
        svg.append("<g class=\"chart-bars\">");
        for (int i = 0; i < bars.size(); i++) {
            ChartBar bar = bars.get(i);
            double rowTop = top + i * row;
            double w = max > 0 ? Svg.drawable(bar.value()) / max * plotWidth : 0;
            double textY = rowTop + row / 2 + fontSize * 0.35;
            text(svg, "chart-label", LABEL_FILL, left - 8, textY, fontSize, "end", labels.get(i));
            rect(svg, left, rowTop + (row - thickness) / 2, w, thickness, bar);
            text(svg, "chart-value", LABEL_FILL, left + w + 6, textY, fontSize, "start", values.get(i));
        }
        svg.append("</g>");
        return Svg.close(svg);
    }

    /**
     * Keeps the first {@code n} bars and sums the rest into one, so a long tail does not drown the ranking.
     * The tail is summed even when it is all zeros: "others: 0" is still a true statement about the rest.
     */
    public static List<ChartBar> topWithOthers(List<ChartBar> sortedDescending, int n, String othersLabel,
                                               DoubleFunction<String> format) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (sortedDescending.size() <= n) {
            return List.copyOf(sortedDescending);
        }
        List<ChartBar> kept = new ArrayList<>(sortedDescending.subList(0, n));
        double rest = sortedDescending.subList(n, sortedDescending.size()).stream().mapToDouble(ChartBar::value).sum();
        kept.add(new ChartBar(othersLabel, rest, format.apply(rest)));
        return List.copyOf(kept);
    }

    private static double max(List<ChartBar> bars) {
        return bars.stream().mapToDouble(b -> Svg.drawable(b.value())).max().orElse(0);
    }

    /** The axis' top is labelled with the largest bar's own text, which is already in the reader's format. */
    private static String maxText(List<ChartBar> bars) {
        ChartBar largest = bars.getFirst();
        for (ChartBar bar : bars) {
            if (Svg.drawable(bar.value()) > Svg.drawable(largest.value())) {
                largest = bar;
            }
        }
        return Svg.drawable(largest.value()) > 0 ? largest.valueText() : "";
    }

    private static void valueAxisHorizontal(StringBuilder svg, double x1, double x2, double top, double baseline,
                                            double max, String maxText, double fontSize) {
        line(svg, x1, baseline, x2, baseline);
        text(svg, "chart-axis-label", AXIS_LABEL_FILL, x1 - 5, baseline + fontSize * 0.35, fontSize - 1, "end", "0");
        if (max > 0) {
            svg.append("<line class=\"chart-grid\" stroke=\"").append(AXIS_STROKE).append("\" stroke-dasharray=\"3 3\" x1=\"")
                    .append(Svg.num(x1)).append("\" y1=\"").append(Svg.num(top)).append("\" x2=\"").append(Svg.num(x2))
                    .append("\" y2=\"").append(Svg.num(top)).append("\"/>");
            text(svg, "chart-axis-label", AXIS_LABEL_FILL, x1 - 5, top + fontSize * 0.35, fontSize - 1, "end",
                    Svg.clip(maxText, 16));
        }
    }

    /** A zero value still gets its (empty) rect, so every bar keeps its tooltip in the document. */
    private static void rect(StringBuilder svg, double x, double y, double w, double h, ChartBar bar) {
        svg.append("<rect class=\"chart-bar\" fill=\"").append(BAR_FILL).append("\" x=\"").append(Svg.num(x))
                .append("\" y=\"").append(Svg.num(y)).append("\" width=\"").append(Svg.num(w))
                .append("\" height=\"").append(Svg.num(h)).append("\"><title>").append(Svg.escape(bar.label()))
                .append(": ").append(Svg.escape(bar.valueText())).append("</title></rect>");
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line class=\"chart-axis\" stroke=\"").append(AXIS_STROKE).append("\" x1=\"").append(Svg.num(x1))
                .append("\" y1=\"").append(Svg.num(y1)).append("\" x2=\"").append(Svg.num(x2)).append("\" y2=\"")
                .append(Svg.num(y2)).append("\"/>");
    }

    private static void text(StringBuilder svg, String cssClass, String fill, double x, double y, double fontSize,
                             String anchor, String content) {
        svg.append("<text class=\"").append(cssClass).append("\" fill=\"").append(fill).append("\" font-size=\"")
                .append(Svg.num(fontSize)).append("\" text-anchor=\"").append(anchor).append("\" x=\"").append(Svg.num(x))
                .append("\" y=\"").append(Svg.num(y)).append("\">").append(Svg.escape(content)).append("</text>");
    }
}
