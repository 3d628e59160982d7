package org.sabueso.notice.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sabueso.agency.SharingScope;
import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeCopy;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeReason;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Transition.Why;
import org.sabueso.person.PersonView;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies of other nodes' notices in this node's notice table (issue 16). A copy's status changes
 * are recorded in its history as received ({@link NoticeReason#COPIED_FROM}) and published as a
 * local change would be, so the screening index, the portal and the network timeline follow it;
 * a change of what screening reads without a status change publishes
 * {@link NoticeEvents.NoticeContentChanged}.
 */
@Service
class NoticeCopyStore implements NoticeCopies {

    private final JdbcClient jdbc;
    private final NoticeHistoryRepository history;
    private final Persons persons;
    private final ApplicationEventPublisher events;

    NoticeCopyStore(JdbcClient jdbc, NoticeHistoryRepository history, Persons persons, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.history = history;
        this.persons = persons;
        this.events = events;
    }

    /** Who the history and the events name for a step another node took. */
    static String actorFor(String node) {
        return "federation:" + node;
    }

    @Override
    @Transactional
    public void upsert(NoticeCopy c) {
        Optional<Held> held = state(c.id());
        if (held.isPresent() && !c.fromNode().equals(held.get().copyOfNode())) {
            throw new DomainException.Conflict(NoticeRefusal.COPY_OF_OWN, c.id());
        }
        PersonView subject = persons.get(c.subjectId()).orElseThrow(
                () -> new DomainException.InvalidInput("subjectId", NoticeRefusal.SUBJECT_UNKNOWN, c.subjectId()));
        SearchTerms terms = SearchTerms.of(c.reference(), c.warrantReference(), NoticeDrafting.asRecorded(subject), c.offences(),
                c.summary());
        String[] offences = org.sabueso.notice.Offences.codes(c.offences()).toArray(String[]::new);
        Timestamp activated = c.activatedAt() == null ? null : Timestamp.from(c.activatedAt());
        if (held.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO notice (id, reference, subject_id, subject_name, issuing_agency_id, issuing_country, offences,
                      summary, warrant_reference, legal_basis, requested_action, status, sharing_scope, review_by,
                      created_by, activated_at, search, numbers, copy_of_node)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, to_tsvector('simple', lower(unaccent(?))), ?, ?)""")
                    .params(c.id(), c.reference(), c.subjectId(), c.subjectName(), c.issuingAgencyId(),
                            c.issuingCountry(), offences, c.summary(), c.warrantReference(), c.legalBasis(),
                            c.requestedAction().name(), c.status().name(), c.sharingScope().name(), c.reviewBy(),
                            c.createdBy(), activated, terms.text(), terms.numbers().toArray(String[]::new), c.fromNode())
                    .update();
        } else {
            jdbc.sql("""
                    UPDATE notice SET reference = ?, subject_id = ?, subject_name = ?, issuing_agency_id = ?,
                      issuing_country = ?, offences = ?, summary = ?, warrant_reference = ?, legal_basis = ?,
                      requested_action = ?, status = ?, sharing_scope = ?, review_by = ?, activated_at = ?,
                      search = to_tsvector('simple', lower(unaccent(?))), numbers = ?, copy_withdrawn_at = NULL,
                      updated_at = now(), version = version + 1
                    WHERE id = ? AND copy_of_node = ?""")
                    .params(c.reference(), c.subjectId(), c.subjectName(), c.issuingAgencyId(), c.issuingCountry(),
                            offences, c.summary(), c.warrantReference(), c.legalBasis(), c.requestedAction().name(),
                            c.status().name(), c.sharingScope().name(), c.reviewBy(), activated, terms.text(),
                            terms.numbers().toArray(String[]::new), c.id(), c.fromNode())
                    .update();
        }
        replacePartners(c.id(), c.partnerAgencyIds());
        // a withdrawn copy was closed here: coming back, it moves from that closed state
        NoticeStatus before = held.map(Held::status).orElse(null);
        if (before != c.status()) {
            history.recordTransition(c.id(), before, c.status(), actorFor(c.fromNode()), null,
                    Why.of(NoticeReason.COPIED_FROM, c.fromNode()));
            events.publishEvent(new NoticeEvents.NoticeStatusChanged(c.id(), c.reference(), before, c.status(),
                    actorFor(c.fromNode()), null));
            if (c.status() == NoticeStatus.ACTIVE) {
                events.publishEvent(new NoticeEvents.NoticeActivated(c.id(), c.subjectId(), c.issuingAgencyId()));
            }
        } else {
            events.publishEvent(new NoticeEvents.NoticeContentChanged(c.id()));
        }
    }

    /** Partners this node does not know cannot see anything here, and would break the table's reference to agencies. */
    private void replacePartners(UUID id, Set<String> partners) {
        jdbc.sql("DELETE FROM notice_partner WHERE notice_id = ?").param(id).update();
        for (String p : partners) {
            jdbc.sql("""
                    INSERT INTO notice_partner (notice_id, agency_id)
                    SELECT ?, id FROM agency WHERE id = ?""").params(id, p).update();
        }
    }

    @Override
    @Transactional
    public boolean remove(UUID id, String fromNode) {
        Optional<Held> held = state(id).filter(h -> fromNode.equals(h.copyOfNode()) && !h.withdrawn());
        if (held.isEmpty()) {
            return false;
        }
        NoticeStatus before = held.get().status();
        // closed and narrowed to its issuing agency, which has no staff on this node: out of every
        // list, page, screening and the portal, while tips, claims and hits that point to it stay whole
        NoticeStatus after = before.open() ? NoticeStatus.CANCELLED : before;
        String reference = jdbc.sql("""
                UPDATE notice SET status = ?, sharing_scope = 'AGENCY', copy_withdrawn_at = now(), updated_at = now(),
                  version = version + 1
                WHERE id = ? RETURNING reference""").params(after.name(), id).query(String.class).single();
        jdbc.sql("DELETE FROM notice_partner WHERE notice_id = ?").param(id).update();
        history.recordTransition(id, before, after, actorFor(fromNode), null, Why.of(NoticeReason.COPY_WITHDRAWN, fromNode));
        if (before != after) {
            events.publishEvent(new NoticeEvents.NoticeStatusChanged(id, reference, before, after, actorFor(fromNode), null));
        } else {
            events.publishEvent(new NoticeEvents.NoticeContentChanged(id));
        }
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Held> state(UUID id) {
        return jdbc.sql("SELECT id, copy_of_node, copy_withdrawn_at IS NOT NULL, status FROM notice WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        NoticeStatus.valueOf(rs.getString(4))))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> ownReleased(Collection<String> agencyIds, Collection<SharingScope> scopes) {
        if (agencyIds.isEmpty() || scopes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id FROM notice WHERE copy_of_node IS NULL AND issuing_agency_id = ANY(?)
                  AND status NOT IN ('DRAFT','UNDER_REVIEW') AND sharing_scope = ANY(?) ORDER BY id""")
                .params(agencyIds.toArray(String[]::new), scopes.stream().map(Enum::name).toArray(String[]::new))
                .query(UUID.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> ownOnSubject(UUID personId) {
        return jdbc.sql("SELECT id FROM notice WHERE copy_of_node IS NULL AND subject_id = ? ORDER BY id")
                .param(personId).query(UUID.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> liveCopiesOn(UUID personId) {
        return jdbc.sql("""
                SELECT id FROM notice WHERE copy_of_node IS NOT NULL AND copy_withdrawn_at IS NULL AND subject_id = ?
                ORDER BY id""").param(personId).query(UUID.class).list();
    }
}
