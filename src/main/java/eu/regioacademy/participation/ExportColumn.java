package eu.regioacademy.participation;

import java.time.LocalDateTime;
import java.util.function.BiFunction;

/**
 * A column of a participation export. The enums below fix the order of the columns, so a caller builds its translated
 * headers by walking {@code values()}, and CSV and XLSX cannot drift apart.
 *
 * @param <T> the row the column reads from
 */
public interface ExportColumn<T> {

    /** A comfortable spreadsheet column width, in characters. */
    double width();

    ExportCell cell(T row, ExportLabels labels);

    /** The columns of the ledger entries export. */
    enum Entry implements ExportColumn<LedgerLine> {
        OCCURRED_AT(17, (line, labels) -> new ExportCell.DateTime(LocalDateTime.ofInstant(line.occurredAt(), labels.zone()))),
        PERSON(28, (line, labels) -> new ExportCell.Text(line.personName())),
        REGION(28, (line, labels) -> new ExportCell.Text(line.regionName())),
        NUTS_CODE(10, (line, labels) -> new ExportCell.Text(line.nutsCode())),
        KIND(26, (line, labels) -> new ExportCell.Text(labels.kindName().apply(line.kind()))),
        QUANTITY(10, (line, labels) -> new ExportCell.Number(line.quantity())),
        TOPICS(40, (line, labels) -> new ExportCell.Text(line.topics())),
        SOURCE(16, (line, labels) -> new ExportCell.Text(line.source())),
        SOURCE_ID(10, (line, labels) -> new ExportCell.Number(line.sourceId()));

        private final double width;
        private final BiFunction<LedgerLine, ExportLabels, ExportCell> cell;

        Entry(double width, BiFunction<LedgerLine, ExportLabels, ExportCell> cell) {
            this.width = width;
            this.cell = cell;
        }

        @Override
        public double width() {
            return width;
        }

        @Override
        public ExportCell cell(LedgerLine row, ExportLabels labels) {
            return cell.apply(row, labels);
        }
    }

    /** The columns of the per-region summary export. */
    enum Region implements ExportColumn<RegionActivity> {
        REGION(30, (region, labels) -> new ExportCell.Text(region.name())),
        NUTS_CODE(10, (region, labels) -> new ExportCell.Text(region.nutsCode())),
        COUNTRY(9, (region, labels) -> new ExportCell.Text(region.countryCode())),
        COMMISSION(26, (region, labels) -> new ExportCell.Text(labels.commissionName().apply(region.commission()))),
        PEOPLE(10, (region, labels) -> new ExportCell.Number(region.people())),
        ENTRIES(10, (region, labels) -> new ExportCell.Number(region.entries())),
        TRAINING_HOURS(14, (region, labels) -> new ExportCell.Number(region.trainingHours())),
        MODULES_COMPLETED(14, (region, labels) -> new ExportCell.Number(region.modulesCompleted())),
        VISIT_DAYS(12, (region, labels) -> new ExportCell.Number(region.visitDays())),
        EXCHANGE_WEEKS(14, (region, labels) -> new ExportCell.Number(region.exchangeWeeks())),
        CERTIFICATES(12, (region, labels) -> new ExportCell.Number(region.certificates()));

        private final double width;
        private final BiFunction<RegionActivity, ExportLabels, ExportCell> cell;

        Region(double width, BiFunction<RegionActivity, ExportLabels, ExportCell> cell) {
            this.width = width;
            this.cell = cell;
        }

        @Override
        public double width() {
            return width;
        }

        @Override
        public ExportCell cell(RegionActivity row, ExportLabels labels) {
            return cell.apply(row, labels);
        }
    }
}
