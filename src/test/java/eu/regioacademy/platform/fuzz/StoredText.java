package eu.regioacademy.platform.fuzz;

import java.util.List;
import org.jooq.DSLContext;

/**
 * Reads back what a form stored: whether a text column of one of the form's tables holds the
 * typed text byte for byte (or stripped, as services trim). A form that mangles an emoji, drops
 * a combining mark or cuts a long text is caught here.
 */
public final class StoredText {

    private StoredText() {
    }

    public static boolean isStored(DSLContext db, List<String> tables, String text) {
        for (String table : tables) {
            List<String> columns = db.fetch("""
                    select column_name from information_schema.columns
                    where table_schema = database() and table_name = ?
                      and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')""", table)
                    .getValues(0, String.class);
            for (String column : columns) {
                String sql = "select count(*) from `" + table + "` where cast(`" + column + "` as binary) in (cast(? as binary), cast(? as binary))";
                if (db.fetchValue(sql, text, text.strip()) instanceof Number n && n.longValue() > 0) return true;
            }
        }
        return false;
    }
}
