package org.sabueso.notice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeImports;
import org.sabueso.notice.NoticePagePart;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.shared.Refusal;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's notice pages: list and search, the draft form, the notice page with its history
 * and the actions of the lifecycle, and the review queue. Every page works without JavaScript;
 * with htmx the list refreshes in place. A refused action comes back as a message on the page.
 */
@Controller
@RequestMapping("/console")
class NoticePages {

    static final String LIST = "notice/list";
    static final String RESULTS = "notice/list :: results";
    static final String FORM = "notice/form";
    static final String DETAIL = "notice/detail";
    static final String REVIEWS = "notice/reviews";
    static final int PAGE_SIZE = 25;

    /** The fields in the order the form shows them, so the error summary reads top to bottom. */
    static final List<String> FIELD_ORDER = List.of("form", "version", "subject.name", "subject.givenNames",
            "subject.nicknames", "subject.aliases", "subject.birthDate", "subject.sex", "subject.nationalities",
            "subject.documents", "subject.heightCm", "subject.build", "subject.marks", "offences", "summary",
            "warrantReference", "requestedAction", "legalBasis", "sharingScope", "partnerAgencyIds", "reviewBy");

    private final Notices notices;
    private final NoticeImports imports;
    private final Agencies agencies;
    private final Clock clock;
    private final List<NoticePagePart> parts;

    NoticePages(Notices notices, NoticeImports imports, Agencies agencies, Clock clock, List<NoticePagePart> parts) {
        this.notices = notices;
        this.imports = imports;
        this.agencies = agencies;
        this.clock = clock;
        this.parts = List.copyOf(parts);
    }

    @GetMapping("/notices")
    String list(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String country, @RequestParam(required = false) String page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                HttpServletResponse response, Model model) {
        String text = q == null ? "" : q.strip();
        text = text.length() > 200 ? text.substring(0, 200) : text;
        NoticeStatus wantedStatus = RequestValues.choiceOr(NoticeStatus.class, status, null);
        String wantedCountry = CountryCode.isValid(country) ? CountryCode.of(country).value() : null;
        String searched = text;
        Page<NoticeSummary> found = Page.within(RequestValues.pageFromZero(page), n -> notices.search(viewer,
                new NoticeQuery(searched, wantedStatus, wantedCountry, null, n, PAGE_SIZE)));
        model.addAttribute("q", text);
        model.addAttribute("status", wantedStatus);
        model.addAttribute("country", wantedCountry);
        model.addAttribute("page", found);
        model.addAttribute("statuses", NoticeStatus.values());
        model.addAttribute("countries", agencies.all().stream().map(a -> a.country().value()).distinct().sorted().toList());
        response.setHeader("Vary", "HX-Request");
        return htmx != null && restore == null ? RESULTS : LIST;
    }

    @GetMapping("/reviews")
    String reviewQueue(Viewer viewer, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("page", Page.within(RequestValues.pageFromZero(page), n -> notices.reviewQueue(viewer, n)));
        // imports reviewed as a whole are one row each; their notices are not in the page above
        model.addAttribute("imports", imports.pending(viewer));
        return REVIEWS;
    }

    @GetMapping("/notices/new")
    String newNotice(Viewer viewer, Model model) {
        return form(viewer, NoticeForm.blank(LocalDate.now(clock).plusYears(1).toString()), null, Map.of(), model);
    }

    @PostMapping("/notices")
    String create(Viewer viewer, @ModelAttribute("form") NoticeForm form, BindingResult ignored, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, Refusal> errors = new LinkedHashMap<>();
        Optional<UUID> id = save(form, errors, draft -> notices.draft(viewer, draft));
        if (id.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(viewer, form, null, inFormOrder(errors), model);
        }
        redirect.addFlashAttribute("done", "flash.drafted");
        return "redirect:/console/notices/" + id.get();
    }

    @GetMapping("/notices/{id}")
    String notice(Viewer viewer, @PathVariable String id, Locale locale, Model model) {
        NoticeDetail n = found(notices.read(viewer, RequestValues.pathId(id), "web"));
        model.addAttribute("notice", n);
        model.addAttribute("parts", parts.stream().map(p -> p.of(viewer, n, locale)).flatMap(Optional::stream).toList());
        model.addAttribute("history", notices.history(viewer, n.id()));
        model.addAttribute("reviews", notices.reviews(viewer, n.id()));
        model.addAttribute("actions", ConsoleActions.of(viewer, n));
        model.addAttribute("renewUntil", renewalDate(n.reviewBy()).toString());
        return DETAIL;
    }

