package eu.regioacademy.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {

    /** Takes the best remaining pair each time: what the optimum must beat. */
    static int[] greedy(long[][] w, int[] capacity) {
        int[] left = capacity.clone();
        int[] result = new int[w.length];
        Arrays.fill(result, -1);
        while (true) {
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < w.length; i++) {
                if (result[i] >= 0) continue;
                for (int j = 0; j < capacity.length; j++) {
                    if (left[j] > 0 && w[i][j] >= 0 && (bi < 0 || w[i][j] > w[bi][bj])) {
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) return result;
            result[bi] = bj;
            left[bj]--;
        }
    }

    static long total(long[][] w, int[] assignment) {
        long sum = 0;
        for (int i = 0; i < assignment.length; i++) if (assignment[i] >= 0) sum += w[i][assignment[i]];
        return sum;
    }

    @Test
    void the_optimum_beats_greedy_where_the_best_single_pair_blocks_a_better_whole() {
        long[][] w = {{100, 95}, {90, 10}};
        int[] capacity = {1, 1};
        assertThat(total(w, greedy(w, capacity))).isEqualTo(110);
        int[] optimal = OptimalAssignment.maximise(w, capacity);
        assertThat(optimal).containsExactly(1, 0);
        assertThat(total(w, optimal)).isEqualTo(185);
    }

    @Test
    void capacities_are_respected_and_impossible_pairs_never_chosen() {
        long[][] w = {{50, -1}, {40, -1}, {30, 5}, {20, -1}};
        int[] capacity = {2, 1};
        int[] result = OptimalAssignment.maximise(w, capacity);
        assertThat(Arrays.stream(result).filter(j -> j == 0).count()).isEqualTo(2);
        assertThat(Arrays.stream(result).filter(j -> j == 1).count()).isLessThanOrEqualTo(1);
        for (int i = 0; i < w.length; i++) if (result[i] >= 0) assertThat(w[i][result[i]]).isNotNegative();
        assertThat(result).containsExactly(0, 0, 1, -1);
    }

    @Test
    void best_total_may_leave_someone_unmatched_while_most_matched_places_everyone_it_can() {
        // A scores 100 with M0 and 1 with M1; B can only take M0 (10)
        long[][] scores = {{100, 1}, {10, -1}};
        int[] capacity = {1, 1};
        int[] best = OptimalAssignment.maximise(scores, capacity);
        assertThat(best).containsExactly(0, -1);

        long[][] most = {{1_000_000 + 100, 1_000_000 + 1}, {1_000_000 + 10, -1}};
        int[] many = OptimalAssignment.maximise(most, capacity);
        assertThat(many).containsExactly(1, 0);
    }

    @Test
    void on_random_cases_it_is_never_worse_than_greedy_and_never_exceeds_capacity() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int mentees = 1 + random.nextInt(7);
            int mentors = 1 + random.nextInt(4);
            long[][] w = new long[mentees][mentors];
            for (long[] row : w) for (int j = 0; j < mentors; j++) row[j] = random.nextInt(5) == 0 ? -1 : random.nextInt(100);
            int[] capacity = new int[mentors];
            for (int j = 0; j < mentors; j++) capacity[j] = random.nextInt(3);
            int[] optimal = OptimalAssignment.maximise(w, capacity);
            assertThat(total(w, optimal)).isGreaterThanOrEqualTo(total(w, greedy(w, capacity)));
            for (int j = 0; j < mentors; j++) {
                int mentor = j;
                assertThat(Arrays.stream(optimal).filter(x -> x == mentor).count()).isLessThanOrEqualTo(capacity[j]);
            }
        }
    }
}
