package org.sabueso.federation.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.federation.TestDirectory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.RecordVersions;
import org.sabueso.federation.internal.SnapshotKind;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeCopyBatches;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonCopies;
import org.sabueso.person.PersonCopyBatches;
import org.sabueso.person.Photos;
import org.sabueso.reward.RewardOfferCopies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A node joining gets its snapshot in bulk ({@code notice.snapshot}), without Kafka: the chunks as
 * Venezuela's relay builds them for Colombia, and the chunk applied as Colombia's receiver applies
 * it, in one transaction. The shared test database plays both sides: Venezuela's notices are
 * drafted and approved by its staff, and arrive at "Colombia" under new ids.
 */
class NoticeSnapshotKindTest extends IntegrationTest {

    /** Versions above any other test's in this database: the version table is shared. */
    private static final AtomicLong VERSIONS = new AtomicLong(1_000_000_000L);

    @Autowired
    Notices notices;
    @Autowired
    NoticeCopies copies;
    @Autowired
    NoticeCopyBatches copyBatches;
    @Autowired
    PersonCopies persons;
    @Autowired
    PersonCopyBatches personBatches;
    @Autowired
    Photos photos;
    @Autowired
    RewardOfferCopies offers;
    @Autowired
    Agencies agencies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager txManager;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    private NoticeRecordKind recordsAt(String self) {
        return new NoticeRecordKind(notices, copies, persons, offers, agencies, new TestDirectory(self));
    }

    private NoticeSnapshotKind snapshotAt(String self) {
        TestDirectory directory = new TestDirectory(self);
        return new NoticeSnapshotKind(notices, copyBatches, personBatches, photos, offers, agencies, directory,
                new RecordVersions(jdbc), recordsAt(self), events, txManager);
    }

    @Test
    void a_joining_node_receives_in_bulk_exactly_what_its_agencies_may_see_and_screens_it() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, UUID> released = new LinkedHashMap<>();
        released.put("AGENCY", approved("Aniceto Bulk Agency" + tag, SharingScope.AGENCY, Set.of()));
        released.put("NATIONAL", approved("Aniceto Bulk Nacional" + tag, SharingScope.NATIONAL, Set.of()));
        released.put("PARTNERS CO", approved("Aniceto Bulk Colombia" + tag, SharingScope.PARTNERS, Set.of("CO-DIJIN")));
        released.put("PARTNERS PE", approved("Aniceto Bulk Peru" + tag, SharingScope.PARTNERS, Set.of("PE-PNP")));
        released.put("ALL_MEMBERS", approved("Aniceto Bulk Todos" + tag, SharingScope.ALL_MEMBERS, Set.of()));
        released.put("PUBLIC", approved("Aniceto Bulk Publico" + tag, SharingScope.PUBLIC, Set.of()));

        List<SnapshotKind.Chunk> chunks = snapshotAt("VE").chunks(
                released.values().stream().map(UUID::toString).toList(), TestDirectory.CO);

        assertThat(chunks).hasSize(1);
        List<NoticeState> sent = NoticeSnapshotKind.read(chunks.getFirst().payload());
        assertThat(sent).extracting(NoticeState::id).as("only what an agency of Colombia may see")
                .containsExactlyInAnyOrder(released.get("PARTNERS CO"), released.get("ALL_MEMBERS"), released.get("PUBLIC"));
        assertThat(sent).allSatisfy(s -> assertThat(s.photos()).as("photos follow on their own").isEmpty());
        assertThat(chunks.getFirst().recordKeys()).hasSize(3);
        assertThat(snapshotAt("VE").chunks(List.of(released.get("AGENCY").toString()), TestDirectory.CO))
                .as("nothing to send when none may be seen").isEmpty();
        assertThat(snapshotAt("CO").chunks(released.values().stream().map(UUID::toString).toList(), TestDirectory.PE))
                .as("a node never sends what it does not own").isEmpty();

