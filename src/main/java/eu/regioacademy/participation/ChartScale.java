package eu.regioacademy.participation;

/** A value axis from zero to a round maximum, in round steps (1, 2 or 5 times a power of ten). */
record ChartScale(double max, double step) {

    static ChartScale upTo(double largest) {
        if (largest <= 0) return new ChartScale(1, 1);
        double rough = largest / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double factor : new double[]{1, 2, 5, 10}) {
            step = factor * magnitude;
            if (step >= rough) break;
        }
        // counts need whole steps
        step = Math.max(step, 1);
        return new ChartScale(Math.ceil(largest / step) * step, step);
    }

    int ticks() {
        return (int) Math.round(max / step);
    }

    /** The share of the axis a value takes, 0 to 1. */
    double share(double value) {
        return Math.min(1, Math.max(0, value / max));
    }
}
