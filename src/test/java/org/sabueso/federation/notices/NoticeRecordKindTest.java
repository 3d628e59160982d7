package org.sabueso.federation.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sabueso.Http;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.federation.TestDirectory;
import org.sabueso.federation.internal.Envelope;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.NodeEntry;
import org.sabueso.federation.internal.RefusalCode;
import org.sabueso.federation.internal.RecordOwners;
import org.sabueso.federation.internal.Refused;
import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.PhotoClient;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonCopies;
import org.sabueso.reward.RewardOfferCopies;
import org.sabueso.reward.Rewards;
import org.sabueso.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Notices crossing between nodes, without Kafka: the kind's {@code stateFor} as the owner's relay
 * calls it for each destination, and {@code applyState} / {@code applyRemoval} as the receiver
 * calls them, in one transaction. The shared test database plays both sides: the owner's notices
 * are drafted and approved by Venezuela's staff, the copies arrive under new ids for Colombia.
 */
class NoticeRecordKindTest extends IntegrationTest {

    private static final AtomicLong VERSIONS = new AtomicLong(1);

    @Autowired
    Notices notices;
    @Autowired
    NoticeCopies copies;
    @Autowired
    PersonCopies persons;
    @Autowired
    RewardOfferCopies offers;
    @Autowired
    Rewards rewards;
    @Autowired
    Agencies agencies;
    @Autowired
    TransactionTemplate tx;

    private NoticeRecordKind kindAt(String self) {
        return new NoticeRecordKind(notices, copies, persons, offers, agencies, new TestDirectory(self));
    }

    // --- sending: who gets what ---

    @Test
    void each_node_gets_a_notice_only_when_one_of_its_agencies_may_see_it() {
        NoticeRecordKind ve = kindAt("VE");
        Map<String, UUID> released = Map.of(
                "AGENCY", approved(SharingScope.AGENCY, Set.of()),
                "NATIONAL", approved(SharingScope.NATIONAL, Set.of()),
                "PARTNERS CO", approved(SharingScope.PARTNERS, Set.of("CO-DIJIN")),
                "PARTNERS own", approved(SharingScope.PARTNERS, Set.of("VE-CICPC")),
                "ALL_MEMBERS", approved(SharingScope.ALL_MEMBERS, Set.of()),
                "PUBLIC", approved(SharingScope.PUBLIC, Set.of()));
        // Venezuela's post holds the issuer: it may see all of its own agency's released notices;
        // Colombia's post, what Colombia's agency may see
        Map<String, Set<String>> expected = Map.of(
                "AGENCY", Set.of("VE-GUASDUALITO"),
                "NATIONAL", Set.of("VE-GUASDUALITO"),
                "PARTNERS CO", Set.of("CO", "VE-GUASDUALITO", "CO-CUCUTA"),
                "PARTNERS own", Set.of("VE-GUASDUALITO"),
                "ALL_MEMBERS", Set.of("CO", "EC", "PE", "CL", "VE-GUASDUALITO", "CO-CUCUTA"),
                "PUBLIC", Set.of("CO", "EC", "PE", "CL", "VE-GUASDUALITO", "CO-CUCUTA"));
        released.forEach((scope, id) -> assertThat(receivers(ve, id)).as(scope).isEqualTo(expected.get(scope)));

        UUID draft = notices.draft(viewer("ve.analyst"), draft("Draft Only Nobody Sees", SharingScope.PUBLIC, Set.of()));
        assertThat(receivers(ve, draft)).as("a draft is not released").isEmpty();
        assertThat(ve.ownedRecordIds().collect(Collectors.toSet()))
                .as("with a post of its own, VE offers every released notice of its agency")
                .containsAll(released.values().stream().map(UUID::toString).toList()).doesNotContain(draft.toString());
    }

