package eu.regioacademy.platform.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import eu.regioacademy.platform.PageRequest;

/** A grid's lazy query as the services understand it. */
public final class Paging {

    private Paging() {
    }

    /** The largest page a grid may ask for; whole-list fetches (tests, exports) get this much at a time. */
    static final int MAX_PAGE = 1000;

    public static PageRequest of(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), Math.min(query.getLimit(), MAX_PAGE), query.getSortOrders().stream()
                .map(o -> new PageRequest.Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList());
    }
}
