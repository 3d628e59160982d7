package org.sabueso.reward.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.Notices;
import org.sabueso.reward.NewRewardOffer;
import org.sabueso.reward.RewardEvents;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.RewardRefusal;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reward offers and the exchange rates they are shown at. Small enough to keep its few rules
 * (a supervisor offers, on a notice they may see, a positive amount, valid from a day) beside its
 * three statements.
 */
@Service
class JdbcRewards implements Rewards {

    static final String DISPLAY_CURRENCY = "USD";

    private final JdbcClient jdbc;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    JdbcRewards(JdbcClient jdbc, Notices notices, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<RewardOffer>> offersFor(Collection<UUID> noticeIds, LocalDate day) {
        Map<UUID, List<RewardOffer>> out = new HashMap<>();
        if (noticeIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT o.id, o.notice_id, o.offering_agency_id, o.amount, o.currency, o.valid_from, o.valid_until,
                       o.conditions, o.legal_basis, r.rate, r.as_of, r.source,
                       EXISTS (SELECT 1 FROM reward_claim c JOIN reward_payout p ON p.claim_id = c.id WHERE c.offer_id = o.id)
                FROM reward_offer o
                LEFT JOIN LATERAL (SELECT rate, as_of, source FROM exchange_rate x
                                   WHERE x.currency = o.currency AND x.target = ? AND x.as_of <= greatest(o.valid_from, ?)
                                   ORDER BY x.as_of DESC LIMIT 1) r ON true
                WHERE o.notice_id = ANY(?) AND o.valid_from <= ? AND (o.valid_until IS NULL OR o.valid_until >= ?)
                ORDER BY o.valid_from, o.id""")
                .params(DISPLAY_CURRENCY, day, noticeIds.toArray(UUID[]::new), day, day)
                .query((ResultSet rs) -> {
                    Money amount = new Money(rs.getBigDecimal(4), Currency.getInstance(rs.getString(5).strip()));
                    BigDecimal rate = rs.getBigDecimal(10);
                    Money converted = null;
                    if (amount.currency().getCurrencyCode().equals(DISPLAY_CURRENCY)) {
                        converted = null;
                    } else if (rate != null) {
                        converted = amount.convert(rate, Currency.getInstance(DISPLAY_CURRENCY));
                    }
                    RewardOffer offer = new RewardOffer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), amount, rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            rs.getString(8), rs.getString(9), converted,
                            rate == null ? null : rs.getObject(11, LocalDate.class), rs.getString(12), rs.getBoolean(13));
                    out.computeIfAbsent(offer.noticeId(), k -> new ArrayList<>()).add(offer);
                });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> noticesWithOffers(LocalDate day) {
        return java.util.Set.copyOf(jdbc.sql("""
                SELECT DISTINCT notice_id FROM reward_offer
                WHERE valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?)""")
                .params(day, day).query(UUID.class).list());
    }

    @Override
    @Transactional
    public UUID offer(Viewer viewer, NewRewardOffer o) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw new DomainException.NotAllowed(RewardRefusal.OFFER_SUPERVISOR_ONLY);
        }
        if (o.noticeId() == null || notices.peek(viewer, o.noticeId()).isEmpty()) {
            throw new DomainException.InvalidInput("noticeId", RewardRefusal.OFFER_NO_NOTICE);
        }
        // numeric(18, 2) (V4): a third decimal would be rounded away, a seventeenth digit refused by the database
        if (o.amount() == null || o.amount().amount().signum() <= 0
                || o.amount().amount().precision() - o.amount().amount().scale() > 16) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.OFFER_AMOUNT);
        }
        if (o.amount().amount().scale() > 2) {
            throw new DomainException.InvalidInput("amount", RewardRefusal.AMOUNT_DECIMALS);
        }
        if (tooLong(o.conditions()) || tooLong(o.legalBasis())) {
            throw new DomainException.InvalidInput(tooLong(o.conditions()) ? "conditions" : "legalBasis",
                    RewardRefusal.TEXT_TOO_LONG, ClaimRules.MAX_TEXT);
        }
        if (o.validFrom() == null) {
            throw new DomainException.InvalidInput("validFrom", RewardRefusal.OFFER_START_REQUIRED);
        }
        if (o.validUntil() != null && o.validUntil().isBefore(o.validFrom())) {
            throw new DomainException.InvalidInput("validUntil", RewardRefusal.OFFER_END_BEFORE_START);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO reward_offer (id, notice_id, offering_agency_id, amount, currency, valid_from, valid_until,
                  conditions, legal_basis, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)""")
                .params(id, o.noticeId(), viewer.agencyId(), o.amount().amount(), o.amount().currency().getCurrencyCode(),
                        o.validFrom(), o.validUntil(), o.conditions(), o.legalBasis(), viewer.username())
                .update();
        events.publishEvent(new RewardEvents.RewardOffered(id, o.noticeId(), o.amount(), viewer.username(),
                viewer.agencyId()));
        return id;
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > ClaimRules.MAX_TEXT;
    }

    @Override
    @Transactional
    public void recordRate(String currency, String target, BigDecimal rate, LocalDate asOf, String source) {
        jdbc.sql("""
                INSERT INTO exchange_rate (currency, target, rate, as_of, source) VALUES (?,?,?,?,?)
                ON CONFLICT (currency, target, as_of) DO UPDATE SET rate = excluded.rate, source = excluded.source""")
                .params(currency, target, rate, asOf, source).update();
    }
}
