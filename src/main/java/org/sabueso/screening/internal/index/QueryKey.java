package org.sabueso.screening.internal.index;

/**
 * A key of a query, its weight, and what it may do ({@link Kind}).
 */
public record QueryKey(String term, float weight, Kind kind) {

    /** What a key may do in candidate generation. */
    public enum Kind {
        /**
         * May bring a document in as a candidate when selective enough, and ranks the others: name
         * words, pairs, the whole name, typo keys, document numbers, a full date or a year-month
         * (among a million notices fifty share a date of birth).
         */
        FINDS,
        /**
         * Only ranks documents other keys brought in: a birth year says nothing about the name and
         * is shared by one notice in sixty.
         */
        RANKS,
        /**
         * Brings in the namesakes born near the query's year ("José González" born in 1977), up to
         * {@code Weights.SELECTIVE_PAIR_YEAR} documents, never as a filler, and weighs nothing: the
         * pair and year keys rank them as they rank everyone else.
         */
        FINDS_NAMESAKES
    }
}
