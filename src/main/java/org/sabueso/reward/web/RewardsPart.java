package org.sabueso.reward.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticePagePart;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.Rewards;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On the console's notice page, the rewards offered on the notice and where each stands: on offer
 * while the notice is hunted, paid once a payout was recorded, closed when the case closed without.
 */
@Component
class RewardsPart implements NoticePagePart {

    /** An offer as the part prints it, already written for the page's language. */
    record Line(String amount, String converted, String rateSource, String offeringAgencyId, String conditions,
                RewardOffer.Standing standing) {
    }

    private final Rewards rewards;
    private final MessageSource messages;
    private final Clock clock;

    RewardsPart(Rewards rewards, MessageSource messages, Clock clock) {
        this.rewards = rewards;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Optional<Fragment> of(Viewer viewer, NoticeDetail notice, Locale locale) {
        List<Line> lines = rewards.offersFor(List.of(notice.id()), LocalDate.now(clock)).getOrDefault(notice.id(), List.of())
                .stream().map(o -> new Line(o.amount().format(locale), o.converted() == null ? null : o.converted().format(locale),
                        RateSources.text(messages, o.rateSource(), locale), o.offeringAgencyId(), o.conditions(),
                        o.standing(notice.status().open())))
                .toList();
        return lines.isEmpty() ? Optional.empty() : Optional.of(new Fragment("reward/parts", "offers", lines));
    }
}
