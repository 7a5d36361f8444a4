package eu.regioacademy.mentoring;

/** What cycle-wide matching optimises. */
public enum MatchMode {
    /** The highest sum of scores, even if a hard-to-place mentee stays unmatched. */
    BEST_TOTAL,
    /** As many mentees matched as possible; among those assignments, the best total. */
    MOST_MATCHED
}
