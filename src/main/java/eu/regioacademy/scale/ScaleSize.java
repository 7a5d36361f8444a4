package eu.regioacademy.scale;

/** How much to generate; {@link #network()} is the size the performance targets are set for. */
public record ScaleSize(int regions, int people, int modules, int enrolments, int visits, int visitApplications,
                        int pairings, int sessions, int placements, int certificates, int ledgerEntries) {

    /** An EU-wide deployment: all NUTS-2 regions, tens of thousands of staff, three years of activity. */
    public static ScaleSize network() {
        return new ScaleSize(250, 50_000, 300, 200_000, 2_000, 30_000, 5_000, 60_000, 3_000, 100_000, 1_000_000);
    }

    /** The same proportions, {@code divisor} times smaller (regions stay as many), for tests of the generator. */
    public ScaleSize dividedBy(int divisor) {
        return new ScaleSize(regions, people / divisor, Math.max(10, modules / divisor), enrolments / divisor,
                visits / divisor, visitApplications / divisor, pairings / divisor, sessions / divisor,
                placements / divisor, certificates / divisor, ledgerEntries / divisor);
    }
}
