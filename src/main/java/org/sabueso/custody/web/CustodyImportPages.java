package org.sabueso.custody.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CSV import of facilities or population figures, for supervisors: refused line by line, all or nothing. */
@Controller
@RequestMapping("/console/custody")
class CustodyImportPages {

    static final String IMPORT = "custody/import";

    private final Custody custody;

    CustodyImportPages(Custody custody) {
        this.custody = custody;
    }

    @GetMapping("/import")
    String form(Viewer viewer, Model model) {
        importer(viewer);
        model.addAttribute("errors", Map.of());
        return IMPORT;
    }

    @PostMapping("/import")
    String importCsv(Viewer viewer, @RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
                     @RequestParam(required = false) String csv, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) throws IOException {
        importer(viewer);
        boolean uploaded = file != null && !file.isEmpty();
        String text = uploaded ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
        boolean population = "population".equals(kind);
        try {
            int n = population ? custody.importPopulation(viewer, text) : custody.importFacilities(viewer, text);
            redirect.addFlashAttribute("done", population ? "custody.flash.importedPopulation" : "custody.flash.importedFacilities");
            redirect.addFlashAttribute("imported", n);
            return "redirect:/console/custody";
        } catch (DomainException.InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("errors", e.errors());
            model.addAttribute("kind", kind);
            model.addAttribute("csv", uploaded ? null : csv);
            return IMPORT;
        }
    }

    /** Importing is for supervisors of an agency, as registering a facility is. */
    private static void importer(Viewer viewer) {
        if (viewer.agencyId() == null || !viewer.has(Role.SUPERVISOR)) {
            throw ConsoleForms.forbidden();
        }
    }
}
