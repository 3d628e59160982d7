package org.sabueso.custody.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.custody.Custody;
import org.sabueso.custody.CustodyTypes.EntryKind;
import org.sabueso.custody.CustodyViews.Facility;
import org.sabueso.custody.CustodyViews.PrisonerFile;
import org.sabueso.web.RequestValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A prisoner file in the console, with its append-only history and the form that adds to it. */
@Controller
@RequestMapping("/console/custody")
class PrisonerPages {

    static final String PRISONER = "custody/prisoner";

    /** What staff may add by hand; admissions and escapes have their own forms. */
    static final List<EntryKind> KINDS = List.of(EntryKind.CLASSIFICATION, EntryKind.COURT_DATE, EntryKind.UNIT_CHANGE,
            EntryKind.TRANSFER, EntryKind.RELEASE, EntryKind.RETURN, EntryKind.NOTE, EntryKind.DEATH);

    private final Custody custody;
    private final Clock clock;

    PrisonerPages(Custody custody, Clock clock) {
        this.custody = custody;
        this.clock = clock;
    }

    @GetMapping("/prisoners/{id}")
    String prisoner(Viewer viewer, @PathVariable String id, Model model) {
        ConsoleForms.staffOnly(viewer);
        UUID fileId = RequestValues.pathId(id);
        PrisonerFile file = custody.prisonerFile(viewer, fileId).orElseThrow(ConsoleForms::notFound);
        Facility f = custody.facility(viewer, file.facilityId()).orElseThrow(ConsoleForms::notFound);
        model.addAttribute("p", file);
        model.addAttribute("f", f);
        model.addAttribute("history", custody.history(viewer, fileId));
        model.addAttribute("mayRecord", custody.mayRecord(viewer, f));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("today", LocalDate.now(clock));
        return PRISONER;
    }

    @PostMapping("/prisoners/{id}/entries")
    String entry(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String onDate, @RequestParam(required = false) String detail,
                 RedirectAttributes redirect) {
        UUID fileId = RequestValues.pathId(id);
        ConsoleForms.act(redirect, () -> custody.addEntry(viewer, fileId, FormValues.choice("kind", EntryKind.class, kind),
                ConsoleForms.day("onDate", onDate), detail), "custody.flash.entry");
        return "redirect:/console/custody/prisoners/" + fileId;
    }
}