        // Colombia receives them under new ids (this database holds Venezuela's originals), and with
        // them two a forged or mistaken chunk might carry: one Colombia may not see, and one
        // whose issuing agency Venezuela does not hold
        List<NoticeState> arriving = sent.stream().map(NoticeSnapshotKindTest::renewed).toList();
        NoticeState notForColombia = renewed(withScope(sent.getFirst(), SharingScope.PARTNERS, List.of("PE-PNP")));
        NoticeState notVenezuelas = renewed(withAgency(sent.getFirst(), "PE-PNP"));
        List<NoticeState> chunk = new java.util.ArrayList<>(arriving);
        chunk.add(notForColombia);
        chunk.add(notVenezuelas);
        applyChunk(snapshotAt("CO"), chunk, VERSIONS.incrementAndGet());

        for (NoticeState s : arriving) {
            assertThat(copies.state(s.id())).get().extracting(NoticeCopies.Held::copyOfNode).isEqualTo("VE");
            assertThat(persons.copyOf(s.subject().id())).contains("VE");
        }
        assertThat(copies.state(notForColombia.id())).as("no agency of Colombia may see it").isEmpty();
        assertThat(copies.state(notVenezuelas.id())).as("Venezuela does not speak for Peru's notices").isEmpty();
        assertThat(persons.held(notForColombia.subject().id())).isFalse();
        NoticeState all = arriving.stream().filter(s -> s.sharingScope().equals("ALL_MEMBERS")).findFirst().orElseThrow();
        Awaitility.await("the bulk copies in the screening index").atMost(Duration.ofSeconds(10))
                .until(() -> screened("co.border", all.subject().writtenName()).contains(all.id().toString()));
        assertThat(http("co.analyst").get("/api/v1/notices/" + all.id()).status()).isEqualTo(200);
        assertThat(http("pe.analyst").get("/api/v1/notices/" + arriving.stream()
                .filter(s -> s.sharingScope().equals("PARTNERS")).findFirst().orElseThrow().id()).status())
                .as("a PARTNERS copy naming Colombia is not Peru's to read").isEqualTo(404);
        assertThat(refusalsAudited(chunk)).as("the chunk's refusals are audited, counted").isEqualTo(1);
    }

    @Test
    void a_change_after_the_snapshot_is_not_overwritten_by_an_older_chunk() {
        NoticeSnapshotKind co = snapshotAt("CO");
        NoticeState state = renewed(NoticeSnapshotKind.read(snapshotAt("VE").chunks(List.of(
                approved("Bonifacio Tardio Mendible" + UUID.randomUUID().toString().substring(0, 6),
                        SharingScope.ALL_MEMBERS, Set.of()).toString()), TestDirectory.CO).getFirst().payload()).getFirst());
        long chunkVersion = VERSIONS.incrementAndGet();
        long laterChange = VERSIONS.incrementAndGet();

        // the later change (its own notice.state, as the receiver applies it: version first) got here first
        NoticeState arrested = withStatus(state, NoticeStatus.ARRESTED);
        tx.executeWithoutResult(s -> {
            assertThat(new RecordVersions(jdbc).advance("VE", List.of("notice:" + state.id()), laterChange)).hasSize(1);
            recordsAt("CO").applyState(new Envelope(UUID.randomUUID(), Envelope.SCHEMA, Kinds.NOTICE_STATE, "VE", "CO",
                    "notice:" + state.id(), laterChange, Instant.now(), NoticeStates.json(arrested)));
        });
        applyChunk(co, List.of(state), chunkVersion);

        assertThat(copies.state(state.id())).get().extracting(NoticeCopies.Held::status)
                .as("the older chunk changed nothing").isEqualTo(NoticeStatus.ARRESTED);

        // a newer chunk (a snapshot asked again) replaces the copy it holds
        applyChunk(co, List.of(withStatus(state, NoticeStatus.LOCATED)), VERSIONS.incrementAndGet());
        assertThat(copies.state(state.id())).get().extracting(NoticeCopies.Held::status).isEqualTo(NoticeStatus.LOCATED);
    }

    // --- helpers ---

    private void applyChunk(NoticeSnapshotKind kind, List<NoticeState> states, long version) {
        JsonNode payload = tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(new NoticeChunk(states));
        Envelope e = new Envelope(UUID.randomUUID(), Envelope.SCHEMA, Kinds.NOTICE_SNAPSHOT, "VE", "CO",
                "notices:" + states.getFirst().id() + ".." + states.getLast().id() + "/" + states.size(), version,
                Instant.now(), payload);
        tx.executeWithoutResult(s -> kind.apply(e));
    }

    private int refusalsAudited(List<NoticeState> chunk) {
        String key = "notices:" + chunk.getFirst().id() + ".." + chunk.getLast().id() + "/" + chunk.size();
        Integer n = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'federation.refused' "
                + "AND target_id = ? AND detail LIKE '%not-owner=1 not-visible-here=1%'", Integer.class, key);
        return n == null ? 0 : n;
    }

    private List<String> screened(String user, String name) {
        // whether the copy is screenable at all, not its rank: the shared context holds many "Aniceto Bulk" notices
        JsonNode hits = http(user).postJson("/api/v1/screenings",
                Map.of("name", name, "purpose", "border control, Paraguachón", "limit", 100)).json().get("hits");
        return hits.valueStream().map(h -> h.get("noticeId").asString()).toList();
    }

    private Viewer viewer(String username) {
        return agencies.viewerFor(username).orElseThrow();
    }

    private UUID approved(String name, SharingScope scope, Set<String> partners) {
        UUID id = notices.draft(viewer("ve.analyst"), new NoticeDraft(new NewPerson(name, null, List.of(), null, Set.of(),
                List.of(), null, null, null), List.of("Extorsión"), "prueba de instantánea", "ORD-SNAP-1", "COPP art. 236",
                RequestedAction.LOCATE, scope, partners, LocalDate.now().plusYears(1)));
        notices.submitForReview(viewer("ve.analyst"), id, null);
        notices.review(viewer("ve.supervisor"), id, new ComplianceChecks(true, true, true, true), true, "ok");
        return id;
    }

    /** The same notice under a new id, on a subject with a new id: as another node would hold it. */
    private static NoticeState renewed(NoticeState s) {
        NoticeState.Subject p = s.subject();
        NoticeState.Subject subject = new NoticeState.Subject(UUID.randomUUID(), p.externalId(), p.writtenName(),
                p.givenNames(), p.firstSurname(), p.secondSurname(), p.particles(), p.aliases(), p.birthYear(),
                p.birthMonth(), p.birthDay(), p.nationalities(), p.documents(), p.sex(), p.heightCm(), p.build(),
                p.marks(), p.assertedBy());
        UUID id = UUID.randomUUID();
        return new NoticeState(id, "VE-SNAP-" + id.toString().substring(0, 8), s.status(), s.issuingAgencyId(),
                s.issuingCountry(), s.offences(), s.summary(), s.warrantReference(), s.legalBasis(), s.requestedAction(),
                s.sharingScope(), s.partnerAgencyIds(), s.reviewBy(), s.createdBy(), s.activatedAt(), subject, s.photos(),
                s.offers());
    }

    private static NoticeState withStatus(NoticeState s, NoticeStatus status) {
        return new NoticeState(s.id(), s.reference(), status.name(), s.issuingAgencyId(), s.issuingCountry(),
                s.offences(), s.summary(), s.warrantReference(), s.legalBasis(), s.requestedAction(), s.sharingScope(),
                s.partnerAgencyIds(), s.reviewBy(), s.createdBy(), s.activatedAt(), s.subject(), s.photos(), s.offers());
    }

    private static NoticeState withScope(NoticeState s, SharingScope scope, List<String> partners) {
        return new NoticeState(s.id(), s.reference(), s.status(), s.issuingAgencyId(), s.issuingCountry(),
                s.offences(), s.summary(), s.warrantReference(), s.legalBasis(), s.requestedAction(), scope.name(),
                partners, s.reviewBy(), s.createdBy(), s.activatedAt(), s.subject(), s.photos(), s.offers());
    }

    private static NoticeState withAgency(NoticeState s, String agency) {
        return new NoticeState(s.id(), s.reference(), s.status(), agency, s.issuingCountry(),
                s.offences(), s.summary(), s.warrantReference(), s.legalBasis(), s.requestedAction(), s.sharingScope(),
                s.partnerAgencyIds(), s.reviewBy(), s.createdBy(), s.activatedAt(), s.subject(), s.photos(), s.offers());
    }
}
