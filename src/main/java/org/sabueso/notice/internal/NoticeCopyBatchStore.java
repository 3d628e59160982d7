package org.sabueso.notice.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeCopy;
import org.sabueso.notice.NoticeCopyBatches;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Offences;
import org.sabueso.notice.Transition.Why;
import org.sabueso.person.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notice copies in bulk: one batch insert for the notices, one for their partners, one per status
 * for their history, one event for the screening index. Writes the same rows, search terms
 * included, as {@link NoticeCopyStore#upsert} writes for a copy it did not hold.
 */
@Service
class NoticeCopyBatchStore implements NoticeCopyBatches {

    private final JdbcTemplate jdbc;
    private final NoticeHistoryRepository history;
    private final ApplicationEventPublisher events;

    NoticeCopyBatchStore(JdbcTemplate jdbc, NoticeHistoryRepository history, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.history = history;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, NoticeCopies.Held> states(Collection<UUID> ids) {
        Map<UUID, NoticeCopies.Held> held = new HashMap<>();
        if (ids.isEmpty()) {
            return held;
        }
        jdbc.query("SELECT id, copy_of_node, copy_withdrawn_at IS NOT NULL, status FROM notice WHERE id = ANY(?)",
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    held.put(id, new NoticeCopies.Held(id, rs.getString(2), rs.getBoolean(3),
                            NoticeStatus.valueOf(rs.getString(4))));
                }, (Object) ids.toArray(UUID[]::new));
        return held;
    }

    @Override
    @Transactional
    public void insertAll(List<NoticeCopy> copies, Map<UUID, PersonView> subjects) {
        if (copies.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(copies.size());
        List<Object[]> partners = new ArrayList<>();
        for (NoticeCopy c : copies) {
            SearchTerms terms = SearchTerms.of(c.reference(), c.warrantReference(),
                    NoticeDrafting.asRecorded(subjects.get(c.subjectId())), c.offences(), c.summary());
            rows.add(new Object[] {c.id(), c.reference(), c.subjectId(), c.subjectName(), c.issuingAgencyId(),
                    c.issuingCountry(), Offences.codes(c.offences()).toArray(String[]::new), c.summary(),
                    c.warrantReference(), c.legalBasis(), c.requestedAction().name(), c.status().name(),
                    c.sharingScope().name(), c.reviewBy(), c.createdBy(),
                    c.activatedAt() == null ? null : Timestamp.from(c.activatedAt()), terms.text(),
                    terms.numbers().toArray(String[]::new), c.fromNode()});
            c.partnerAgencyIds().forEach(p -> partners.add(new Object[] {c.id(), p}));
        }
        jdbc.batchUpdate("""
                INSERT INTO notice (id, reference, subject_id, subject_name, issuing_agency_id, issuing_country, offences,
                  summary, warrant_reference, legal_basis, requested_action, status, sharing_scope, review_by,
                  created_by, activated_at, search, numbers, copy_of_node)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, to_tsvector('simple', lower(unaccent(?))), ?, ?)""", rows,
                new int[] {Types.OTHER, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.ARRAY,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.DATE, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.ARRAY, Types.VARCHAR});
        if (!partners.isEmpty()) {
            // partners this node does not know cannot see anything here, and would break the reference to agencies
            jdbc.batchUpdate("INSERT INTO notice_partner (notice_id, agency_id) SELECT ?, id FROM agency WHERE id = ?",
                    partners);
        }
        Map<NoticeStatus, List<UUID>> byStatus = copies.stream().collect(Collectors.groupingBy(NoticeCopy::status,
                Collectors.mapping(NoticeCopy::id, Collectors.toList())));
        String from = copies.getFirst().fromNode();
        byStatus.forEach((status, ids) -> history.recordTransitions(ids, status, NoticeCopyStore.actorFor(from), null,
                Why.of(NoticeReason.COPIED_FROM, from)));
        events.publishEvent(new NoticeEvents.CopiesReceived(from, copies.stream().map(NoticeCopy::id).toList()));
    }
}
