package eu.regioacademy.platform;

import java.util.List;

/** A page of a list as a grid asks for it: SQL paging and sorting, no UI types. */
public record PageRequest(int offset, int limit, List<Sort> sorts) {

    public PageRequest {
        if (offset < 0) throw new IllegalArgumentException("offset < 0");
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit out of 1..1000");
        sorts = List.copyOf(sorts);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, List.of());
    }

    public record Sort(String property, boolean ascending) {
    }
}
