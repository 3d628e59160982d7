package org.sabueso.screening.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.CompareResult;
import org.sabueso.screening.Comparisons;
import org.sabueso.screening.LinkRefusal;
import org.sabueso.screening.LinkStatus;
import org.sabueso.screening.LinkView;
import org.sabueso.screening.Links;
import org.sabueso.shared.DomainException;
import org.sabueso.shared.Page;
import org.sabueso.web.RequestValues;
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
 * The link queue: pairs of notices of different agencies that seem to be on the same person,
 * involving the analyst's agency, each with both subjects, both agencies, the score and why; the
 * analyst accepts (the notices are then shown together) or rejects. The why is the pairwise
 * compare of the two subjects as they stand now ({@link Comparisons#whyLinked}); a link whose
 * notices can no longer be read shows what was stored when it was proposed.
 */
@Controller
@RequestMapping("/console/links")
class LinkPages {

    static final String QUEUE = "screening/links";

    private final Links links;
    private final Agencies agencies;
    private final Reasons reasons;
    private final Comparisons comparisons;

    LinkPages(Links links, Agencies agencies, Reasons reasons, Comparisons comparisons) {
        this.links = links;
        this.agencies = agencies;
        this.reasons = reasons;
        this.comparisons = comparisons;
    }

    /** One end of a link: the notice, its subject and its issuing agency. */
    record End(UUID noticeId, String subject, Pages.Agency agency) {
    }

    /** {@code decision}: the compare's MATCH, POSSIBLE or NO_MATCH, null when the stored proposal is shown. */
    record Row(LinkView link, End a, End b, String score, CompareResult.Verdict decision, List<Reasons.Reason> reasons) {
    }

    /**
     * The queue, filtered and paged ({@link LinkQueueFilter}). Only the links of the page shown are
     * compared afresh: the compare is what a row costs, and the whole queue at once (118 proposals
     * in the demo) made the slowest page of the console.
     */
    @GetMapping
    String queue(Viewer viewer, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String agency, @RequestParam(required = false) String min,
                 @RequestParam(required = false) String order, @RequestParam(required = false) String page,
                 Locale locale, Model model) {
        Pages.require(Pages.analyst(viewer));
        LinkQueueFilter filter = LinkQueueFilter.of(status, agency, min, order);
        List<LinkView> queue = links.queue(viewer, filter.status());
        Page<LinkView> shown = LinkQueueFilter.page(filter.apply(queue), RequestValues.pageFromZero(page));
        Map<UUID, CompareResult> why = comparisons.whyLinked(shown.items());
        model.addAttribute("status", filter.status());
        model.addAttribute("statuses", LinkStatus.values());
        model.addAttribute("filter", filter);
        model.addAttribute("page", shown);
        model.addAttribute("otherAgencies", otherAgencies(viewer, queue, locale));
        model.addAttribute("rows", shown.items().stream().map(l -> row(l, why.get(l.id()), locale)).toList());
        return QUEUE;
    }

    /** The agencies at the other end of the viewer's links, for the agency filter, by name. */
    private List<Pages.Agency> otherAgencies(Viewer viewer, List<LinkView> queue, Locale locale) {
        return queue.stream().flatMap(l -> java.util.stream.Stream.of(l.agencyA(), l.agencyB()))
                .filter(a -> a != null && !viewer.belongsTo(a)).distinct()
                .map(a -> Pages.Agency.of(agencies, a, locale))
                .sorted(java.util.Comparator.comparing(Pages.Agency::name)).toList();
    }

    private Row row(LinkView l, CompareResult compared, Locale locale) {
        End a = new End(l.noticeA(), l.subjectA(), Pages.Agency.of(agencies, l.agencyA(), locale));
        End b = new End(l.noticeB(), l.subjectB(), Pages.Agency.of(agencies, l.agencyB(), locale));
        if (compared == null) {
            return new Row(l, a, b, Reasons.percent(l.score(), locale), null,
                    reasons.of(l.explanationItems(), l.explanation(), locale));
        }
        return new Row(l, a, b, Reasons.percent(compared.score(), locale), compared.decision(),
                reasons.of(compared.explanation(), locale));
    }

    @PostMapping("/{id}/decision")
    String decide(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String accept,
                  RedirectAttributes redirect) {
        Pages.require(Pages.analyst(viewer));
        UUID linkId = Pages.id(id);
        try {
            if (!"true".equals(accept) && !"false".equals(accept)) {
                throw new DomainException.InvalidInput("accept", LinkRefusal.DECISION);
            }
            links.decide(viewer, linkId, Boolean.parseBoolean(accept));
            redirect.addFlashAttribute("done", Boolean.parseBoolean(accept) ? "links.flash.accepted" : "links.flash.rejected");
        } catch (DomainException.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.refusal());
        }
        return "redirect:/console/links";
    }
}
