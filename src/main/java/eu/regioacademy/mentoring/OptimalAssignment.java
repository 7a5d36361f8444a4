package eu.regioacademy.mentoring;

import java.util.Arrays;

/**
 * The optimal assignment of mentees to mentors under capacities (Hungarian algorithm,
 * O(n³)): each mentor is expanded into as many columns as free places, and each mentee
 * gets a "no mentor" column, so leaving someone unmatched is a choice the optimum weighs.
 */
final class OptimalAssignment {

    private static final long FORBIDDEN = Long.MAX_VALUE / 4;

    private OptimalAssignment() {
    }

    /**
     * @param weight   weight[i][j] of mentee i with mentor j, or a negative number where they cannot be paired
     * @param capacity free places of each mentor
     * @return for each mentee the mentor's index, or -1 when unmatched; the total weight is maximal
     */
    static int[] maximise(long[][] weight, int[] capacity) {
        int mentees = weight.length;
        int slots = Arrays.stream(capacity).map(c -> Math.max(0, c)).sum();
        int[] slotMentor = new int[slots];
        for (int j = 0, s = 0; j < capacity.length; j++) {
            for (int k = 0; k < capacity[j]; k++) slotMentor[s++] = j;
        }
        int n = Math.max(mentees, slots + mentees);
        long[][] cost = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < n; c++) {
                if (i >= mentees) cost[i][c] = 0;
                else if (c < slots) {
                    long w = weight[i][slotMentor[c]];
                    cost[i][c] = w < 0 ? FORBIDDEN : -w;
                } else cost[i][c] = 0;
            }
        }
        int[] columnOfRow = hungarian(cost);
        int[] result = new int[mentees];
        for (int i = 0; i < mentees; i++) {
            int c = columnOfRow[i];
            result[i] = c < slots && cost[i][c] < FORBIDDEN ? slotMentor[c] : -1;
        }
        return result;
    }

    /** Minimum-cost perfect assignment of a square matrix (potentials method). */
    private static int[] hungarian(long[][] a) {
        int n = a.length;
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        long cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] columnOfRow = new int[n];
        for (int j = 1; j <= n; j++) columnOfRow[p[j] - 1] = j - 1;
        return columnOfRow;
    }
}
