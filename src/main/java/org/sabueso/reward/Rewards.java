package org.sabueso.reward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Viewer;

/**
 * Reward offers. Callers pass notice ids they were allowed to see; offers follow their notice's
 * visibility.
 */
public interface Rewards {

    /** Offers valid on {@code day} for each notice, converted to US dollars where a rate is recorded. */
    Map<UUID, List<RewardOffer>> offersFor(Collection<UUID> noticeIds, LocalDate day);

    /**
     * The notices with an offer valid on {@code day}: the portal's "with reward" filter. Ids only;
     * the notice module decides which of them a viewer sees.
     */
    java.util.Set<UUID> noticesWithOffers(LocalDate day);

    UUID offer(Viewer viewer, NewRewardOffer offer);

    /** Records how many units of {@code target} one unit of {@code currency} bought on {@code asOf}. */
    void recordRate(String currency, String target, BigDecimal rate, LocalDate asOf, String source);
}
