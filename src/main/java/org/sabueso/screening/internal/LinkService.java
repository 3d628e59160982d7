package org.sabueso.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.sabueso.agency.Capability;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingPolicy;
import org.sabueso.agency.Viewer;
import org.sabueso.notice.NoticeDetail;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.person.IdentityDocument;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.LinkStatus;
import org.sabueso.screening.LinkView;
import org.sabueso.screening.Links;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sabueso.screening.internal.matching.Query;
import org.sabueso.screening.internal.matching.Entries;

/**
 * Proposes links between notices of different agencies on the same person, screening each new
 * notice's subject against the notices its own agency may see.
 */
@Service
class LinkService implements Links {

    private static final String COLUMNS = """
            id, notice_a, notice_b, agency_a, agency_b, score, explanation, status, decided_by, decided_at, created_at""";

    private final JdbcClient jdbc;
    private final ScreeningEngine engine;
    private final Notices notices;
    private final Clock clock;

    LinkService(JdbcClient jdbc, ScreeningEngine engine, Notices notices, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Proposing links screens every new notice, which after a bulk import is minutes of work: it
     * runs on one thread of its own, so it never occupies the threads that keep the screening
     * index current (a newly active notice stays screenable within a second during an import).
     */
    private final java.util.concurrent.ExecutorService proposer = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("link-proposer").daemon(true).unstarted(r));

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LinkService.class);

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Link proposals failed for a batch of notices; they will be proposed when next screened", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        proposer.shutdownNow();
    }

    @ApplicationModuleListener
    void on(NoticeEvents.NoticeStatusChanged e) {
        if (e.to() == NoticeStatus.ACTIVE) {
            proposer.submit(() -> safely(() -> propose(notices.forScreening(List.of(e.noticeId())))));
        }
    }

    /** Imported notices are proposed once open: the demo's at once, an import's when its review activates them. */
    @ApplicationModuleListener
    void on(NoticeEvents.NoticesImported e) {
        if (e.noticeIds() != null) {
            proposeInChunks(List.copyOf(e.noticeIds()));
        }
    }

    @ApplicationModuleListener
    void on(NoticeEvents.ImportedNoticesActivated e) {
        proposeInChunks(List.copyOf(e.noticeIds()));
    }

    private void proposeInChunks(List<UUID> ids) {
        proposer.submit(() -> safely(() -> {
            for (int i = 0; i < ids.size(); i += 500) {
                propose(notices.forScreening(ids.subList(i, Math.min(ids.size(), i + 500))).stream()
                        .filter(n -> n.status().open()).toList());
            }
        }));
    }

    /** A proposal before it is written: the pair in PostgreSQL's order. */
    private record Proposal(UUID a, UUID b, String agencyA, String agencyB, double score, String explanation) {
    }

    /**
     * Screens each notice's subject as its issuing agency would, and records MATCHes on other
     * agencies' notices. Proposals are written in one order (by pair), so listeners running at
     * once never wait on each other's rows in opposite orders.
     */
    void propose(List<NoticeDetail> fresh) {
        List<Proposal> proposals = new ArrayList<>();
        for (NoticeDetail n : fresh) {
            Viewer issuer = new Viewer("system:links", n.issuingAgencyId(), n.issuingCountry(), EnumSet.of(Role.ANALYST));
            var p = n.subject();
            List<IdentityDocument> docs = p.documents();
            CountryCode nationality = p.nationalities().isEmpty() ? null : p.nationalities().iterator().next();
            Query query = Entries.query(p.writtenName(), p.birthDate(), nationality, docs);
            if (query.tokens().isEmpty()) {
                continue;
            }
            for (ScreeningEngine.ScoredHit h : engine.screen(query, issuer, 10)) {
                if (h.decision() == Decision.MATCH && !h.entry().issuingAgencyId().equals(n.issuingAgencyId())) {
                    proposals.add(proposal(n, h));
                }
            }
        }
        proposals.sort(java.util.Comparator.comparing((Proposal p) -> p.a().toString()).thenComparing(p -> p.b().toString()));
        for (Proposal p : proposals) {
            jdbc.sql("""
                    INSERT INTO notice_link (id, notice_a, notice_b, agency_a, agency_b, score, explanation, status)
                    VALUES (?,?,?,?,?,?,?, 'PROPOSED') ON CONFLICT (notice_a, notice_b) DO NOTHING""")
                    .params(UUID.randomUUID(), p.a(), p.b(), p.agencyA(), p.agencyB(), p.score(), p.explanation()).update();
        }
    }

    private static Proposal proposal(NoticeDetail n, ScreeningEngine.ScoredHit h) {
        UUID a = n.id();
        UUID b = h.entry().noticeId();
        String agencyA = n.issuingAgencyId();
        String agencyB = h.entry().issuingAgencyId();
        // PostgreSQL orders uuids by their bytes, as their hex text sorts; Java's compareTo is signed
        if (a.toString().compareTo(b.toString()) > 0) {
            UUID t = a;
            a = b;
            b = t;
            String s = agencyA;
            agencyA = agencyB;
            agencyB = s;
        }
        StringBuilder why = new StringBuilder();
        for (Explanation e : h.explanation()) {
            why.append(e.feature()).append(": ").append(e.detail()).append('\n');
        }
        return new Proposal(a, b, agencyA, agencyB, h.score(), why.toString().strip());
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkView> queue(Viewer viewer, LinkStatus status) {
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed("only analysts and supervisors decide links");
        }
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE (agency_a = ? OR agency_b = ?) AND status = ?"
                        + " ORDER BY created_at DESC LIMIT 200")
                .params(viewer.agencyId(), viewer.agencyId(), (status == null ? LinkStatus.PROPOSED : status).name())
                .query(LinkService::map).list();
        return visible(viewer, rows);
    }

    @Override
    @Transactional
    public LinkView decide(Viewer viewer, UUID linkId, boolean accept) {
        Row row = jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE id = ?").param(linkId)
                .query(LinkService::map).optional().orElseThrow(() -> new DomainException.NotFound("no link " + linkId));
        List<LinkView> seen = visible(viewer, List.of(row));
        if (seen.isEmpty() || !SharingPolicy.mayViewExchange(viewer, row.agencyA(), row.agencyB())) {
            throw new DomainException.NotFound("no link " + linkId);
        }
        if (!Capability.ANSWER_HITS.allows(viewer)) {
            throw new DomainException.NotAllowed("only analysts and supervisors decide links");
        }
        if (row.status() != LinkStatus.PROPOSED) {
            throw new DomainException.Conflict("this link was already decided: " + row.status());
        }
        jdbc.sql("UPDATE notice_link SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'PROPOSED'")
                .params(accept ? "ACCEPTED" : "REJECTED", viewer.username(), Timestamp.from(clock.instant()), linkId)
                .update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE id = ?").param(linkId)
                .query(LinkService::map).list().stream().map(r -> visible(viewer, List.of(r)).getFirst()).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkView> linkedTo(Viewer viewer, UUID noticeId) {
        if (notices.peek(viewer, noticeId).isEmpty()) {
            // as the notice's own page answers: a notice the viewer may not see has no links to show
            throw new DomainException.NotFound("no notice " + noticeId);
        }
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM notice_link WHERE (notice_a = ? OR notice_b = ?) AND status = 'ACCEPTED'")
                .params(noticeId, noticeId).query(LinkService::map).list();
        return visible(viewer, rows);
    }

    /** Only links whose two notices the viewer may see, with their subjects' names. */
    private List<LinkView> visible(Viewer viewer, List<Row> rows) {
        List<LinkView> out = new ArrayList<>();
        for (Row r : rows) {
            var a = notices.peek(viewer, r.noticeA());
            var b = notices.peek(viewer, r.noticeB());
            if (a.isPresent() && b.isPresent()) {
                out.add(new LinkView(r.id(), r.noticeA(), r.noticeB(), r.agencyA(), r.agencyB(),
                        a.get().subject().writtenName(), b.get().subject().writtenName(), r.score(), r.explanation(),
                        r.status(), r.decidedBy(), r.decidedAt(), r.createdAt()));
            }
        }
        return out;
    }

    private record Row(UUID id, UUID noticeA, UUID noticeB, String agencyA, String agencyB, double score,
                       String explanation, LinkStatus status, String decidedBy, java.time.Instant decidedAt,
                       java.time.Instant createdAt) {
    }

    private static Row map(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("notice_a", UUID.class),
                rs.getObject("notice_b", UUID.class), rs.getString("agency_a"), rs.getString("agency_b"),
                rs.getDouble("score"), rs.getString("explanation"), LinkStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
