package org.sabueso.reward;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sabueso.shared.Money;

/**
 * Reward offers on notices copied from other nodes (issue 16). Offers have no visibility of their
 * own (they follow their notice's), so they travel inside the notice's state, in order with it,
 * and a withdrawn notice takes its offers along. An offer keeps its id and offering agency and is
 * marked with the node it came from; offers this node's agencies make on a copy stay this node's.
 */
public interface RewardOfferCopies {

    /** Every offer on the notice recorded on this node (not copies), whatever its dates: what the owner sends. */
    List<OfferCopy> ownOffersOn(UUID noticeId);

    /** Those of the notices that have an offer recorded on this node: a snapshot chunk sends their full state after it. */
    java.util.Set<UUID> withOwnOffers(java.util.Collection<UUID> noticeIds);

    /**
     * Makes the copied offers on the notice those given: new ones are stored (publishing
     * {@link RewardEvents.RewardOffered}, so the network timeline shows them), changed ones
     * updated, those no longer sent deleted unless a claim here names them.
     */
    void replace(UUID noticeId, List<OfferCopy> offers, String fromNode);

    /** An offer as it crosses between nodes: what the offer table holds, without this node's conversions. */
    record OfferCopy(UUID id, String offeringAgencyId, Money amount, LocalDate validFrom, LocalDate validUntil,
                     String conditions, String legalBasis, String createdBy, Instant createdAt) {
    }
}
