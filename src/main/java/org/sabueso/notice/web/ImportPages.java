package org.sabueso.notice.web;

import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeImports;
import org.sabueso.shared.DomainException;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's page of one import of notices: its counts by status and, for a supervisor of the
 * agency who did not make it, the form that reviews it as a whole with the Article 3 checks.
 */
@Controller
@RequestMapping("/console/imports")
class ImportPages {

    static final String IMPORT = "notice/import";

    private final NoticeImports imports;

    ImportPages(NoticeImports imports) {
        this.imports = imports;
    }

    @GetMapping("/{id}")
    String page(Viewer viewer, @PathVariable String id, Model model) {
        NoticeImports.ImportSummary summary = summary(viewer, id);
        model.addAttribute("summary", summary);
        model.addAttribute("own", viewer.username().equals(summary.importedBy()));
        return IMPORT;
    }

    @PostMapping("/{id}/review")
    String review(Viewer viewer, @PathVariable String id, ReviewForm form, RedirectAttributes redirect) {
        UUID importId = summary(viewer, id).importId();
        boolean approve = form.approve();
        try {
            imports.review(viewer, importId, form.checks(), approve, form.comment());
            redirect.addFlashAttribute("done", approve ? "flash.importApproved" : "flash.importReturned");
            return "redirect:/console/reviews";
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.refusal());
            return "redirect:/console/imports/" + importId;
        }
    }

    /** The import if the viewer's agency made it; a 404 page otherwise, as for a notice they may not see. */
    private NoticeImports.ImportSummary summary(Viewer viewer, String id) {
        UUID importId = RequestValues.pathId(id);
        try {
            return imports.summary(viewer, importId);
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