    @Test
    void a_state_carries_the_subject_its_photos_and_the_reward_offers() throws IOException {
        UUID id = approved(SharingScope.ALL_MEMBERS, Set.of());
        UUID subject = notices.peek(viewer("ve.analyst"), id).orElseThrow().subject().id();
        assertThat(photoClient("ve.analyst").upload("/api/v1/persons/" + subject + "/photos", "file", "p.jpg",
                "image/jpeg", jpeg(Color.RED)).status()).isEqualTo(201);
        UUID offer = rewards.offer(viewer("ve.supervisor"), new org.sabueso.reward.NewRewardOffer(id,
                new org.sabueso.shared.Money(new BigDecimal("5000.00"), java.util.Currency.getInstance("USD")),
                LocalDate.now(), null, "información que lleve a la captura", "Resolución 1"));

        NoticeState state = (NoticeState) kindAt("VE").stateFor(id.toString(), TestDirectory.CO).orElseThrow();

        assertThat(state.subject().id()).isEqualTo(subject);
        assertThat(state.subject().writtenName()).isEqualTo(notices.peek(viewer("ve.analyst"), id).orElseThrow().subject().writtenName());
        assertThat(state.photos()).hasSize(1);
        assertThat(state.offers()).extracting(NoticeState.Offer::id).containsExactly(offer);
        assertThat(kindAt("CO").stateFor(id.toString(), TestDirectory.VE)).as("a node never sends what it does not own")
                .isEmpty();
    }

    // --- receiving ---

    @Test
    void a_copy_received_is_screenable_and_seen_only_where_the_policy_allows() throws IOException {
        NoticeState state = state("Wenceslao Aristóbulo Parraguez Quintanal", SharingScope.PARTNERS, List.of("CO-DIJIN"));
        apply(kindAt("CO"), "VE", state);

        assertThat(copies.state(state.id())).get().extracting(NoticeCopies.Held::copyOfNode).isEqualTo("VE");
        Awaitility.await("the copy in the screening index").atMost(Duration.ofSeconds(10))
                .until(() -> screened("co.border", "Wenceslao Parraguez Quintanal").contains(state.id().toString()));
        assertThat(screened("pe.border", "Wenceslao Parraguez Quintanal")).doesNotContain(state.id().toString());

        assertThat(http("co.analyst").get("/api/v1/notices/" + state.id()).status()).isEqualTo(200);
        assertThat(http("pe.analyst").get("/api/v1/notices/" + state.id()).status()).isEqualTo(404);
        assertThat(anonymous().get("/notices/" + state.id()).status()).as("not PUBLIC: not on the portal").isEqualTo(404);
        JsonNode photos = http("co.analyst").get("/api/v1/persons/" + state.subject().id() + "/photos").json();
        assertThat(photos.valueStream().map(p -> p.get("id").asString()))
                .containsExactly(state.photos().getFirst().id().toString());
        assertThat(rewards.offersFor(List.of(state.id()), LocalDate.now()).get(state.id()))
                .extracting(o -> o.id()).containsExactly(state.offers().getFirst().id());
    }

    @Test
    void a_public_copy_is_on_the_portal_and_a_status_change_from_its_owner_follows() throws IOException {
        NoticeState state = state("Eleuterio Sinforoso Mancebo Urquijo", SharingScope.PUBLIC, List.of());
        NoticeRecordKind co = kindAt("CO");
        apply(co, "VE", state);
        assertThat(anonymous().get("/notices/" + state.id()).status()).isEqualTo(200);

        apply(co, "VE", withStatus(state, NoticeStatus.ARRESTED));

        assertThat(copies.state(state.id())).get().extracting(NoticeCopies.Held::status).isEqualTo(NoticeStatus.ARRESTED);
        Awaitility.await("the arrested copy out of the screening index").atMost(Duration.ofSeconds(10))
                .until(() -> !screened("co.border", "Eleuterio Mancebo Urquijo").contains(state.id().toString()));
        assertThat(anonymous().get("/notices/" + state.id()).status()).as("an arrested notice leaves the wanted list")
                .isEqualTo(404);
    }

