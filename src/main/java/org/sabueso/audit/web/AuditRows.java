package org.sabueso.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Viewer;
import org.sabueso.audit.AuditEntry;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.Notices;
import org.sabueso.screening.Hits;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Audit entries as an auditor reads them: who (the user and their agency's name), what (the action,
 * worded by the page through {@code audit.action.<code>} in the reader's language) and which
 * record, named as people name it (a notice by its reference and subject) with a link to it only
 * where this auditor may open it. Whether they may is asked of the owning module with the same
 * reads its pages use ({@link Notices#peek}, {@link Hits#get}), which leave no audit entry of
 * their own: listing the trail does not read every record in it "for" the auditor.
 */
@Component
class AuditRows {

    private static final Pattern UUID_TEXT = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    private final Agencies agencies;
    private final Notices notices;
    private final Hits hits;

    AuditRows(Agencies agencies, Notices notices, Hits hits) {
        this.agencies = agencies;
        this.notices = notices;
        this.hits = hits;
    }

    /**
     * An entry as the table shows it. {@code record}: how the record is named (a notice's
     * reference and subject), null when the trail knows only its id; {@code href}: where the
     * auditor may open it, null where they may not.
     */
    record Row(long seq, String at, String iso, String actor, String agencyId, String agency, String action,
               String targetType, String targetId, String record, String href, String detail, String hash) {

        public String shortHash() {
            return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
        }

        /** An id as the page prints it when nothing better names the record: its first eight characters. */
        public String shortId() {
            return targetId == null || targetId.length() <= 12 ? targetId : targetId.substring(0, 8) + "…";
        }
    }

    /** Where a record may be opened, and its name; looked up once per record on a page. */
    private record Target(String name, String href) {
        static final Target NONE = new Target(null, null);
    }

    List<Row> of(Viewer viewer, List<AuditEntry> entries) {
        Map<String, String> agencyNames = new HashMap<>();
        Map<String, Target> targets = new HashMap<>();
        return entries.stream().map(e -> {
            String agency = e.actorAgency() == null ? null : agencyNames.computeIfAbsent(e.actorAgency(),
                    id -> agencies.find(id).map(AgencyView::name).orElse(id));
            Target t = targets.computeIfAbsent(e.targetType() + ":" + e.targetId(), k -> target(viewer, e));
            return new Row(e.seq(), AuditConsoleController.SHOWN.format(e.at()), e.at().toString(), e.actor(),
                    e.actorAgency(), agency, e.action(), e.targetType(), e.targetId(), t.name(), t.href(), e.detail(),
                    e.hash());
        }).toList();
    }

    private Target target(Viewer viewer, AuditEntry e) {
        String id = e.targetId();
        if (id == null || e.targetType() == null) {
            return Target.NONE;
        }
        return switch (e.targetType()) {
            case "notice" -> uuid(id).flatMap(n -> notices.peek(viewer, n)).map(AuditRows::notice).orElse(Target.NONE);
            // a hit has no page of its own: it is followed to its notice, when that may be seen
            case "hit" -> uuid(id).flatMap(h -> hits.get(viewer, h)).flatMap(h -> notices.peek(viewer, h.noticeId()))
                    .map(AuditRows::notice).orElse(Target.NONE);
            case "screening" -> uuid(id).filter(s -> !hits.ofScreening(viewer, s).isEmpty())
                    .map(s -> new Target(null, "/console/screening/" + s)).orElse(Target.NONE);
            // a user is followed to what they did: the trail filtered by them, which an auditor may always see
            case "user" -> new Target(id, UriComponentsBuilder.fromPath("/console/audit").queryParam("actor", id)
                    .encode().build().toUriString());
            default -> Target.NONE;
        };
    }

    private static Target notice(NoticeDetail n) {
        return new Target(n.reference() + " · " + n.subject().writtenName(), "/console/notices/" + n.id());
    }

    private static Optional<UUID> uuid(String text) {
        return UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }
}
