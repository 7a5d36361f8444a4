package eu.regioacademy.participation;

/**
 * One bar of a chart, drawn the same way in the browser (SVG) and in the PDF report.
 *
 * @param valueText the value as the reader should see it, formatted for their language
 */
public record ChartBar(String label, double value, String valueText) {
}