    @Test
    void a_copy_cannot_be_changed_here() throws IOException {
        NoticeState state = state("Anacleto Hermógenes Villasmil Ocando", SharingScope.ALL_MEMBERS, List.of());
        apply(kindAt("CO"), "VE", state);
        // the issuing agency's own staff exist in this shared test database: even they are refused here
        Http supervisor = http("ve.supervisor");
        Http.Response moved = supervisor.postJson("/api/v1/notices/" + state.id() + "/transitions",
                Map.of("status", "CANCELLED", "reason", "no"));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().get("code").asString()).isEqualTo("notice.copy-read-only");
        Http.Response renewed = supervisor.postJson("/api/v1/notices/" + state.id() + "/renew",
                Map.of("reviewBy", LocalDate.now().plusMonths(6).toString(), "reason", "still wanted"));
        assertThat(renewed.json().get("code").asString()).isEqualTo("notice.copy-read-only");
        assertThatThrownBy(() -> notices.reshare(viewer("ve.supervisor"), state.id(), SharingScope.AGENCY, Set.of(), "x"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo("notice.copy-read-only"));
        PhotoClient.Answer photo = photoClient("ve.analyst").upload("/api/v1/persons/" + state.subject().id() + "/photos",
                "file", "p.jpg", "image/jpeg", jpeg(Color.BLUE));
        assertThat(photo.json().get("code").asString()).isEqualTo("person.copy-read-only");
        assertThat(copies.state(state.id())).get().extracting(NoticeCopies.Held::status).isEqualTo(NoticeStatus.ACTIVE);
        assertThat(persons.photos(state.subject().id())).hasSize(1);
    }

    @Test
    void a_narrowed_scope_stops_the_sending_and_the_removal_takes_the_copy_out_of_everything() throws IOException {
        // the owner's side: once narrowed, Colombia is no longer sent the notice, Peru still is
        UUID own = approved(SharingScope.PUBLIC, Set.of());
        NoticeRecordKind ve = kindAt("VE");
        assertThat(ve.stateFor(own.toString(), TestDirectory.CO)).isPresent();
        notices.reshare(viewer("ve.supervisor"), own, SharingScope.PARTNERS, Set.of("PE-PNP"), "solo con Perú");
        assertThat(ve.stateFor(own.toString(), TestDirectory.CO)).isEmpty();
        assertThat(ve.stateFor(own.toString(), TestDirectory.PE)).isPresent();

        // the receiver's side: the relay's removal takes Colombia's copy out of screening, pages and portal
        NoticeState state = state("Crisóstomo Gumersindo Larrazábal Echenique", SharingScope.PUBLIC, List.of());
        NoticeRecordKind co = kindAt("CO");
        apply(co, "VE", state);
        Awaitility.await("the copy in the screening index").atMost(Duration.ofSeconds(10))
                .until(() -> screened("co.border", "Crisostomo Larrazabal Echenique").contains(state.id().toString()));
        assertThat(anonymous().get("/notices/" + state.id()).status()).isEqualTo(200);

        receive(co, envelope(Kinds.NOTICE_REMOVED, "VE", "CO", state.id(), null));

        Awaitility.await("the copy out of the screening index").atMost(Duration.ofSeconds(10))
                .until(() -> !screened("co.border", "Crisostomo Larrazabal Echenique").contains(state.id().toString()));
        assertThat(http("co.analyst").get("/api/v1/notices/" + state.id()).status()).isEqualTo(404);
        assertThat(anonymous().get("/notices/" + state.id()).status()).isEqualTo(404);
        assertThat(http("co.analyst").get("/api/v1/notices?q=Larrazabal").body()).doesNotContain(state.id().toString());
        assertThat(rewards.offersFor(List.of(state.id()), LocalDate.now())).doesNotContainKey(state.id());
        assertThat(persons.photos(state.subject().id())).isEmpty();

        // and a wider scope later brings it back
        apply(co, "VE", state);
        assertThat(http("co.analyst").get("/api/v1/notices/" + state.id()).status()).isEqualTo(200);
    }

    @Test
    void a_state_from_a_node_that_does_not_own_the_notice_is_refused_and_nothing_is_written() throws IOException {
        NoticeState state = state("Teodosio Ruperto Aguerrevere Lander", SharingScope.ALL_MEMBERS, List.of());
        NoticeRecordKind co = kindAt("CO");

        assertRefused(() -> apply(co, "PE", state), RefusalCode.NOT_OWNER);
        assertNothingHeld(state);

        // a foreign node may not overwrite a notice of this node, whatever agency it names
        UUID own = approved(SharingScope.ALL_MEMBERS, Set.of());
        NoticeState overwrite = withId(state, own);
        assertRefused(() -> apply(co, "VE", overwrite), RefusalCode.NOT_OWNER);
        assertThat(copies.state(own)).get().extracting(NoticeCopies.Held::isCopy).isEqualTo(false);

        apply(co, "VE", state);
        // nor a copy held from another node, even naming an agency of its own as the issuer
        NoticeState takeover = withIssuer(state, "PE-PNP", "PE");
        assertRefused(() -> apply(co, "PE", takeover), RefusalCode.NOT_OWNER);
        assertThat(copies.state(state.id())).get().extracting(NoticeCopies.Held::copyOfNode).isEqualTo("VE");
        assertRefused(() -> receive(co, envelope(Kinds.NOTICE_REMOVED, "PE", "CO", state.id(), null)), RefusalCode.NOT_OWNER);
        assertThat(http("co.analyst").get("/api/v1/notices/" + state.id()).status()).isEqualTo(200);
    }

