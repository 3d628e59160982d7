package org.sabueso.screening.internal.matching;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.InvalidValue;
import org.sabueso.shared.PersonName;

/**
 * The two sides of a pairwise compare. A person given by fields becomes an {@link Entry} as a
 * notice's subject does in {@link Entries#of}: the written name split into given names and
 * surnames as the person module splits a name typed into a notice ({@link PersonName#parse}), and
 * the birth date, nationality and documents already checked and folded for the query. A notice's
 * subject becomes a query as the link proposals read it.
 */
public final class RecordEntries {

    /** No notice and no person stand behind a record given by fields; the namesake rule compares person ids. */
    private static final UUID NONE = new UUID(0, 0);

    private RecordEntries() {
    }

    /** {@code q} is the same person read as a query ({@link Entries#query}), for its folded fields. */
    public static Entry of(String written, Query q) {
        PersonName parts;
        try {
            parts = PersonName.parse(written);
        } catch (InvalidValue e) {
            parts = null;
        }
        return new Entry(NONE, NONE, null, written, List.of(Entries.mainForm(written, parts)), q.birthDate(),
                q.nationality() == null ? Set.of() : Set.of(q.nationality()), q.documents(), null, null, null,
                Set.of(), false, false, false);
    }

    /** A notice's subject as a query: the name as written, birth date, first nationality, documents. */
    public static Query query(NoticeDetail n) {
        var p = n.subject();
        CountryCode nationality = p.nationalities().isEmpty() ? null : p.nationalities().iterator().next();
        return Entries.query(p.writtenName(), p.birthDate(), nationality, p.documents());
    }
}
