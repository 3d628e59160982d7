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
import org.sabueso.audit.AuditTrail;
import org.sabueso.audit.ChainVerdict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the trail filtered and paged, newest first; the chain's head to write
 * down; a button that walks the chain; and a CSV export of what the filter selects. Security
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
    private final Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditConsoleController(AuditTrail trail, Agencies agencies, ApplicationEventPublisher events, Clock clock) {
        this.trail = trail;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    /** An entry as the table shows it. */
    record EntryRow(long seq, String at, String iso, String actor, String agency, String action, String targetType,
                    String targetId, String detail, String hash) {

        static EntryRow of(AuditEntry e) {
            return new EntryRow(e.seq(), SHOWN.format(e.at()), e.at().toString(), e.actor(), e.actorAgency(), e.action(),
                    e.targetType(), e.targetId(), e.detail(), e.hash());
        }

        public String shortHash() {
            return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
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
                   @RequestParam(defaultValue = "0") int page, Model model) {
        show(viewer, filter, binding, page, model);
        return VIEW;
    }

    @GetMapping("/verify")
    String verify(Viewer viewer, @Valid @ModelAttribute("filter") AuditFilter filter, BindingResult binding,
                  @RequestParam(required = false) String anchor, Model model) {
        ChainVerdict.Anchor parsed = null;
        if (anchor != null && !anchor.isBlank()) {
            try {
                parsed = ChainVerdict.Anchor.parse(anchor);
            } catch (IllegalArgumentException e) {
                model.addAttribute("anchorError", "audit.error.anchor");
            }
        }
        model.addAttribute("anchor", anchor);
        if (!model.containsAttribute("anchorError")) {
            long started = System.nanoTime();
            ChainVerdict verdict = trail.verify(parsed, null);
            Verification v = Verification.of(verdict, (System.nanoTime() - started) / 1_000_000);
            model.addAttribute("verification", v);
            events.publishEvent(new AuditEvents.AuditChainVerified(viewer.username(), viewer.agencyId(),
                    describe(verdict) + (parsed == null ? "" : " anchor " + parsed)));
        }
        show(viewer, filter, binding, 0, model);
        return VIEW;
    }

    @GetMapping("/export.csv")
    void export(Viewer viewer, @Valid @ModelAttribute("filter") AuditFilter filter, BindingResult binding,
                HttpServletResponse response) throws IOException {
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
        Csv.row(out, "seq", "at_utc", "actor", "actor_agency", "action", "target_type", "target_id", "detail",
                "prev_hash", "hash");
        trail.forEach(query, e -> {
            try {
                Csv.row(out, Long.toString(e.seq()), e.at().toString(), e.actor(), e.actorAgency(), e.action(),
                        e.targetType(), e.targetId(), e.detail(), e.prevHash(), e.hash());
            } catch (IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        });
        out.flush();
    }

    private void show(Viewer viewer, AuditFilter filter, BindingResult binding, int page, Model model) {
        Map<String, String> errors = filter.errors();
        binding.getFieldErrors().forEach(f -> errors.putIfAbsent(f.getField(), "audit.error.tooLong"));
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("actions", trail.actions());
        model.addAttribute("head", trail.head().map(EntryRow::of).orElse(null));
        model.addAttribute("query", filter.queryString());
        if (errors.isEmpty()) {
            AuditQuery query = filter.toQuery(page, PAGE_SIZE);
            model.addAttribute("page", trail.search(query).map(EntryRow::of));
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