    @Test
    void a_state_no_agency_here_may_see_is_refused_and_nothing_is_written() throws IOException {
        NoticeRecordKind co = kindAt("CO");
        NoticeState peruOnly = state("Hermenegildo Casimiro Zuloaga Irureta", SharingScope.PARTNERS, List.of("PE-PNP"));
        assertRefused(() -> apply(co, "VE", peruOnly), RefusalCode.NOT_VISIBLE_HERE);
        assertNothingHeld(peruOnly);

        NoticeState national = state("Hermenegildo Casimiro Zuloaga Irureta", SharingScope.NATIONAL, List.of());
        assertRefused(() -> apply(co, "VE", national), RefusalCode.NOT_VISIBLE_HERE);
        assertNothingHeld(national);
    }

    @Test
    void a_state_the_database_cannot_store_leaves_nothing_half_written() throws IOException {
        NoticeState good = state("Policarpo Evaristo Landaeta Urdaneta", SharingScope.ALL_MEMBERS, List.of());
        // the subject and its photo are written before the notice; the notice's summary cannot be stored
        NoticeState bad = new NoticeState(good.id(), good.reference(), good.status(), good.issuingAgencyId(),
                good.issuingCountry(), good.offences(), "nul \u0000 byte", good.warrantReference(), good.legalBasis(),
                good.requestedAction(), good.sharingScope(), good.partnerAgencyIds(), good.reviewBy(), good.createdBy(),
                good.activatedAt(), good.subject(), good.photos(), good.offers());
        assertThatThrownBy(() -> apply(kindAt("CO"), "VE", bad)).isNotInstanceOf(Refused.class);
        assertNothingHeld(bad);
    }

