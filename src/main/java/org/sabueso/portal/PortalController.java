package org.sabueso.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeQuery;
import org.sabueso.notice.NoticeSummary;
import org.sabueso.notice.Notices;
import org.sabueso.notice.SubjectPhotos;
import org.sabueso.screening.Links;
import org.sabueso.shared.Page;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The most-wanted list and the public notice page. Always reads as {@link Viewer#PUBLIC}, even
 * for a signed-in staff member, so the portal shows exactly what the public sees: the notice
 * page names the other countries that want the same person only when both notices are public.
 */
@Controller
class PortalController {

    static final String LIST = "portal/index";
    static final String NOTICE = "portal/notice";
    static final int PAGE_SIZE = 12;
    /** Longer searches are cut: no name, alias and offence together come near this. */
    static final int MAX_QUERY = 200;

    private final Notices notices;
    private final PublicNotices publicNotices;
    private final Links links;
    private final SubjectPhotos photos;

    PortalController(Notices notices, PublicNotices publicNotices, Links links, SubjectPhotos photos) {
        this.notices = notices;
        this.publicNotices = publicNotices;
        this.links = links;
        this.photos = photos;
    }

    @GetMapping("/")
    String mostWanted(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                      Locale locale, Model model) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        Page<NoticeSummary> found = notices.search(Viewer.PUBLIC,
                new NoticeQuery(text, null, null, null, pageNumber(page), PAGE_SIZE));
        List<NoticeDetail> details = found.items().stream()
                .map(s -> notices.peek(Viewer.PUBLIC, s.id()))
                .flatMap(Optional::stream).toList();
        model.addAttribute("q", text);
        model.addAttribute("page", found);
        model.addAttribute("notices", publicNotices(details, locale));
        model.addAttribute("photos", withPhotos(details));
        return LIST;
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable String id, Locale locale, Model model) {
        NoticeDetail n = notices.peek(Viewer.PUBLIC, RequestValues.pathId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("notice", publicNotices(List.of(n), locale).getFirst());
        model.addAttribute("photos", withPhotos(List.of(n)));
        List<NoticeDetail> linked = links.linkedTo(Viewer.PUBLIC, n.id()).stream().map(l -> l.other(n.id())).distinct()
                .map(other -> notices.peek(Viewer.PUBLIC, other)).flatMap(Optional::stream).toList();
        model.addAttribute("alsoWanted", publicNotices(linked, locale).stream().map(PublicNotice::alsoWanted).toList());
        return NOTICE;
    }

    private List<PublicNotice> publicNotices(List<NoticeDetail> details, Locale locale) {
        return publicNotices.of(details, locale);
    }

    /** The notices (of those shown) whose subject has a photo the public may see. */
    private java.util.Set<UUID> withPhotos(List<NoticeDetail> details) {
        java.util.Map<UUID, UUID> main = photos.mainPhotoIds(Viewer.PUBLIC,
                details.stream().map(n -> n.subject().id()).toList());
        return details.stream().filter(n -> main.containsKey(n.subject().id())).map(NoticeDetail::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
