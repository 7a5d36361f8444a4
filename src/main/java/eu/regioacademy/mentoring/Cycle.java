package eu.regioacademy.mentoring;

import java.time.LocalDate;

/** A mentoring cycle the secretariat opens, with how many asked and how many are paired. */
public record Cycle(long id, String name, LocalDate startsOn, LocalDate endsOn, boolean open, int requests,
                    int openRequests, int pairings) {
}
