package org.sabueso.screening.internal.index;

/** A candidate: the entry's slot and its key score (the weights of the keys it shares with the query). */
public record Candidate(int slot, float keyScore) {
}
