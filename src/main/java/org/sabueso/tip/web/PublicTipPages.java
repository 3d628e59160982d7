package org.sabueso.tip.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Agencies;
import org.sabueso.reward.CollectionProcedures;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.sabueso.tip.NewTip;
import org.sabueso.tip.Photo;
import org.sabueso.tip.Receipt;
import org.sabueso.tip.TipLineBusy;
import org.sabueso.tip.TipRefusal;
import org.sabueso.tip.Tips;
import org.sabueso.tip.TipsterView;
import org.sabueso.tip.internal.TipRoutes;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The tip line as the public uses it, without JavaScript and without any account: the form on a
 * notice's public page and the general form, the receipt page that shows the codename once, and
 * the follow-up where the codename opens the agency's questions, the answer form and the reward
 * claim. The codename travels only in form bodies, never in a link, so it stays out of history,
 * logs and referrers; every page answers directly instead of redirecting for the same reason.
 */
@Controller
class PublicTipPages {

    static final String FORM = "tip/form";
    static final String RECEIPT = "tip/receipt";
    static final String FOLLOW_UP = "tip/follow-up";
    /** The site's error page (templates/error.html), which reads {@code status}. */
    static final String ERROR = "error";

    private final Tips tips;
    private final Notices notices;
    private final Agencies agencies;
    private final Clock clock;
    private final CollectionProcedures procedures;

    PublicTipPages(Tips tips, Notices notices, Agencies agencies, Clock clock, CollectionProcedures procedures) {
        this.procedures = procedures;
        this.tips = tips;
        this.notices = notices;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** What the tipster typed, to show again beside the errors. */
    record Typed(String agencyId, String what, String where, String when, String text) {
        static final Typed EMPTY = new Typed(null, null, null, null, null);

        /** Shown again as typed, but never with the control characters that were refused in it. */
        Typed {
            agencyId = printable(agencyId);
            what = printable(what);
            where = printable(where);
            when = printable(when);
            text = printable(text);
        }

        private static String printable(String value) {
            return value == null ? null : value.replaceAll("[\\p{Cc}&&[^\\n\\t\\r]]|\\p{Cs}", "\uFFFD");
        }
    }

    @GetMapping("/notices/{id}/tip")
    String noticeForm(@PathVariable String id, Model model) {
        NoticeDetail n = publicNotice(id);
        return form(model, n, Typed.EMPTY, Map.of());
    }

    @PostMapping("/notices/{id}/tip")
    String submitOnNotice(@PathVariable String id, @RequestParam(required = false) String what,
                          @RequestParam(required = false) String where, @RequestParam(required = false) String when,
                          @RequestParam(required = false) String text,
                          @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                          Model model, HttpServletResponse response) {
        NoticeDetail n = publicNotice(id);
        Typed typed = new Typed(null, what, where, when, text);
        return submit(new NewTip(n.id(), null, what, where, when, text, photos(photos)), n, typed, model, response);
    }

    @GetMapping("/tips")
    String generalForm(Model model) {
        return form(model, null, Typed.EMPTY, Map.of());
    }

    @PostMapping("/tips")
    String submitGeneral(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String what,
                         @RequestParam(required = false) String where, @RequestParam(required = false) String when,
                         @RequestParam(required = false) String text,
                         @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                         Model model, HttpServletResponse response) {
        Typed typed = new Typed(agencyId, what, where, when, text);
        return submit(new NewTip(null, agencyId, what, where, when, text, photos(photos)), null, typed, model, response);
    }

    private String submit(NewTip tip, NoticeDetail notice, Typed typed, Model model, HttpServletResponse response) {
        try {
            Receipt receipt = tips.submit(tip);
            model.addAttribute("codename", receipt.codename());
            model.addAttribute("subject", notice == null ? null : notice.subject().writtenName());
            return RECEIPT;
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, notice, typed, e.errors());
        } catch (TipLineBusy e) {
            busy(e, response);
            return form(model, notice, typed, Map.of("photos", e.refusal()));
        }
    }

