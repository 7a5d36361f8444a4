package eu.regioacademy.participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The member regions as a tile map: one equal hexagon per region, placed where its capital lies. Equal tiles
 * let a small island region weigh as much as a large mainland one, and need no map data beyond coordinates.
 * Each hexagon is a link (to the region's detail, say), so the map is a group of links rather than a picture.
 */
public final class RegionHexMap {

    /**
     * One region on the map.
     *
     * @param shortLabel a few letters written inside the hexagon (a NUTS or ISO code)
     * @param valueText  the value as the reader should see it, formatted for their language
     * @param selected   whether the region is in the current filter; it gets an outline
     */
    public record MapCell(long regionId, String name, String shortLabel, double latitude, double longitude,
                          double value, String valueText, String href, boolean selected) {
    }

    // the frame reaches from the Azores and the Canaries to Cyprus and the North Cape
    private static final double LON_MIN = -30;
    private static final double LON_MAX = 45;
    private static final double LAT_MIN = 27;
    private static final double LAT_MAX = 71;
    private static final double LON_SCALE = Math.cos(Math.toRadians((LAT_MIN + LAT_MAX) / 2));

    /**
     * Hexagon radius in degrees of latitude. Tried on the seeded regions plus a denser synthetic set of 160: at
     * 0.75 a quarter of the regions give way to a neighbour but none moves further than about one and a half
     * hexagons; larger cells make the map smaller but push regions visibly out of place.
     */
    private static final double HEX_DEGREES = 0.75;
    private static final double RADIUS = 14;
    private static final double SQRT3 = Math.sqrt(3);
    private static final double PADDING = 6;

    private static final String ZERO_FILL = "#e4e7eb";
    private static final String[] LEVEL_FILLS = {"#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
    private static final String SELECTED_STROKE = "#e07b00";

    private RegionHexMap() {
    }

    /**
     * Regions without usable coordinates (NaN) are left off, they still appear in the dashboard's table; regions
     * beyond the frame (the outermost regions overseas) are pinned to its nearest edge.
     */
    public static String render(String id, String title, String description, List<MapCell> cells, String lowLegend,
                                String highLegend) {
        List<Placed> placed = place(cells);
        StringBuilder svg = new StringBuilder(1024 + placed.size() * 400);
        if (placed.isEmpty()) {
            Svg.open(svg, id, title, description, 240, 40, "group", "chart region-map");
            return Svg.close(svg);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Placed p : placed) {
            Hex hex = p.hex();
            minX = Math.min(minX, hex.x());
            minY = Math.min(minY, hex.y());
            maxX = Math.max(maxX, hex.x());
            maxY = Math.max(maxY, hex.y());
        }
        double halfWidth = RADIUS * SQRT3 / 2;
        double dx = PADDING + halfWidth - minX;
        double dy = PADDING + RADIUS - minY;
        double mapWidth = maxX - minX + 2 * (halfWidth + PADDING);
        double mapBottom = maxY + dy + RADIUS;

        double legendFont = 10;
        double legendTop = mapBottom + 8;
        double legendWidth = Svg.textWidth(lowLegend, legendFont) + Svg.textWidth(highLegend, legendFont)
                + (LEVEL_FILLS.length + 1) * 16 + 12;
        double width = Math.max(mapWidth, legendWidth + 2 * PADDING);
        double height = legendTop + 12 + PADDING;

        Svg.open(svg, id, title, description, width, height, "group", "chart region-map");
        double max = placed.stream().mapToDouble(p -> Svg.drawable(p.cell().value())).max().orElse(0);
        // selected regions last, so their outline is not painted over by a neighbour
        List<Placed> order = placed.stream().sorted(Comparator.comparing(p -> p.cell().selected())).toList();
        for (Placed p : order) {
            cell(svg, p.cell(), p.hex().x() + dx, p.hex().y() + dy, level(p.cell().value(), max));
        }
        legend(svg, PADDING, legendTop, legendFont, lowLegend, highLegend);
        return Svg.close(svg);
    }

    /**
     * Snaps each region to the hexagon under its capital. Two regions wanting the same hexagon: the one with
     * the lower id keeps it, the other takes the free hexagon nearest to where it wanted to be, so the layout is
     * the same on every refresh.
     */
    static List<Placed> place(List<MapCell> cells) {
        List<MapCell> sorted = cells.stream()
                .filter(c -> Double.isFinite(c.latitude()) && Double.isFinite(c.longitude()))
                .sorted(Comparator.comparingLong(MapCell::regionId)).toList();
        Set<Hex> taken = new HashSet<>();
        List<Placed> placed = new ArrayList<>(sorted.size());
        for (MapCell cell : sorted) {
            double x = (Math.clamp(cell.longitude(), LON_MIN, LON_MAX) - LON_MIN) * LON_SCALE / HEX_DEGREES * RADIUS;
            double y = (LAT_MAX - Math.clamp(cell.latitude(), LAT_MIN, LAT_MAX)) / HEX_DEGREES * RADIUS;
            Hex wanted = Hex.nearest(x, y);
            Hex hex = taken.contains(wanted) ? nearestFree(wanted, x, y, taken) : wanted;
            taken.add(hex);
            placed.add(new Placed(cell, hex));
        }
        return placed;
    }

    private static Hex nearestFree(Hex wanted, double x, double y, Set<Hex> taken) {
        for (int ring = 1; ; ring++) {
            @Nullable Hex best = null;
            double bestDistance = Double.MAX_VALUE;
            for (Hex candidate : wanted.ring(ring)) {
                double distance = Math.hypot(candidate.x() - x, candidate.y() - y);
                if (!taken.contains(candidate) && distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                return best;
            }
        }
    }

    /** 0 for nothing, else 1 to 5 by the share of the largest value. */
    static int level(double value, double max) {
        double v = Svg.drawable(value);
        if (v == 0 || max <= 0) {
            return 0;
        }
        return Math.clamp((int) Math.ceil(v / max * LEVEL_FILLS.length), 1, LEVEL_FILLS.length);
    }

    private static String fill(int level) {
        return level == 0 ? ZERO_FILL : LEVEL_FILLS[level - 1];
    }

    private static void cell(StringBuilder svg, MapCell cell, double cx, double cy, int level) {
        String name = Svg.escape(cell.name() + ": " + cell.valueText());
        svg.append("<a href=\"").append(Svg.escape(cell.href())).append("\" aria-label=\"").append(name).append("\">");
        svg.append("<polygon class=\"region level-").append(level).append(cell.selected() ? " selected" : "")
                .append("\" fill=\"").append(fill(level)).append("\" stroke=\"")
                .append(cell.selected() ? SELECTED_STROKE : "#ffffff").append("\" stroke-width=\"")
                .append(cell.selected() ? "3" : "1").append("\" stroke-linejoin=\"round\" points=\"");
        for (int corner = 0; corner < 6; corner++) {
            double angle = Math.toRadians(60 * corner - 90);
            svg.append(corner == 0 ? "" : " ").append(Svg.num(cx + RADIUS * Math.cos(angle))).append(',')
                    .append(Svg.num(cy + RADIUS * Math.sin(angle)));
        }
        svg.append("\"><title>").append(name).append("</title></polygon>");
        // the label is decoration: the link's aria-label already names the region, and the pointer should reach
        // the hexagon (and its tooltip) through the letters
        svg.append("<text class=\"region-label\" aria-hidden=\"true\" pointer-events=\"none\" fill=\"")
                .append(level >= 4 ? "#ffffff" : "#1b1f24").append("\" font-size=\"7\" text-anchor=\"middle\" x=\"")
                .append(Svg.num(cx)).append("\" y=\"").append(Svg.num(cy + 2.5)).append("\">")
                .append(Svg.escape(Svg.clip(cell.shortLabel(), 5))).append("</text></a>");
    }

    private static void legend(StringBuilder svg, double x, double top, double fontSize, String low, String high) {
        double textY = top + 9;
        svg.append("<g class=\"legend\">");
        svg.append("<text class=\"legend-label\" fill=\"#5f6b76\" font-size=\"").append(Svg.num(fontSize))
                .append("\" x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(textY)).append("\">")
                .append(Svg.escape(low)).append("</text>");
        double swatchX = x + Svg.textWidth(low, fontSize) + 6;
        for (int level = 0; level <= LEVEL_FILLS.length; level++) {
            svg.append("<rect class=\"legend-swatch level-").append(level).append("\" fill=\"").append(fill(level))
                    .append("\" x=\"").append(Svg.num(swatchX)).append("\" y=\"").append(Svg.num(top))
                    .append("\" width=\"14\" height=\"10\"/>");
            swatchX += 16;
        }
        svg.append("<text class=\"legend-label\" fill=\"#5f6b76\" font-size=\"").append(Svg.num(fontSize))
                .append("\" x=\"").append(Svg.num(swatchX + 4)).append("\" y=\"").append(Svg.num(textY)).append("\">")
                .append(Svg.escape(high)).append("</text></g>");
    }

    record Placed(MapCell cell, Hex hex) {
    }

    /** A pointy-top hexagon in axial coordinates (q along a row, r down the rows). */
    record Hex(int q, int r) {

        private static final int[][] DIRECTIONS = {{1, 0}, {1, -1}, {0, -1}, {-1, 0}, {-1, 1}, {0, 1}};

        static Hex nearest(double x, double y) {
            double q = (SQRT3 / 3 * x - y / 3) / RADIUS;
            double r = (2.0 / 3 * y) / RADIUS;
            double s = -q - r;
            long rq = Math.round(q);
            long rr = Math.round(r);
            long rs = Math.round(s);
            // the coordinate that rounded furthest is recomputed from the other two, which keeps q + r + s = 0
            double dq = Math.abs(rq - q);
            double dr = Math.abs(rr - r);
            double ds = Math.abs(rs - s);
            if (dq > dr && dq > ds) {
                rq = -rr - rs;
            } else if (dr > ds) {
                rr = -rq - rs;
            }
            return new Hex((int) rq, (int) rr);
        }

        double x() {
            return RADIUS * SQRT3 * (q + r / 2.0);
        }

        double y() {
            return RADIUS * 1.5 * r;
        }

        /** The hexagons exactly {@code radius} steps away, always walked in the same order. */
        List<Hex> ring(int radius) {
            List<Hex> ring = new ArrayList<>(6 * radius);
            Hex hex = new Hex(q + DIRECTIONS[4][0] * radius, r + DIRECTIONS[4][1] * radius);
            for (int[] direction : DIRECTIONS) {
                for (int step = 0; step < radius; step++) {
                    ring.add(hex);
                    hex = new Hex(hex.q + direction[0], hex.r + direction[1]);
                }
            }
            return ring;
        }
    }
}
