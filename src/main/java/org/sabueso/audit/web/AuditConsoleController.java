package org.sabueso.audit.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.AuditEvents;
import org.sabueso.audit.AuditQuery;
import org.sabueso.audit.AuditSnapshot;
import org.sabueso.audit.AuditTrail;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.web.RequestValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page, in the console's layout: the trail filtered (by user, agency, action, record
 * and period) and paged, newest first, each entry in words with a link to its record where the
 * auditor may open it ({@link AuditRows}); the chain's head to write down; a button that walks
 * the chain; and a CSV export of what the filter selects. Security
 * lets only auditors and administrators in; what they look at is itself audited.
 */
@Controller
@RequestMapping("/console/audit")
class AuditConsoleController {

    static final String VIEW = "audit/entries";
    static final int PAGE_SIZE = 50;
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final AuditTrail trail;
    private final AuditRows rows;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    AuditConsoleController(AuditTrail trail, AuditRows rows, Agencies agencies, ApplicationEventPublisher events,
                           Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.trail = trail;
        this.rows = rows;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    /** The chain's head as the page shows it, to write down. */
    record Head(long seq, String hash, String at) {

        static Head of(AuditEntry e) {
            return e == null ? null : new Head(e.seq(), e.hash(), SHOWN.format(e.at()));
        }
    }

    /** What the verify button found, ready for the page. */
    record Verification(boolean intact, long entries, long seq, String hash, String problem, String detail,
                        long millis) {

        static Verification of(ChainVerdict verdict, long millis) {
            return switch (verdict) {
                case ChainVerdict.Intact ok -> new Verification(true, ok.entries(), ok.headSeq(), ok.headHash(), null,
                        null, millis);
                case ChainVerdict.Broken b -> new Verification(false, b.entries(), b.seq(), null, b.problem().name(),
                        b.detail(), millis);
            };
        }
    }

    @GetMapping
    String entries(Viewer viewer, @Valid @ModelAttribute("filter") AuditFilter filter, BindingResult binding,
                   @RequestParam(required = false) String page, Model model) {
        show(viewer, filter, binding, RequestValues.pageFromZero(page), false, null, model);
        return VIEW;
    }

    @GetMapping("/verify")
    String verify(Viewer viewer, @Valid @ModelAttribute("filter") AuditFilter filter, BindingResult binding,
                  @RequestParam(required = false) String anchor, Model model) {
        ChainVerdict.Anchor parsed = null;
        boolean anchorTyped = anchor != null && !anchor.isBlank();
        if (anchorTyped) {
            try {
                parsed = ChainVerdict.Anchor.parse(anchor);
            } catch (IllegalArgumentException e) {
                model.addAttribute("anchorError", "audit.error.anchor");
            }
        }
        model.addAttribute("anchor", anchor);
        show(viewer, filter, binding, 0, !model.containsAttribute("anchorError"), parsed, model);
        return VIEW;
    }

    @GetMapping("/export.csv")
    void export(Viewer viewer, @Valid @ModelAttribute("filter") AuditFilter filter, BindingResult binding,
                java.util.Locale locale, HttpServletResponse response) throws IOException {
        if (binding.hasErrors() || !filter.errors().isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "invalid filter");
            return;
        }
        AuditQuery query = filter.toQuery(0, AuditQuery.MAX_SIZE);
        events.publishEvent(new AuditEvents.AuditTrailExported(viewer.username(), viewer.agencyId(), query.describe()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"sabueso-audit-" + FILE_STAMP.format(clock.instant()) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF'); // lets spreadsheets read the accents as UTF-8
        // the codes stay for machines (and for verifying the hashes); action_words is the action in the reader's language
        Csv.row(out, "seq", "at_utc", "actor", "actor_agency", "action", "target_type", "target_id", "detail",
                "prev_hash", "hash", "action_words");
        trail.forEach(query, e -> {
            try {
                Csv.row(out, Long.toString(e.seq()), e.at().toString(), e.actor(), e.actorAgency(), e.action(),
                        e.targetType(), e.targetId(), e.detail(), e.prevHash(), e.hash(),
                        messages.getMessage("audit.action." + e.action(), null, e.action(), locale));
            } catch (IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        });
        out.flush();
    }

    /**
     * The page from one {@link AuditSnapshot}: head, entries and verdict agree. What the auditor
     * did here is published after the snapshot, so it is the next entry of the chain, never the
     * head the page shows.
     */
    private void show(Viewer viewer, AuditFilter filter, BindingResult binding, int page, boolean verify,
                      ChainVerdict.Anchor anchor, Model model) {
        Map<String, String> errors = filter.errors();
        binding.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), "audit.error.tooLong"));
        AuditQuery query = errors.isEmpty() ? filter.toQuery(page, PAGE_SIZE) : AuditQuery.everything();
        long started = System.nanoTime();
        AuditSnapshot snapshot = trail.snapshot(query, verify, anchor);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (snapshot.page().page() > snapshot.page().lastPage()) {
            // a page past the end: the last page there is, as every list of the console does
            query = filter.toQuery(snapshot.page().lastPage(), PAGE_SIZE);
            snapshot = trail.snapshot(query, false, null);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("actions", trail.actions());
        model.addAttribute("head", Head.of(snapshot.head()));
        model.addAttribute("query", filter.queryString());
        if (snapshot.verdict() != null) {
            model.addAttribute("verification", Verification.of(snapshot.verdict(), millis));
            events.publishEvent(new AuditEvents.AuditChainVerified(viewer.username(), viewer.agencyId(),
                    describe(snapshot.verdict()) + (anchor == null ? "" : " anchor " + anchor)));
        }
        if (errors.isEmpty()) {
            model.addAttribute("page", snapshot.page());
            model.addAttribute("rows", rows.of(viewer, snapshot.page().items()));
            events.publishEvent(new AuditEvents.AuditTrailViewed(viewer.username(), viewer.agencyId(),
                    query.describe() + " page=" + query.page()));
        }
    }

    private static String describe(ChainVerdict verdict) {
        return switch (verdict) {
            case ChainVerdict.Intact ok -> "OK entries=" + ok.entries() + " head=" + ok.headSeq() + ":" + ok.headHash();
            case ChainVerdict.Broken b -> "BROKEN at seq=" + b.seq() + " reason=" + b.problem().label();
        };
    }
}
