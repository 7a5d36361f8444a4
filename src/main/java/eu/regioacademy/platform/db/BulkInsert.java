package eu.regioacademy.platform.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Writes many rows of one table as multi-row {@code INSERT}s, a thousand rows per statement:
 * for generated data, where one statement per row would spend its time in round trips.
 * Repositories open a {@link Sink} for their table; the callers only see {@code add}.
 */
@Component
public class BulkInsert {

    static final int ROWS_PER_STATEMENT = 1000;

    private final DSLContext db;

    BulkInsert(DSLContext db) {
        this.db = db;
    }

    public Sink into(Table<?> table, Field<?>... fields) {
        return new Sink(db, table, fields);
    }

    /**
     * The next free id of a table whose key is a {@code BIGINT id}, for rows that name their own ids:
     * past the table's auto-increment counter too, so an id once used and deleted (and perhaps still
     * named by a ledger entry) is never handed out again.
     */
    public long nextId(Table<?> table) {
        Long max = db.select(DSL.max(DSL.field(DSL.name("id"), Long.class))).from(table).fetchOne(0, Long.class);
        Long counter = db.select(DSL.field(DSL.name("AUTO_INCREMENT"), Long.class))
                .from(DSL.table(DSL.name("information_schema", "TABLES")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA")).eq(DSL.field("DATABASE()")))
                .and(DSL.field(DSL.name("TABLE_NAME")).eq(table.getName()))
                .fetchOne(0, Long.class);
        return Math.max(max == null ? 1 : max + 1, counter == null ? 1 : counter);
    }

    /** Rows waiting to be written to one table; {@link #close()} writes the rest. */
    public static final class Sink implements AutoCloseable {

        private final DSLContext db;
        private final Table<?> table;
        private final Field<?>[] fields;
        private final List<Object[]> pending = new ArrayList<>();
        private final List<Sink> parents = new ArrayList<>();
        private long written;
        private int rowsPerStatement = ROWS_PER_STATEMENT;

        private Sink(DSLContext db, Table<?> table, Field<?>[] fields) {
            this.db = db;
            this.table = table;
            this.fields = fields.clone();
        }

        /** Rows this table's rows refer to: they are written first, whenever this sink writes. */
        public Sink after(Sink... parentSinks) {
            parents.addAll(List.of(parentSinks));
            return this;
        }

        /** Fewer rows per statement, for wide rows (a statement must fit in the server's packet limit). */
        public Sink rowsPerStatement(int rows) {
            rowsPerStatement = rows;
            return this;
        }

        /** One row, its values in the order of the sink's fields. */
        public void add(Object... values) {
            if (values.length != fields.length) {
                throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for "
                        + fields.length + " columns");
            }
            pending.add(values);
            if (pending.size() >= rowsPerStatement) flush();
        }

        public long written() {
            return written + pending.size();
        }

        public void flush() {
            if (pending.isEmpty()) return;
            parents.forEach(Sink::flush);
            InsertValuesStepN<?> insert = db.insertInto(table, fields);
            for (Object[] row : pending) insert = insert.values(row);
            insert.execute();
            written += pending.size();
            pending.clear();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
