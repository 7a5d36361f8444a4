package eu.regioacademy.platform.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import eu.regioacademy.platform.PageRequest;

/** A grid's lazy query as the services understand it. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(Query<?, ?> query) {
        return new PageRequest(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(o -> new PageRequest.Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING))
                .toList());
    }
}
