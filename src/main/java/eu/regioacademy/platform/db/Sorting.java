package eu.regioacademy.platform.db;

import eu.regioacademy.platform.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.SortField;

/** Turns a page request's sort properties into ORDER BY terms through a whitelist of columns. */
public final class Sorting {

    private Sorting() {
    }

    public static List<SortField<?>> orderBy(PageRequest page, Map<String, Field<?>> sortable,
                                             SortField<?>... tieBreakers) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageRequest.Sort sort : page.sorts()) {
            Field<?> field = sortable.get(sort.property());
            if (field != null) {
                order.add(sort.ascending() ? field.asc() : field.desc());
            }
        }
        order.addAll(List.of(tieBreakers));
        return order;
    }

    /** A LIKE pattern that matches the text anywhere, with the user's % and _ taken literally. */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
