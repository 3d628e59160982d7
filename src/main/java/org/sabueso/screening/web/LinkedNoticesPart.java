package org.sabueso.screening.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticePagePart;
import org.sabueso.notice.Notices;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.Rewards;
import org.sabueso.screening.Links;
import org.springframework.stereotype.Component;

/**
 * On the console's notice page, the same person's notices in other agencies (accepted links the
 * viewer may see both ends of), each with the rewards offered on it: "También buscado por Perú —
 * recompensa S/ 500.000". Contributed through {@link NoticePagePart} because the notice module
 * must not depend on screening (screening depends on notices).
 */
@Component
class LinkedNoticesPart implements NoticePagePart {

    private final Links links;
    private final Notices notices;
    private final Rewards rewards;
    private final Agencies agencies;
    private final Clock clock;

    LinkedNoticesPart(Links links, Notices notices, Rewards rewards, Agencies agencies, Clock clock) {
        this.links = links;
        this.notices = notices;
        this.rewards = rewards;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The other notice: where it links, whom it seeks, which agency of which country, the rewards written out. */
    record Linked(String href, String reference, String subject, String agency, String country, List<String> rewards) {
    }

    @Override
    public Optional<Fragment> of(Viewer viewer, NoticeDetail notice, Locale locale) {
        List<NoticeDetail> others = links.linkedTo(viewer, notice.id()).stream()
                .map(l -> l.other(notice.id())).distinct()
                .map(id -> notices.peek(viewer, id)).flatMap(Optional::stream).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<RewardOffer>> offers = rewards.offersFor(others.stream().map(NoticeDetail::id).toList(),
                LocalDate.now(clock));
        List<Linked> linked = others.stream().map(o -> {
            Pages.Agency issuer = Pages.Agency.of(agencies, o.issuingAgencyId(), locale);
            return new Linked("/console/notices/" + o.id(), o.reference(), o.subject().writtenName(), issuer.name(),
                    issuer.country(), offers.getOrDefault(o.id(), List.of()).stream()
                    .map(r -> r.amount().format(locale)).toList());
        }).toList();
        return Optional.of(new Fragment("screening/parts", "alsoWanted", linked));
    }
}
