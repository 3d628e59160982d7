package org.sabueso.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Hotlines;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.Rewards;
import org.springframework.stereotype.Component;

/**
 * Notices as the public reads them, for the portal's pages and the printed poster alike, so both
 * say the same: names of the agencies, rewards in the reader's language, the issuing agency's hotline.
 */
@Component
class PublicNotices {

    private final Notices notices;
    private final Rewards rewards;
    private final Agencies agencies;
    private final Hotlines hotlines;
    private final Clock clock;

    PublicNotices(Notices notices, Rewards rewards, Agencies agencies, Hotlines hotlines, Clock clock) {
        this.notices = notices;
        this.rewards = rewards;
        this.agencies = agencies;
        this.hotlines = hotlines;
        this.clock = clock;
    }

    /**
     * A notice the public may see and that is still being hunted (public and open), with its
     * record; empty for any other, so a closed or restricted notice answers as if it did not exist.
     */
    Optional<NoticeDetail> wanted(UUID id) {
        return notices.peek(Viewer.PUBLIC, id).filter(n -> n.status().open());
    }

    List<PublicNotice> of(List<NoticeDetail> details, Locale locale) {
        Map<UUID, List<RewardOffer>> offers = rewards.offersFor(details.stream().map(NoticeDetail::id).toList(),
                LocalDate.now(clock));
        return details.stream().map(n -> PublicNotice.of(n, agencyName(n.issuingAgencyId()),
                offers.getOrDefault(n.id(), List.of()).stream()
                        .map(o -> PublicNotice.reward(o, agencyName(o.offeringAgencyId()), locale)).toList(),
                hotlines.of(n.issuingAgencyId()).orElse(null), locale)).toList();
    }

    private String agencyName(String agencyId) {
        return agencies.find(agencyId).map(AgencyView::name).orElse(agencyId);
    }
}
