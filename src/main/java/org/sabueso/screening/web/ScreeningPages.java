package org.sabueso.screening.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Hit;
import org.sabueso.screening.HitStatus;
import org.sabueso.screening.HitView;
import org.sabueso.screening.Hits;
import org.sabueso.screening.Screening;
import org.sabueso.screening.ScreeningIndexes;
import org.sabueso.screening.ScreeningIndexStatus;
import org.sabueso.screening.ScreeningResult;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The screening page for border and prison officers, analysts and supervisors: the form, then
 * each hit with its decision, score and the reasons in the officer's words; for a MATCH the
 * issuing agency's deadline and, once given, its answer. A past screening's page shows its
 * MATCHes and their answers, for the officer who comes back to it. Screening happens on the POST
 * (it is audited, with its purpose), and the results are that POST's page.
 */
@Controller
@RequestMapping("/console/screening")
class ScreeningPages {

    static final String SCREEN = "screening/screen";
    static final String PAST = "screening/past";
    /** The fields in the order the form shows them, so the error summary reads top to bottom. */
    static final List<String> FIELD_ORDER = List.of("name", "birthDate", "nationality", "documents", "purpose", "threshold");
    static final int RECENT = 8;

    private final Screening screening;
    private final Hits hits;
    private final Notices notices;
    private final Agencies agencies;
    private final Reasons reasons;
    private final ScreeningIndexes indexes;

    ScreeningPages(Screening screening, Hits hits, Notices notices, Agencies agencies, Reasons reasons,
                   ScreeningIndexes indexes) {
        this.screening = screening;
        this.indexes = indexes;
        this.hits = hits;
        this.notices = notices;
        this.agencies = agencies;
        this.reasons = reasons;
    }

    /**
     * One hit as the pages show it: the subject, the notice and its issuing agency, the decision
     * and score, the reasons, and for a MATCH the hit sent to the issuing agency (null otherwise).
     */
    record Found(UUID noticeId, String subjectName, String reference, Pages.Agency issuer,
                 RequestedAction requestedAction, Decision decision, String score, List<Reasons.Reason> reasons,
                 HitView hit) {
    }

    /** A past screening of the officer's with MATCHes, for the list under the form. */
    record Recent(UUID screeningId, String name, Instant at, int matches, long open, long confirmed) {
    }

    @GetMapping
    String form(Viewer viewer, Model model) {
        Pages.require(Pages.mayScreen(viewer));
        return page(viewer, ScreeningForm.blank(), Map.of(), null, model);
    }

    @PostMapping
    String screen(Viewer viewer, @ModelAttribute("form") ScreeningForm form, BindingResult ignored, Locale locale,
                  HttpServletResponse response, Model model) {
        Pages.require(Pages.mayScreen(viewer));
        ScreeningResult result;
        try {
            result = screening.screen(viewer, form.toRequest());
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(viewer, form, inFormOrder(e.errors()), null, model);
        } catch (DomainException.NotAllowed e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Map<UUID, HitView> sent = hits.ofScreening(viewer, result.screeningId()).stream()
                .collect(Collectors.toMap(HitView::id, Function.identity()));
        List<Found> found = new ArrayList<>();
        for (Hit h : result.hits()) {
            Optional<NoticeDetail> notice = notices.peek(viewer, h.noticeId());
            found.add(new Found(h.noticeId(), h.name(), notice.map(NoticeDetail::reference).orElse(null),
                    Pages.Agency.of(agencies, notice.map(NoticeDetail::issuingAgencyId).orElse(null), locale),
                    notice.map(NoticeDetail::requestedAction).orElse(null), h.decision(),
                    Reasons.percent(h.score(), locale), reasons.of(h.explanation(), locale),
                    h.hitId() == null ? null : sent.get(h.hitId())));
        }
        model.addAttribute("screeningId", result.screeningId());
        model.addAttribute("matches", found.stream().filter(f -> f.decision() == Decision.MATCH).count());
        return page(viewer, form, Map.of(), found, model);
    }

    @GetMapping("/{id}")
    String past(Viewer viewer, @PathVariable String id, Locale locale, Model model) {
        List<HitView> sent = hits.ofScreening(viewer, Pages.id(id));
        if (sent.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("asked", sent.getFirst());
        model.addAttribute("screener", Pages.Agency.of(agencies, sent.getFirst().screenedByAgency(), locale));
        model.addAttribute("found", sent.stream().map(h -> found(viewer, h, locale)).toList());
        model.addAttribute("waiting", sent.stream().anyMatch(h -> h.status() == HitStatus.OPEN));
        return PAST;
    }

    /** A MATCH as stored, with the notice's reference and requested action when the viewer still sees it. */
    private Found found(Viewer viewer, HitView h, Locale locale) {
        Optional<NoticeDetail> notice = notices.peek(viewer, h.noticeId());
        return new Found(h.noticeId(), h.subjectName(), notice.map(NoticeDetail::reference).orElse(null),
                Pages.Agency.of(agencies, h.issuingAgencyId(), locale),
                notice.map(NoticeDetail::requestedAction).orElse(null), Decision.MATCH,
                Reasons.percent(h.score(), locale), reasons.of(h.explanationItems(), h.explanation(), locale), h);
    }

    private String page(Viewer viewer, ScreeningForm form, Map<String, Refusal> errors, List<Found> found, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mayWiden", viewer.isAgencyAnalystOrSupervisor());
        model.addAttribute("errors", errors);
        model.addAttribute("found", found);
        model.addAttribute("recent", recent(viewer));
        // what GET /api/v1/screenings/index says: how many notices a screening searches, and whether some are still on their way
        ScreeningIndexStatus index = indexes.status(viewer);
        model.addAttribute("index", index);
        // the bundles' MessageFormat formats a java.util.Date, not an Instant
        model.addAttribute("indexChanged", index.lastChange() == null ? new java.util.Date(0) : java.util.Date.from(index.lastChange()));
        return SCREEN;
    }

    /** The officer's own recent screenings that opened hits, newest first. */
    private List<Recent> recent(Viewer viewer) {
        Map<UUID, List<HitView>> byScreening = new LinkedHashMap<>();
        for (HitView h : hits.sent(viewer, 0).items()) {
            if (h.screenedBy().equals(viewer.username())) {
                byScreening.computeIfAbsent(h.screeningId(), k -> new ArrayList<>()).add(h);
            }
        }
        return byScreening.entrySet().stream().limit(RECENT).map(e -> {
            List<HitView> hs = e.getValue();
            return new Recent(e.getKey(), hs.getFirst().queryName(), hs.getFirst().createdAt(), hs.size(),
                    hs.stream().filter(h -> h.status() == HitStatus.OPEN).count(),
                    hs.stream().filter(h -> h.status() == HitStatus.CONFIRMED).count());
        }).toList();
    }

    private static Map<String, Refusal> inFormOrder(Map<String, Refusal> errors) {
        Map<String, Refusal> ordered = new LinkedHashMap<>();
        FIELD_ORDER.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
