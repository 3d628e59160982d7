package org.sabueso.network.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sabueso.agency.SharingScope;
import org.sabueso.custody.CustodyEvents;
import org.sabueso.network.EventKind;
import org.sabueso.network.Network;
import org.sabueso.network.NodeRef;
import org.sabueso.network.Occurrence;
import org.sabueso.network.Share;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Offences;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.reward.RewardEvents;
import org.sabueso.reward.RewardOffer;
import org.sabueso.reward.Rewards;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts other modules' events on the timeline of the person they are about, shared exactly as the
 * notice they come from (a reward follows its notice's visibility). Runs after the other module's
 * commit, from the event publication registry, so a failure here is retried and never undoes
 * theirs; each occurrence is recorded once however often it is delivered.
 *
 * <p>An escape reported by custody goes on each escapee's timeline, known at first to the
 * reporting agency's country only (the escapees' notices carry their own, wider scope once
 * approved).
 */
@Component
class TimelineListeners {

    private final Network network;
    private final Notices notices;
    private final Rewards rewards;
    private final Clock clock;

    TimelineListeners(Network network, Notices notices, Rewards rewards, Clock clock) {
        this.network = network;
        this.notices = notices;
        this.rewards = rewards;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NoticeEvents.NoticeStatusChanged e) {
        EventKind kind = switch (e.to()) {
            case ACTIVE -> e.from() == NoticeStatus.LOCATED ? null : EventKind.NOTICE;
            case LOCATED -> EventKind.SIGHTING;
            case ARRESTED -> EventKind.ARREST;
            case CANCELLED, EXPIRED -> EventKind.NOTICE;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        List<NoticeDetail> found = notices.forScreening(List.of(e.noticeId()));
        if (found.isEmpty()) {
            return;
        }
        NoticeDetail n = found.getFirst();
        String title = switch (e.to()) {
            case ACTIVE -> "Aviso " + n.reference() + " activado";
            case LOCATED -> "Localizado (aviso " + n.reference() + ")";
            case ARRESTED -> "Detenido (aviso " + n.reference() + ")";
            default -> "Aviso " + n.reference() + " " + e.to().name().toLowerCase(Locale.ROOT);
        };
        network.recordOccurrence(new Occurrence("notice", e.noticeId() + ":" + e.from() + ">" + e.to(),
                LocalDate.now(clock), kind, title,
                String.join(", ", n.offences().stream().map(o -> Offences.label(o, Locale.ROOT)).toList()),
                List.of(NodeRef.person(n.subject().id())), shareOf(n)));
    }

    @ApplicationModuleListener
    void on(RewardEvents.RewardOffered e) {
        List<NoticeDetail> found = notices.forScreening(List.of(e.noticeId()));
        if (found.isEmpty()) {
            return;
        }
        NoticeDetail n = found.getFirst();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = rewards.offersFor(List.of(e.noticeId()), today).getOrDefault(e.noticeId(), List.of()).stream()
                .filter(o -> o.id().equals(e.offerId())).map(RewardOffer::validFrom).findFirst().orElse(today);
        network.recordOccurrence(new Occurrence("reward", e.offerId().toString(), day, EventKind.REWARD,
                "Recompensa de " + e.amount().format(Locale.of("es")) + " ofrecida por " + e.actorAgency(),
                "Aviso " + n.reference(), List.of(NodeRef.person(n.subject().id())), shareOf(n)));
    }

    @ApplicationModuleListener
    void on(CustodyEvents.EscapeReported e) {
        List<NodeRef> escapees = e.escapees().stream().map(x -> NodeRef.person(x.personId())).distinct().toList();
        if (escapees.isEmpty()) {
            return;
        }
        String method = e.method() == null || e.method().isBlank() ? "" : "Método: " + e.method();
        network.recordOccurrence(new Occurrence("custody", e.incidentId().toString(), LocalDate.now(clock), EventKind.ESCAPE,
                (escapees.size() == 1 ? "Evasión" : "Evasión de " + escapees.size() + " internos") + " (caso " + e.caseReference() + ")",
                method, escapees, new Share(e.actorAgency(), e.country(), SharingScope.NATIONAL, Set.of())));
    }

    private static Share shareOf(NoticeDetail n) {
        return new Share(n.issuingAgencyId(), n.issuingCountry(), n.sharingScope(), n.partnerAgencyIds());
    }
}
