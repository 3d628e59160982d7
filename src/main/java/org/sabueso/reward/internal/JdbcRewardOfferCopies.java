package org.sabueso.reward.internal;

import java.sql.Timestamp;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.reward.RewardEvents;
import org.sabueso.reward.RewardOfferCopies;
import org.sabueso.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Copied reward offers in this node's offer table (issue 16), marked with the node they came from. */
@Service
class JdbcRewardOfferCopies implements RewardOfferCopies {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcRewardOfferCopies(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> withOwnOffers(java.util.Collection<UUID> noticeIds) {
        if (noticeIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                SELECT DISTINCT notice_id FROM reward_offer WHERE notice_id = ANY(?) AND copy_of_node IS NULL""")
                .param(noticeIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfferCopy> ownOffersOn(UUID noticeId) {
        return jdbc.sql("""
                        SELECT id, offering_agency_id, amount, currency, valid_from, valid_until, conditions, legal_basis,
                               created_by, created_at
                        FROM reward_offer WHERE notice_id = ? AND copy_of_node IS NULL ORDER BY valid_from, id""")
                .param(noticeId)
                .query((rs, n) -> new OfferCopy(rs.getObject(1, UUID.class), rs.getString(2),
                        new Money(rs.getBigDecimal(3), Currency.getInstance(rs.getString(4).strip())),
                        rs.getObject(5, java.time.LocalDate.class), rs.getObject(6, java.time.LocalDate.class),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()))
                .list();
    }

    @Override
    @Transactional
    public void replace(UUID noticeId, List<OfferCopy> offers, String fromNode) {
        Set<UUID> sent = new HashSet<>();
        for (OfferCopy o : offers) {
            sent.add(o.id());
            // the id is kept; an offer already held under it from elsewhere is left alone (WHERE below)
            Boolean inserted = jdbc.sql("""
                    INSERT INTO reward_offer (id, notice_id, offering_agency_id, amount, currency, valid_from, valid_until,
                      conditions, legal_basis, created_by, created_at, copy_of_node) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                    ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, currency = excluded.currency,
                      valid_from = excluded.valid_from, valid_until = excluded.valid_until,
                      conditions = excluded.conditions, legal_basis = excluded.legal_basis
                    WHERE reward_offer.copy_of_node = excluded.copy_of_node AND reward_offer.notice_id = excluded.notice_id
                    RETURNING (xmax = 0)""")
                    .params(o.id(), noticeId, o.offeringAgencyId(), o.amount().amount(),
                            o.amount().currency().getCurrencyCode(), o.validFrom(), o.validUntil(), o.conditions(),
                            o.legalBasis(), o.createdBy(),
                            Timestamp.from(o.createdAt() == null ? java.time.Instant.now() : o.createdAt()), fromNode)
                    .query(Boolean.class).optional().orElse(false);
            if (inserted) {
                events.publishEvent(new RewardEvents.RewardOffered(o.id(), noticeId, o.amount(), "federation:" + fromNode,
                        o.offeringAgencyId()));
            }
        }
        jdbc.sql("""
                DELETE FROM reward_offer o WHERE o.notice_id = ? AND o.copy_of_node = ? AND NOT (o.id = ANY(?))
                  AND NOT EXISTS (SELECT 1 FROM reward_claim c WHERE c.offer_id = o.id)""")
                .params(noticeId, fromNode, sent.toArray(UUID[]::new)).update();
    }
}
