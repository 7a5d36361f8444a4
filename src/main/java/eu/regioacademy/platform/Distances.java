package eu.regioacademy.platform;

/** Distances between regions on the globe, for the travel bands. */
public final class Distances {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Distances() {
    }

    /** Haversine distance, rounded to whole kilometres. */
    public static int greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return (int) Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a)));
    }
}