    @Test
    void a_payload_that_is_not_a_notice_state_is_unreadable() {
        Envelope e = new Envelope(UUID.randomUUID(), Envelope.SCHEMA, Kinds.NOTICE_STATE, "VE", "CO",
                "notice:" + UUID.randomUUID(), VERSIONS.incrementAndGet(), Instant.now(),
                Http.JSON.readTree("{\"id\": 12, \"status\": []}"));
        assertThatThrownBy(() -> kindAt("CO").applyState(e)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers ---

    private void assertNothingHeld(NoticeState s) {
        assertThat(copies.state(s.id())).isEmpty();
        assertThat(persons.held(s.subject().id())).isFalse();
    }

    private static void assertRefused(Runnable r, RefusalCode code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private Set<String> receivers(NoticeRecordKind kind, UUID id) {
        return TestDirectory.NODES.stream().filter(n -> kind.stateFor(id.toString(), n).isPresent())
                .map(NodeEntry::id).collect(Collectors.toSet());
    }

    private void apply(NoticeRecordKind kind, String from, NoticeState state) {
        receive(kind, envelope(Kinds.NOTICE_STATE, from, "CO", state.id(), NoticeStates.json(state)));
    }

    /** As the inbox applies a state or removal: its one owner check, then the kind's work, in one transaction. */
    private void receive(NoticeRecordKind kind, Envelope e) {
        boolean removal = Kinds.NOTICE_REMOVED.equals(e.kind());
        tx.executeWithoutResult(s -> {
            RecordOwners.check(kind, e, removal);
            if (removal) {
                kind.applyRemoval(e);
            } else {
                kind.applyState(e);
            }
        });
    }

    private static Envelope envelope(String kind, String from, String to, UUID id, JsonNode payload) {
        return new Envelope(UUID.randomUUID(), Envelope.SCHEMA, kind, from, to, "notice:" + id,
                VERSIONS.incrementAndGet(), Instant.now(), payload);
    }

    private List<String> screened(String user, String name) {
        JsonNode hits = http(user).postJson("/api/v1/screenings",
                Map.of("name", name, "purpose", "border control, Paraguachón")).json().get("hits");
        return hits.valueStream().map(h -> h.get("noticeId").asString()).toList();
    }

    private PhotoClient photoClient(String username) {
        return new PhotoClient(port, username, PASSWORD);
    }

    private Viewer viewer(String username) {
        return agencies.viewerFor(username).orElseThrow();
    }

    private UUID approved(SharingScope scope, Set<String> partners) {
        UUID id = notices.draft(viewer("ve.analyst"), draft("Sujeto De Prueba " + scope, scope, partners));
        notices.submitForReview(viewer("ve.analyst"), id, null);
        notices.review(viewer("ve.supervisor"), id, new ComplianceChecks(true, true, true, true), true, "ok");
        return id;
    }

    private static NoticeDraft draft(String name, SharingScope scope, Set<String> partners) {
        return new NoticeDraft(new NewPerson(name, null, List.of(), null, Set.of(), List.of(), null, null, null),
                List.of("Extorsión"), "prueba de federación", "ORD-FED-1", "COPP art. 236", RequestedAction.LOCATE,
                scope, partners, LocalDate.now().plusYears(1));
    }

    /** An ACTIVE notice of Venezuela's CICPC as its node would send it, under new ids, with a photo and an offer. */
    private static NoticeState state(String name, SharingScope scope, List<String> partners) throws IOException {
        UUID id = UUID.randomUUID();
        String[] words = name.split(" ");
        NoticeState.Subject subject = new NoticeState.Subject(UUID.randomUUID(), null, name, words[0] + " " + words[1],
                words[2], words[3], null, List.of(new NoticeState.Alias("El Copiado", true)), 1979, 4, null,
                List.of("VE"), List.of(new NoticeState.Document("national_id", "V-" + (10_000_000 + Math.abs(id.hashCode() % 9_000_000)), "VE")),
                "MALE", 172, "delgado", "cicatriz en la ceja", "VE-CICPC");
        byte[] photo = jpeg(Color.GREEN);
        return new NoticeState(id, "VE-FED-" + id.toString().substring(0, 8), "ACTIVE", "VE-CICPC", "VE",
                List.of("Extorsión"), "copia recibida", "ORD-FED-" + id.toString().substring(0, 6), "COPP art. 236",
                "LOCATE", scope.name(), partners, LocalDate.now().plusYears(1), "ve.analyst", Instant.now(), subject,
                List.of(new NoticeState.Photo(UUID.randomUUID(), "image/jpeg", photo, 64, 80, "ve.analyst", "VE-CICPC",
                        Instant.now())),
                List.of(new NoticeState.Offer(UUID.randomUUID(), "VE-CICPC", new BigDecimal("1000.00"), "USD",
                        LocalDate.now().minusDays(1), null, "información", "Resolución 7", "ve.supervisor", Instant.now())));
    }

    private static NoticeState withStatus(NoticeState s, NoticeStatus status) {
        return new NoticeState(s.id(), s.reference(), status.name(), s.issuingAgencyId(), s.issuingCountry(),
                s.offences(), s.summary(), s.warrantReference(), s.legalBasis(), s.requestedAction(), s.sharingScope(),
                s.partnerAgencyIds(), s.reviewBy(), s.createdBy(), s.activatedAt(), s.subject(), s.photos(), s.offers());
    }

    private static NoticeState withIssuer(NoticeState s, String agencyId, String country) {
        return new NoticeState(s.id(), s.reference(), s.status(), agencyId, country,
                s.offences(), s.summary(), s.warrantReference(), s.legalBasis(), s.requestedAction(), s.sharingScope(),
                s.partnerAgencyIds(), s.reviewBy(), s.createdBy(), s.activatedAt(), s.subject(), s.photos(), s.offers());
    }

    private static NoticeState withId(NoticeState s, UUID id) {
        return new NoticeState(id, s.reference(), s.status(), s.issuingAgencyId(), s.issuingCountry(),
                s.offences(), s.summary(), s.warrantReference(), s.legalBasis(), s.requestedAction(), s.sharingScope(),
                s.partnerAgencyIds(), s.reviewBy(), s.createdBy(), s.activatedAt(), s.subject(), s.photos(), s.offers());
    }

    private static byte[] jpeg(Color color) throws IOException {
        BufferedImage image = new BufferedImage(64, 80, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
