package org.sabueso.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.reward.Rewards;
import org.sabueso.notice.SubjectPhotos;
import org.sabueso.screening.Links;
import org.sabueso.shared.Page;
import org.sabueso.web.RequestValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The most-wanted list and the public notice page. Always reads as {@link Viewer#PUBLIC}, even
 * for a signed-in staff member, so the portal shows exactly what the public sees: the notice
 * page names the other countries that want the same person only when both notices are public.
 */
@Controller
class PortalController {

    static final String LIST = "portal/index";
    static final String NOTICE = "portal/notice";
    static final int PAGE_SIZE = 12;
    /** Enough for a row or two of names; the list is news of outcomes, not a register of arrests. */
    static final int CAPTURED_SHOWN = 6;

    private final Notices notices;
    private final PublicNotices publicNotices;
    private final Links links;
    private final Rewards rewards;
    private final Agencies agencies;
    private final Clock clock;
    private final Duration capturedFor;
    private final ZoneId zone;
    private final SubjectPhotos photos;

    /**
     * {@code capturedDays}: how long an arrest stays under "recently captured". 90 days by default:
     * long enough for someone who saw the poster or the card to learn the outcome, short enough
     * that the portal does not keep people's names up as a lasting register once the hunt is over.
     */
    PortalController(Notices notices, PublicNotices publicNotices, Links links, Rewards rewards, Agencies agencies,
                     Clock clock, @Value("${sabueso.portal.recently-captured-days:90}") int capturedDays,
                     @Value("${sabueso.time-zone:}") String zone, SubjectPhotos photos) {
        this.notices = notices;
        this.publicNotices = publicNotices;
        this.links = links;
        this.rewards = rewards;
        this.agencies = agencies;
        this.clock = clock;
        this.capturedFor = Duration.ofDays(Math.max(0, capturedDays));
        this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        this.photos = photos;
    }

    /**
     * The wanted list (open public notices only: the sharing policy leaves arrested ones out), its
     * search and filters as plain GET fields, and the recently captured.
     */
    @GetMapping("/")
    String mostWanted(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                      @RequestParam(required = false) String country, @RequestParam(required = false) String offence,
                      @RequestParam(required = false) String reward, Locale locale, Model model) {
        Set<String> countries = new TreeSet<>(agencies.all().stream().map(a -> a.country().value()).toList());
        PortalFilters filters = PortalFilters.of(q, country, offence, reward, countries);
        Set<UUID> withReward = filters.withReward() ? rewards.noticesWithOffers(LocalDate.now(clock)) : null;
        Page<NoticeSummary> found = Page.within(RequestValues.pageFromZero(page), n -> notices.search(Viewer.PUBLIC,
                new NoticeQuery(filters.q(), null, filters.country(), null, filters.offence(), withReward, n, PAGE_SIZE)));
        List<NoticeDetail> details = found.items().stream()
                .map(s -> notices.peek(Viewer.PUBLIC, s.id()))
                .flatMap(Optional::stream).toList();
        model.addAttribute("q", filters.q());
        model.addAttribute("filters", filters);
        model.addAttribute("countries", PortalFilters.countryChoices(countries, locale));
        model.addAttribute("offences", PortalFilters.offenceChoices(locale));
        model.addAttribute("page", found);
        model.addAttribute("previousHref", filters.href(found.page() - 1));
        model.addAttribute("nextHref", filters.href(found.page() + 1));
        model.addAttribute("notices", publicNotices(details, locale));
        model.addAttribute("capturedDays", capturedFor.toDays());
        model.addAttribute("captured", notices.recentlyCaptured(clock.instant().minus(capturedFor), CAPTURED_SHOWN)
                .stream().map(c -> PublicCapture.of(c, locale, zone)).toList());
        model.addAttribute("photos", withPhotos(details));
        return LIST;
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable String id, Locale locale, Model model) {
        NoticeDetail n = notices.peek(Viewer.PUBLIC, RequestValues.pathId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("notice", publicNotices(List.of(n), locale).getFirst());
        model.addAttribute("photos", withPhotos(List.of(n)));
        List<NoticeDetail> linked = links.linkedTo(Viewer.PUBLIC, n.id()).stream().map(l -> l.other(n.id())).distinct()
                .map(other -> notices.peek(Viewer.PUBLIC, other)).flatMap(Optional::stream).toList();
        model.addAttribute("alsoWanted", publicNotices(linked, locale).stream().map(PublicNotice::alsoWanted).toList());
        return NOTICE;
    }

    private List<PublicNotice> publicNotices(List<NoticeDetail> details, Locale locale) {
        return publicNotices.of(details, locale);
    }

    /** The notices (of those shown) whose subject has a photo the public may see. */
    private Set<UUID> withPhotos(List<NoticeDetail> details) {
        java.util.Map<UUID, UUID> main = photos.mainPhotoIds(Viewer.PUBLIC,
                details.stream().map(n -> n.subject().id()).toList());
        return details.stream().filter(n -> main.containsKey(n.subject().id())).map(NoticeDetail::id)
                .collect(java.util.stream.Collectors.toSet());
    }
}
