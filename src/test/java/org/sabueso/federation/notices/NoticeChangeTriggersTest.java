package org.sabueso.federation.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.IntegrationTest;
import org.sabueso.agency.Agencies;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.federation.FederationStatus;
import org.sabueso.federation.internal.Kinds;
import org.sabueso.federation.internal.Outbox;
import org.sabueso.notice.NoticeCopies;
import org.sabueso.notice.NoticeCopy;
import org.sabueso.notice.NoticeDraft;
import org.sabueso.notice.NoticeEvents;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.notice.Notices;
import org.sabueso.notice.RequestedAction;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonCopies;
import org.sabueso.person.PersonView;
import org.sabueso.person.PhotoAttached;
import org.sabueso.reward.RewardEvents;
import org.sabueso.shared.Money;
import org.sabueso.shared.PersonName;
import org.springframework.beans.factory.annotation.Autowired;

/** Which changes ask the outbox to send a notice's state again: the owner's, and only when federated. */
class NoticeChangeTriggersTest extends IntegrationTest {

    @Autowired
    Notices notices;
    @Autowired
    NoticeCopies copies;
    @Autowired
    PersonCopies persons;
    @Autowired
    Agencies agencies;

    private final List<String> recorded = new ArrayList<>();

    private final Outbox outbox = new Outbox() {
        @Override
        public void recordChanged(String kind, String recordId) {
            recorded.add(kind + " " + recordId);
        }

        @Override
        public void send(String kind, String recordKey, String toNode, Object payload) {
            throw new AssertionError("notices are sent by state only");
        }
    };

    private static FederationStatus federated(boolean federated) {
        return new FederationStatus() {
            public boolean federated() { return federated; }
            public Optional<String> self() { return federated ? Optional.of("VE") : Optional.empty(); }
            public Optional<Instant> lastApplied() { return Optional.empty(); }
            public Optional<Instant> linkDownSince() { return Optional.empty(); }
            public long outboxPending() { return 0; }
        };
    }

    @Test
    void a_change_of_a_notice_this_node_owns_asks_to_send_its_state() {
        NoticeChangeTriggers triggers = new NoticeChangeTriggers(federated(true), outbox, copies);
        UUID own = notices.draft(viewer("ve.analyst"), new NoticeDraft(
                new NewPerson("Gaudencio Trinidad Urbina Zamora", null, null, null, null, null, null, null, null),
                List.of("Extorsión"), null, "ORD-TRIG-1", "COPP art. 236", RequestedAction.LOCATE, SharingScope.PUBLIC,
                Set.of(), LocalDate.now().plusYears(1)));
        UUID subject = notices.peek(viewer("ve.analyst"), own).orElseThrow().subject().id();

        triggers.on(new NoticeEvents.NoticeStatusChanged(own, "r", NoticeStatus.UNDER_REVIEW, NoticeStatus.ACTIVE, "x", null));
        triggers.on(new NoticeEvents.NoticeScopeChanged(own, "r", SharingScope.PUBLIC, SharingScope.AGENCY, Set.of(), "x", null));
        triggers.on(new PhotoAttached(UUID.randomUUID(), subject, "x", "VE-CICPC"));
        triggers.on(new RewardEvents.RewardOffered(UUID.randomUUID(), own, Money.of("10", "USD"), "x", "VE-CICPC"));

        assertThat(recorded).containsExactly(Kinds.NOTICE_STATE + " " + own, Kinds.NOTICE_STATE + " " + own,
                Kinds.NOTICE_STATE + " " + own, Kinds.NOTICE_STATE + " " + own);
    }

    @Test
    void a_copy_or_a_node_that_is_not_federated_asks_nothing() {
        UUID copy = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        persons.upsert(new PersonView(subject, null, "Nicasio Abundio Pernía Torrealba",
                PersonName.parse("Nicasio Abundio Pernía Torrealba"), List.of(), null, Set.of(), List.of(), null, null,
                "CO-DIJIN"), List.of(), "CO");
        copies.upsert(new NoticeCopy(copy, "CO-TRIG-" + copy.toString().substring(0, 8), NoticeStatus.ACTIVE, "CO-DIJIN",
                "CO", subject, "Nicasio Abundio Pernía Torrealba", List.of("Extorsión"), null, "W-1", "L-1",
                RequestedAction.LOCATE, SharingScope.ALL_MEMBERS, Set.of(), LocalDate.now().plusYears(1), "co.analyst",
                Instant.now(), "CO"));
        new NoticeChangeTriggers(federated(true), outbox, copies)
                .on(new NoticeEvents.NoticeStatusChanged(copy, "r", NoticeStatus.ACTIVE, NoticeStatus.LOCATED, "x", null));
        assertThat(recorded).as("only the owner speaks for a notice").isEmpty();

        UUID own = notices.draft(viewer("ve.analyst"), new NoticeDraft(
                new NewPerson("Gaudencio Trinidad Urbina Zamora", null, null, null, null, null, null, null, null),
                List.of("Extorsión"), null, "ORD-TRIG-2", "COPP art. 236", RequestedAction.LOCATE, SharingScope.PUBLIC,
                Set.of(), LocalDate.now().plusYears(1)));
        new NoticeChangeTriggers(federated(false), outbox, copies)
                .on(new NoticeEvents.NoticeStatusChanged(own, "r", NoticeStatus.UNDER_REVIEW, NoticeStatus.ACTIVE, "x", null));
        assertThat(recorded).as("one node for all: nothing crosses").isEmpty();
    }

    private Viewer viewer(String username) {
        return agencies.viewerFor(username).orElseThrow();
    }
}
