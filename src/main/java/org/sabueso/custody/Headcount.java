package org.sabueso.custody;

import java.time.LocalDate;

/**
 * The files in custody in a facility set against the population it last reported. They are two
 * counts of the same people kept apart (the files by the records office, the figure by the
 * director's daily return); when they differ, one of them is wrong and the page says so rather
 * than pick one. {@code population} is null when no figure was reported by the day.
 */
public record Headcount(int filesInCustody, Integer population, LocalDate populationOn) {

    /** No figure to compare with, or a figure that is not the number of files in custody. */
    public boolean differs() {
        return population != null && population != filesInCustody;
    }

    /** A population figure was reported by the day. */
    public boolean reported() {
        return population != null;
    }
}