    /** 503 with Retry-After: the photo decoding is full, nothing was stored; the form comes back as typed. */
    private static void busy(TipLineBusy e, HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()));
    }

    /** A submission over the rate limit, forwarded here by {@code TipRateLimitAnswer}: the site's 429 page. */
    @GetMapping(TipRoutes.TOO_MANY_PAGE)
    String tooMany(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(TipRoutes.RATE_LIMITED) == null) {
            return notFound(response, model);
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(TipRoutes.RETRY_AFTER_SECONDS));
        model.addAttribute("status", HttpStatus.TOO_MANY_REQUESTS.value());
        return ERROR;
    }

    /** The forms are HTML routes: an unknown notice is the site's 404 page, whatever the client accepts. */
    @ExceptionHandler(NoPublicNotice.class)
    String noPublicNotice(HttpServletResponse response, Model model) {
        return notFound(response, model);
    }

    private static String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return ERROR;
    }

    /** No notice the public may see under that id (or no id at all). */
    private static final class NoPublicNotice extends RuntimeException {
        NoPublicNotice() {
            super(null, null, false, false);
        }
    }

    /** {@code errors}: each field's {@link Refusal}, coded; none carries what was typed, which {@link Typed} shows apart. */
    private String form(Model model, NoticeDetail notice, Typed typed, Map<String, Refusal> errors) {
        model.addAttribute("notice", notice == null ? null : new TipParts.NoticeRef(notice.id(), notice.subject().writtenName()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", agencies.all().stream()
                .sorted(java.util.Comparator.comparing((AgencyView a) -> a.country().value())).toList());
        return FORM;
    }

    @GetMapping("/tips/follow-up")
    String followUpForm(Model model) {
        model.addAttribute("view", null);
        model.addAttribute("errors", Map.of());
        return FOLLOW_UP;
    }

    @PostMapping("/tips/follow-up")
    String followUp(@RequestParam(required = false) String codename, Locale locale, Model model,
                    HttpServletResponse response) {
        return followUpPage(codename, null, Map.of(), locale, model, response);
    }

    @PostMapping("/tips/follow-up/reply")
    String reply(@RequestParam(required = false) String codename, @RequestParam(required = false) String text,
                 @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Locale locale, Model model,
                 HttpServletResponse response) {
        try {
            tips.reply(codename, text, photos(photos));
            return followUpPage(codename, "tip.followUp.sent", Map.of(), locale, model, response);
        } catch (DomainException.InvalidInput e) {
            model.addAttribute("reply", text);
            return followUpPage(codename, null, e.errors(), locale, model, response);
        } catch (TipLineBusy e) {
            model.addAttribute("reply", text);
            String page = followUpPage(codename, null, Map.of("photos", e.refusal()), locale, model, response);
            busy(e, response);
            return page;
        }
    }

    @PostMapping("/tips/follow-up/claim")
    String claim(@RequestParam(required = false) String codename, @RequestParam(required = false) String offerId,
                 Locale locale, Model model, HttpServletResponse response) {
        try {
            tips.claim(codename, offerId == null || offerId.isBlank() ? null : RequestValues.uuid("offerId", offerId));
            return followUpPage(codename, "tip.followUp.claimed", Map.of(), locale, model, response);
        } catch (DomainException.InvalidInput e) {
            return followUpPage(codename, null, e.errors(), locale, model, response);
        } catch (DomainException.Conflict e) {
            return followUpPage(codename, null, Map.of("offerId", e.refusal()), locale, model, response);
        }
    }

    private String followUpPage(String codename, String done, Map<String, Refusal> errors, Locale locale, Model model,
                                HttpServletResponse response) {
        Optional<TipsterView> view = tips.followUp(codename);
        if (view.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("view", null);
            model.addAttribute("errors", Map.of("codename", Refusal.of(TipRefusal.CODENAME_UNKNOWN)));
            return FOLLOW_UP;
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        TipsterView v = view.get();
        model.addAttribute("view", v);
        model.addAttribute("codename", codename.strip());
        model.addAttribute("done", done);
        model.addAttribute("errors", errors);
        // the procedure is the offering agency's, fetched by its id alone: nothing of the tipster goes into it
        model.addAttribute("claims", v.claims().stream().map(c -> TipParts.claim(c, locale,
                c.payout() != null ? procedures.of(c.offeringAgencyId(), locale).orElse(null) : null,
                agencies.find(c.offeringAgencyId()).map(AgencyView::name).orElse(c.offeringAgencyId()))).toList());
        model.addAttribute("offers", v.claimable().stream().map(o -> new TipParts.Offer(o.id(), o.amount().format(locale),
                agencies.find(o.offeringAgencyId()).map(AgencyView::name).orElse(o.offeringAgencyId()), o.conditions())).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return FOLLOW_UP;
    }

    /** An id that is not one names no notice: the same 404 page as an unknown one. */
    private NoticeDetail publicNotice(String id) {
        UUID noticeId;
        try {
            noticeId = RequestValues.pathId(id);
        } catch (DomainException.NotFound notAnId) {
            throw new NoPublicNotice();
        }
        return notices.peek(Viewer.PUBLIC, noticeId).orElseThrow(NoPublicNotice::new);
    }

    static List<Photo> photos(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(f -> {
            try {
                return new Photo(f.getContentType(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
