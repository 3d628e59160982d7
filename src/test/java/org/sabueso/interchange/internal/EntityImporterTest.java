package org.sabueso.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.Role;
import org.sabueso.agency.SharingScope;
import org.sabueso.agency.Viewer;
import org.sabueso.interchange.ImportAborted;
import org.sabueso.interchange.ImportReport;
import org.sabueso.notice.NoticeImports;
import org.sabueso.person.Persons;
import org.sabueso.shared.DomainException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** The importer's batching and failure rules, without a database. */
class EntityImporterTest {

    private static final Viewer ANALYST = new Viewer("pe.analyst", "PE-PNP", "PE", Set.of(Role.ANALYST));

    private final NoticeImports notices = mock(NoticeImports.class);
    private final Persons persons = mock(Persons.class);
    private final AtomicInteger commits = new AtomicInteger();
    private final PlatformTransactionManager transactions = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            commits.incrementAndGet();
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    };

    private EntityImporter importer() {
        // no network entity in these lines: the network is never asked
        return new EntityImporter(notices, persons, null, event -> { }, transactions, 1);
    }

    private static ByteArrayInputStream lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("{\"id\":\"p-").append(i).append("\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ana Pérez ")
                    .append(i).append("\"]}}\n");
        }
        return new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void every_two_thousand_persons_are_one_transaction() {
        when(persons.idsByExternalId(anyString(), anyCollection())).thenReturn(Map.of());
        ImportReport report = importer().run(ANALYST, lines(5000), SharingScope.ALL_MEMBERS, null);
        assertThat(report.imported()).isEqualTo(5000);
        assertThat(commits).hasValue(3);
    }

    @Test
    void a_failed_batch_stops_the_import_and_says_what_was_written_before_it() {
        when(persons.idsByExternalId(anyString(), anyCollection())).thenReturn(Map.of());
        AtomicInteger calls = new AtomicInteger();
        when(persons.recordAll(anyList(), anyString())).thenAnswer(inv -> {
            if (calls.incrementAndGet() == 2) {
                throw new DataAccessResourceFailureException("database went away");
            }
            return java.util.List.of();
        });
        assertThatThrownBy(() -> importer().run(ANALYST, lines(7000), SharingScope.ALL_MEMBERS, null))
                .isInstanceOfSatisfying(ImportAborted.class, e -> {
                    assertThat(e.report().imported()).isEqualTo(2000);
                    assertThat(e.firstLineOfFailedBatch()).isEqualTo(2001);
                });
        assertThat(calls).as("no batch is written after the failed one").hasValue(2);
    }

    @Test
    void a_body_that_breaks_off_stops_the_import_after_the_batches_already_read() {
        when(persons.idsByExternalId(anyString(), anyCollection())).thenReturn(Map.of());
        java.io.InputStream broken = new java.io.SequenceInputStream(lines(4500), new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("connection reset");
            }
        });
        assertThatThrownBy(() -> importer().run(ANALYST, broken, SharingScope.ALL_MEMBERS, null))
                .isInstanceOfSatisfying(ImportAborted.class, e -> {
                    assertThat(e.report().imported()).isEqualTo(4000);
                    assertThat(e.firstLineOfFailedBatch()).isEqualTo(4001);
                });
    }

    @Test
    void only_analysts_and_supervisors_of_an_agency_may_import_and_partners_is_no_import_scope() {
        Viewer border = new Viewer("pe.border", "PE-PNP", "PE", Set.of(Role.BORDER_OFFICER));
        assertThatThrownBy(() -> importer().run(border, lines(1), SharingScope.PUBLIC, null))
                .isInstanceOf(DomainException.NotAllowed.class);
        assertThatThrownBy(() -> importer().run(ANALYST, lines(1), SharingScope.PARTNERS, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("scope"));
    }
}
