package org.sabueso.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cross-agency links between nodes (issue 16). A link between a notice held here and a copy of
 * another node's notice is proposed, and decided, on either node; the federation carries each
 * proposal and decision to the other notice's node, which takes it through {@link #receive}. A
 * pair is one link on both nodes (their ids differ); its first decision stands, as it does here.
 */
public interface LinkExchange {

    /** A link as it crosses: the pair in PostgreSQL's uuid order, their agencies, why, and the decision if any. */
    record LinkRecord(UUID noticeA, UUID noticeB, String agencyA, String agencyB, double score, String explanation,
                      List<Explanation> items, LinkStatus status, String decidedBy, Instant decidedAt) {

        public LinkRecord {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** What became of a link that arrived. */
    enum Outcome {
        STORED,
        /** The pair was proposed here and is now decided as the other node decided it. */
        DECIDED,
        /** Already held as it came, or decided here first. */
        UNCHANGED,
        /** One of the two notices is not here, or not issued by the agency the link names. */
        NOTICE_MISSING,
        /** Not a link: no pair in order, one agency twice, a decision without its author or time. */
        INVALID
    }

    Optional<LinkRecord> find(UUID linkId);

    /** Stores a proposal from the other notice's node, or applies its decision; proposes nothing, publishes nothing. */
    Outcome receive(LinkRecord link);
}
