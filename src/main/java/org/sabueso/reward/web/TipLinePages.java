package org.sabueso.reward.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Hotline;
import org.sabueso.agency.Hotlines;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.reward.CollectionProcedures;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the public sees of a supervisor's agency, set from the console: the number of its tip line
 * (posters, public notices, the portal) and how a paid reward is collected, in Spanish and English
 * (the tipster's follow-up page). Until now only the API set them. One form, saved whole or not
 * at all: every field's refusal is shown beside it at once.
 */
@Controller
class TipLinePages {

    static final String FORM = "reward/tip-line";

    private final Hotlines hotlines;
    private final CollectionProcedures procedures;
    private final TransactionTemplate inTransaction;

    TipLinePages(Hotlines hotlines, CollectionProcedures procedures, PlatformTransactionManager transactions) {
        this.hotlines = hotlines;
        this.procedures = procedures;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    /** What the supervisor typed, shown again with the refusals. */
    record Typed(String hotline, String procedureEs, String procedureEn) {
    }

    @GetMapping("/console/tip-line")
    String form(Viewer viewer, Model model) {
        supervisor(viewer);
        return page(viewer, stored(viewer), Map.of(), model);
    }

    @PostMapping("/console/tip-line")
    String save(Viewer viewer, @RequestParam(required = false) String hotline,
                @RequestParam(required = false) String procedureEs, @RequestParam(required = false) String procedureEn,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        supervisor(viewer);
        Typed typed = new Typed(hotline, procedureEs, procedureEn);
        Typed before = stored(viewer);
        Map<String, Refusal> errors = new LinkedHashMap<>();
        inTransaction.executeWithoutResult(tx -> {
            if (!Objects.equals(blank(hotline), blank(before.hotline()))) {
                field("hotline", errors, () -> hotlines.set(viewer, hotline));
            }
            // a procedure cannot be emptied (the money waits either way): a blank field keeps what is written
            if (blank(procedureEs) != null && !Objects.equals(blank(procedureEs), blank(before.procedureEs()))) {
                field("procedureEs", errors, () -> procedures.set(viewer, "es", procedureEs));
            }
            if (blank(procedureEn) != null && !Objects.equals(blank(procedureEn), blank(before.procedureEn()))) {
                field("procedureEn", errors, () -> procedures.set(viewer, "en", procedureEn));
            }
            if (!errors.isEmpty()) {
                // nothing half-written: what passed is undone with what did not
                tx.setRollbackOnly();
            }
        });
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("done", "tipline.done");
            return "redirect:/console/tip-line";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(viewer, typed, errors, model);
    }

    /** Runs one setter; its refusal is put beside this form's field, whatever the setter named it. */
    private static void field(String name, Map<String, Refusal> errors, Runnable set) {
        try {
            set.run();
        } catch (DomainException.InvalidInput e) {
            e.errors().values().stream().findFirst().ifPresent(r -> errors.put(name, r));
        }
    }

    private Typed stored(Viewer viewer) {
        return new Typed(hotlines.of(viewer.agencyId()).map(Hotline::number).orElse(""),
                procedures.written(viewer.agencyId(), "es").orElse(""),
                procedures.written(viewer.agencyId(), "en").orElse(""));
    }

    private String page(Viewer viewer, Typed typed, Map<String, Refusal> errors, Model model) {
        model.addAttribute("agencyId", viewer.agencyId());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return FORM;
    }

    private static void supervisor(Viewer viewer) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