    @GetMapping("/notices/{id}/edit")
    String edit(Viewer viewer, @PathVariable String id, Model model, RedirectAttributes redirect) {
        NoticeDetail n = found(notices.read(viewer, RequestValues.pathId(id), "web"));
        if (!ConsoleActions.of(viewer, n).edit()) {
            redirect.addFlashAttribute("problem", n.status() == NoticeStatus.DRAFT
                    ? Refusal.of(NoticeRefusal.NOT_ALLOWED_CHANGE)
                    : Refusal.of(NoticeRefusal.NOT_DRAFT, n.status()));
            return "redirect:/console/notices/" + n.id();
        }
        return form(viewer, NoticeForm.of(n), n.id(), Map.of(), model);
    }

    @PostMapping("/notices/{id}")
    String revise(Viewer viewer, @PathVariable String id, @ModelAttribute("form") NoticeForm form,
                  BindingResult ignored, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UUID noticeId = RequestValues.pathId(id);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        if (form.version() == null) {
            errors.put("version", Refusal.of(NoticeRefusal.CONCURRENT));
        }
        Optional<UUID> saved = errors.isEmpty() ? save(form, errors, draft -> {
            notices.revise(viewer, noticeId, draft, form.version());
            return noticeId;
        }) : Optional.empty();
        if (saved.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(viewer, form, noticeId, inFormOrder(errors), model);
        }
        redirect.addFlashAttribute("done", "flash.revised");
        return "redirect:/console/notices/" + noticeId;
    }

    @PostMapping("/notices/{id}/submit")
    String submit(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return act(id, redirect, "flash.submitted", n -> notices.submitForReview(viewer, n, reason));
    }

    @PostMapping("/notices/{id}/review")
    String review(Viewer viewer, @PathVariable String id, ReviewForm form, RedirectAttributes redirect) {
        return act(id, redirect, form.approve() ? "flash.approved" : "flash.returned",
                n -> notices.review(viewer, n, form.checks(), form.approve(), form.comment()));
    }

    @PostMapping("/notices/{id}/transition")
    String transition(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "flash.transitioned", n -> {
            NoticeStatus target = RequestValues.choiceOr(NoticeStatus.class, status, null);
            if (target == null) {
                throw new DomainException.InvalidInput("status", NoticeRefusal.STATUS_REQUIRED);
            }
            notices.transition(viewer, n, target, reason);
        });
    }

    @PostMapping("/notices/{id}/renew")
    String renew(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String reviewBy,
                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "flash.renewed",
                n -> notices.renew(viewer, n, Inputs.requiredDate(reviewBy, "reviewBy"), reason));
    }

    /** A year past the current review-by date (or today), within the five years the rules allow. */
    private LocalDate renewalDate(LocalDate reviewBy) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = reviewBy == null || reviewBy.isBefore(today) ? today : reviewBy;
        LocalDate proposed = from.plusYears(1);
        return proposed.isAfter(today.plusYears(5)) ? today.plusYears(5) : proposed;
    }

    /** The form page with what was typed, the partner agencies to choose from and the errors by field. */
    private String form(Viewer viewer, NoticeForm form, UUID noticeId, Map<String, Refusal> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("noticeId", noticeId);
        model.addAttribute("errors", errors);
        model.addAttribute("partners", agencies.all().stream().filter(a -> !viewer.belongsTo(a.id()))
                .sorted(java.util.Comparator.comparing(AgencyView::id)).toList());
        return FORM;
    }

    /**
     * Checks the form as the API would and saves it; on any problem fills {@code errors} (by
     * field, or under "form" for a refusal that names none) and saves nothing.
     */
    private static Optional<UUID> save(NoticeForm form, Map<String, Refusal> errors, Function<NoticeDraft, UUID> saver) {
        errors.putAll(form.formErrors());
        NoticeDraft draft = null;
        try {
            draft = Inputs.toDraft(form.toInput());
        } catch (DomainException.InvalidInput e) {
            e.errors().forEach(errors::putIfAbsent);
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(saver.apply(draft));
        } catch (DomainException.InvalidInput e) {
            errors.putAll(e.errors());
        } catch (DomainException.NotAllowed | DomainException.Conflict e) {
            errors.put("form", e.refusal());
        }
        return Optional.empty();
    }

    private static Map<String, Refusal> inFormOrder(Map<String, Refusal> errors) {
        Map<String, Refusal> ordered = new LinkedHashMap<>();
        errors.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> {
                    int i = FIELD_ORDER.indexOf(e.getKey());
                    return i < 0 ? FIELD_ORDER.size() : i;
                }))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private interface Action {
        void on(UUID id);
    }

    /** Runs a lifecycle action and comes back to the notice page with its outcome. */
    private String act(String id, RedirectAttributes redirect, String doneKey, Action action) {
        UUID noticeId = RequestValues.pathId(id);
        try {
            action.on(noticeId);
            redirect.addFlashAttribute("done", doneKey);
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.refusal());
        }
        return "redirect:/console/notices/" + noticeId;
    }

    private static <T> T found(Optional<T> value) {
        return value.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
