package org.sabueso.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.InvalidValue;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;
import org.sabueso.shared.ValueRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The person module on its own (STANDALONE: its beans, the shared module and the database set-up):
 * the {@link Persons} facade records what an agency asserts about a person and reads it back as
 * written. Its own embedded PostgreSQL in a folder of its own, without the demo; the agencies
 * that assert are put into the agency module's table here, as its migrations hold none.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"sabueso.data-dir=target/test-data-person-module", "sabueso.db.fresh=true",
        "sabueso.demo.enabled=false"})
class PersonModuleTest {

    static final String VE = "VE-PERSON-TEST";
    static final String PE = "PE-PERSON-TEST";

    @Autowired
    Persons persons;

    @BeforeAll
    static void agencies(@Autowired JdbcClient jdbc) {
        for (String[] a : List.of(new String[]{VE, "VE"}, new String[]{PE, "PE"})) {
            jdbc.sql("INSERT INTO agency (id, country, name, kind) VALUES (?, ?, ?, 'POLICE') ON CONFLICT DO NOTHING")
                    .params(a[0], a[1], a[0]).update();
        }
    }

    static NewPerson guerrero(String externalId) {
        return new NewPerson("Héctor Rusthenford Guerrero Flores", null,
                List.of(new Alias("Niño Guerrero", true), new Alias("Héctor Guerrero", false)),
                PartialDate.parse("1983-05"), Set.of(CountryCode.of("VE")),
                List.of(new IdentityDocument("national_id", " V-16.543.210 ", CountryCode.of("VE"))),
                Sex.MALE, new PhysicalDescription(178, "delgado", "tatuaje en el brazo"), externalId);
    }

    @Test
    void a_person_is_read_back_as_asserted_with_aliases_documents_and_description() {
        UUID id = persons.record(guerrero(null), VE);

        PersonView p = persons.get(id).orElseThrow();
        assertThat(p.writtenName()).isEqualTo("Héctor Rusthenford Guerrero Flores");
        assertThat(p.name().firstSurname()).isNotBlank();
        assertThat(p.aliases()).containsExactlyInAnyOrder(new Alias("Niño Guerrero", true), new Alias("Héctor Guerrero", false));
        assertThat(p.documents()).singleElement().satisfies(d -> {
            assertThat(d.number()).as("stored stripped").isEqualTo("V-16.543.210");
            assertThat(d.country()).isEqualTo(CountryCode.of("VE"));
        });
        assertThat(p.birthDate()).isEqualTo(PartialDate.parse("1983-05"));
        assertThat(p.nationalities()).containsExactly(CountryCode.of("VE"));
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.description().heightCm()).isEqualTo(178);
        assertThat(p.assertedBy()).isEqualTo(VE);
    }

    @Test
    void a_revision_replaces_what_the_agency_asserted() {
        UUID id = persons.record(guerrero(null), VE);

        persons.revise(id, new NewPerson("Héctor Guerrero Flores", null, List.of(), null, Set.of(CountryCode.of("CO")),
                List.of(), Sex.MALE, null, null), VE);

        PersonView p = persons.get(id).orElseThrow();
        assertThat(p.writtenName()).isEqualTo("Héctor Guerrero Flores");
        assertThat(p.aliases()).isEmpty();
        assertThat(p.documents()).isEmpty();
        assertThat(p.nationalities()).containsExactly(CountryCode.of("CO"));
    }

    @Test
    void revising_a_person_not_on_record_is_refused_with_a_code() {
        UUID nobody = UUID.randomUUID();
        Throwable refused = catchThrowable(() -> persons.revise(nobody, guerrero(null), VE));
        assertThat(refused).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.refusal().code()).isEqualTo(PersonRefusal.NOT_FOUND.code()));
    }

    @Test
    void many_are_recorded_at_once_in_order_and_found_by_external_id_per_agency() {
        String tag = UUID.randomUUID().toString();
        List<NewPerson> batch = List.of(guerrero("ftm-a-" + tag), guerrero("ftm-b-" + tag));
        List<UUID> ids = persons.recordAll(batch, VE);
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();

        Map<String, UUID> venezuela = persons.idsByExternalId(VE, List.of("ftm-a-" + tag, "ftm-b-" + tag, "ftm-c-" + tag));
        assertThat(venezuela).containsExactlyInAnyOrderEntriesOf(Map.of("ftm-a-" + tag, ids.get(0), "ftm-b-" + tag, ids.get(1)));
        assertThat(persons.idsByExternalId(PE, List.of("ftm-a-" + tag))).as("an external id is the asserting agency's").isEmpty();

        // another agency may record the same external id for a person of its own
        UUID peruvian = persons.record(guerrero("ftm-a-" + tag), PE);
        assertThat(persons.idsByExternalId(PE, List.of("ftm-a-" + tag))).containsEntry("ftm-a-" + tag, peruvian);
        assertThat(persons.getAll(List.of(ids.get(0), peruvian))).containsOnlyKeys(ids.get(0), peruvian);
    }

    @Test
    void an_agency_walks_only_the_persons_it_asserted() {
        UUID mine = persons.record(guerrero(null), PE);
        UUID theirs = persons.record(guerrero(null), VE);
        List<UUID> walked = new ArrayList<>();
        persons.forEachAssertedBy(PE, p -> walked.add(p.id()));
        assertThat(walked).contains(mine).doesNotContain(theirs);
        assertThat(persons.count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void what_cannot_be_a_person_is_refused_with_codes_not_sentences() {
        assertThat(catchThrowable(() -> new NewPerson(" ", null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.refusal().code()).isEqualTo(ValueRefusal.NAME_MISSING.code()));
        assertThat(catchThrowable(() -> new IdentityDocument("passport", " ", null)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.refusal().code()).isEqualTo("document.incomplete"));
        assertThat(catchThrowable(() -> new Alias("", false)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.refusal().code()).isEqualTo("alias.empty"));
        assertThat(new NewPerson("Yorman Alexis Bravo Cedeño", null, null, null, null, null, null, null, null).name())
                .as("parsed from the written name when no parts are given").isEqualTo(PersonName.parse("Yorman Alexis Bravo Cedeño"));
    }
}
