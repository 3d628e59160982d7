package org.sabueso.screening.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.web.RequestValues;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.screening.HitAction;
import org.sabueso.screening.HitRefusal;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.screening.Hits;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The issuing agency's hit inbox: MATCHes on its notices that other agencies' officers screened,
 * the open ones first with their deadlines, each with an answer form (confirm with the action
 * the officer must take, or reject saying why); and the hits its own officers opened elsewhere,
 * with their answers.
 */
@Controller
@RequestMapping("/console/hits")
class HitPages {

    static final String INBOX = "screening/hits";

    /** Which list the page shows: hits waiting for an answer, every hit on our notices, hits we opened. */
    enum Box { OPEN, ALL, SENT }

    private final Hits hits;
    private final Notices notices;
    private final Agencies agencies;
    private final Reasons reasons;
    private final java.time.Clock clock;

    HitPages(Hits hits, Notices notices, Agencies agencies, Reasons reasons, java.time.Clock clock) {
        this.clock = clock;
        this.hits = hits;
        this.notices = notices;
        this.agencies = agencies;
        this.reasons = reasons;
    }

    /**
     * A hit as the inbox shows it: who screened (agency and country), the notice's reference, the
     * action the answer form proposes (from the notice's requested action), the score and reasons.
     */
    record Row(HitView hit, Pages.Agency screener, Pages.Agency issuer, String reference, HitAction proposed,
               String score, List<Reasons.Reason> reasons, String where, long daysAgo) {
    }

    /** What was typed into a refused answer form, to show again beside its errors. */
    record Typed(UUID hitId, String decision, String action, String note, Map<String, Refusal> errors) {
    }

    @GetMapping
    String inbox(Viewer viewer, @RequestParam(required = false) String box, @RequestParam(required = false) String page,
                 Locale locale, Model model) {
        return page(viewer, Pages.choice(Box.class, box, Box.OPEN), RequestValues.pageFromZero(page), null, locale, model);
    }

    @PostMapping("/{id}/answer")
    String answer(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String action, @RequestParam(required = false) String note,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Pages.require(Pages.analyst(viewer));
        UUID hitId = Pages.id(id);
        try {
            boolean confirmed = switch (decision == null ? "" : decision) {
                case "confirm" -> true;
                case "reject" -> false;
                default -> throw new DomainException.InvalidInput("decision", HitRefusal.DECISION);
            };
            HitAction chosen = confirmed ? Pages.choice(HitAction.class, action, null) : null;
            HitView answered = hits.answer(viewer, hitId, confirmed, chosen, note == null || note.isBlank() ? null : note.strip());
            redirect.addFlashAttribute("done", confirmed ? "hits.flash.confirmed" : "hits.flash.rejected");
            redirect.addFlashAttribute("answered", answered.id());
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(viewer, Box.OPEN, 0, new Typed(hitId, decision, action, note, e.errors()), locale, model);
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.refusal());
        }
        return "redirect:/console/hits";
    }

    private String page(Viewer viewer, Box box, int page, Typed typed, Locale locale, Model model) {
        Pages.require(Pages.analyst(viewer));
        Page<HitView> found = Page.within(page, n -> switch (box) {
            case OPEN -> hits.inbox(viewer, HitStatus.OPEN, n);
            case ALL -> hits.inbox(viewer, null, n);
            case SENT -> hits.sent(viewer, n);
        });
        // open hits first, the nearest deadline on top; answered ones after them, newest first as listed
        List<HitView> ordered = box == Box.SENT ? found.items() : java.util.stream.Stream.concat(
                found.items().stream().filter(h -> h.status() == HitStatus.OPEN).sorted(Comparator.comparing(HitView::deadline)),
                found.items().stream().filter(h -> h.status() != HitStatus.OPEN)).toList();
        model.addAttribute("box", box);
        model.addAttribute("page", found);
        model.addAttribute("rows", ordered.stream().map(h -> row(viewer, h, locale)).toList());
        model.addAttribute("typed", typed);
        model.addAttribute("openCount", box == Box.OPEN ? found.total() : hits.inbox(viewer, HitStatus.OPEN, 0).total());
        model.addAttribute("overdue", hits.overdue(viewer));
        model.addAttribute("actions", HitAction.values());
        return INBOX;
    }

    private Row row(Viewer viewer, HitView h, Locale locale) {
        Optional<NoticeDetail> notice = notices.peek(viewer, h.noticeId());
        Pages.Agency screener = Pages.Agency.of(agencies, h.screenedByAgency(), locale);
        // "checked at Rumichaca 23 days ago": the place the request gave, else the agency that screened
        String where = h.place() != null ? h.place() : screener.name();
        long daysAgo = Math.max(0, java.time.Duration.between(h.screenedAt(), clock.instant()).toDays());
        return new Row(h, screener,
                Pages.Agency.of(agencies, h.issuingAgencyId(), locale),
                notice.map(NoticeDetail::reference).orElse(null),
                notice.map(n -> proposed(n.requestedAction())).orElse(HitAction.INFORM),
                Reasons.percent(h.score(), locale), reasons.of(h.explanationItems(), h.explanation(), locale), where,
                daysAgo);
    }

    /** The answer the notice itself asks for: arrest for an arrest notice, and so on. */
    private static HitAction proposed(RequestedAction requested) {
        return switch (requested) {
            case ARREST_FOR_EXTRADITION -> HitAction.ARREST;
            case LOCATE -> HitAction.LOCATE;
            case OBTAIN_INFORMATION -> HitAction.INFORM;
        };
    }
}
