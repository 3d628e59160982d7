package org.sabueso.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.person.NewPerson;
import org.sabueso.person.PersonView;
import org.sabueso.person.Sex;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;

class PersonMappingTest {

    private final FtmJson json = new FtmJson(PersonMapping.READ);

    private FtmEntity parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return json.read(bytes, bytes.length);
    }

    private PersonMapping.Imported person(String properties) {
        return PersonMapping.person(parse("{\"id\":\"t-1\",\"schema\":\"Person\",\"properties\":{" + properties + "}}"));
    }

    @Test
    void birth_dates_in_every_ftm_precision_become_partial_dates() {
        assertThat(PersonMapping.birthDate("1983")).isEqualTo(new PartialDate(1983, null, null));
        assertThat(PersonMapping.birthDate("1983-12")).isEqualTo(new PartialDate(1983, 12, null));
        assertThat(PersonMapping.birthDate("1983-12-01")).isEqualTo(new PartialDate(1983, 12, 1));
        assertThat(PersonMapping.birthDate("1983-12-01T00:00:00")).isEqualTo(new PartialDate(1983, 12, 1));
        assertThat(PersonMapping.birthDate("1983-12-01T10:15:30.5Z")).isEqualTo(new PartialDate(1983, 12, 1));
        assertThat(PersonMapping.birthDate("1983-12-01T10:15:30+02:00")).isEqualTo(new PartialDate(1983, 12, 1));
    }

    @Test
    void impossible_or_malformed_birth_dates_reject_the_line() {
        for (String bad : List.of("1983-13", "1983-02-30", "83", "1 Dec 1983", "1983-12-01 10:00")) {
            assertThatThrownBy(() -> PersonMapping.birthDate(bad)).isInstanceOf(LineRejected.class)
                    .hasMessageStartingWith("birthDate");
        }
    }

    @Test
    void lower_case_ftm_country_codes_become_nationalities_and_unknown_ones_reject_the_line() {
        NewPerson p = person("\"name\":[\"Ana Pérez\"],\"nationality\":[\"ve\"],\"citizenship\":[\"co\"]").person();
        assertThat(p.nationalities()).containsExactlyInAnyOrder(new CountryCode("VE"), new CountryCode("CO"));
        assertThatThrownBy(() -> person("\"name\":[\"Ana Pérez\"],\"nationality\":[\"xx\"]"))
                .isInstanceOf(LineRejected.class).hasMessageContaining("nationality");
        assertThatThrownBy(() -> person("\"name\":[\"Ana Pérez\"],\"country\":[\"venezuela\"]"))
                .isInstanceOf(LineRejected.class).hasMessageContaining("country");
    }

    @Test
    void hispanic_name_parts_are_read_from_first_father_and_mother_names() {
        NewPerson p = person("\"name\":[\"Héctor Rusthenford Guerrero Flores\"],\"firstName\":[\"Héctor Rusthenford\"],"
                + "\"fatherName\":[\"Guerrero\"],\"motherName\":[\"Flores\"],\"weakAlias\":[\"Niño Guerrero\"],"
                + "\"gender\":[\"male\"],\"idNumber\":[\"V-16.555.321\"],\"topics\":[\"wanted\",\"crime\"]").person();
        assertThat(p.name().givenNames()).isEqualTo("Héctor Rusthenford");
        assertThat(p.name().firstSurname()).isEqualTo("Guerrero");
        assertThat(p.name().secondSurname()).isEqualTo("Flores");
        assertThat(p.aliases()).singleElement().satisfies(a -> assertThat(a.nickname()).isTrue());
        assertThat(p.sex()).isEqualTo(Sex.MALE);
        assertThat(p.documents()).singleElement().satisfies(d -> assertThat(d.type()).isEqualTo("national_id"));
        assertThat(p.externalId()).isEqualTo("t-1");
    }

    @Test
    void particles_stay_with_the_first_surname() {
        NewPerson p = person("\"name\":[\"Juan de la Cruz Pérez\"],\"firstName\":[\"Juan\"],"
                + "\"fatherName\":[\"de la Cruz\"],\"motherName\":[\"Pérez\"]").person();
        assertThat(p.name().particles()).isEqualTo("de la");
        assertThat(p.name().firstSurname()).isEqualTo("Cruz");
        assertThat(p.name().fullName()).isEqualTo("Juan de la Cruz Pérez");
    }

    @Test
    void without_a_name_property_the_name_is_made_of_its_parts_and_without_any_the_line_is_rejected() {
        assertThat(person("\"firstName\":[\"Ana\"],\"lastName\":[\"Quispe Mamani\"]").person().writtenName())
                .isEqualTo("Ana Quispe Mamani");
        assertThatThrownBy(() -> person("\"alias\":[\"Nadie\"]")).isInstanceOf(LineRejected.class)
                .hasMessageStartingWith("name");
    }

    @Test
    void only_the_wanted_topic_makes_a_notice() {
        assertThat(person("\"name\":[\"Ana Pérez\"],\"topics\":[\"wanted\",\"crime\"]").wanted()).isTrue();
        assertThat(person("\"name\":[\"Ana Pérez\"],\"topics\":[\"sanction\",\"crime\"]").wanted()).isFalse();
    }

    @Test
    void hostile_text_is_rejected() {
        for (String name : List.of("Ana\\u0000Pérez", "Ana \\u202eZEREP", "Ana\\u200bPérez", "Ana \\ud800 Pérez",
                "x".repeat(301))) {
            assertThatThrownBy(() -> person("\"name\":[\"" + name + "\"]")).as(name).isInstanceOf(LineRejected.class);
        }
        assertThatThrownBy(() -> PersonMapping.person(parse(
                "{\"id\":\"a b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ana\"]}}")))
                .isInstanceOf(LineRejected.class).hasMessageStartingWith("id");
    }

    @Test
    void malformed_json_duplicate_keys_trailing_content_and_deep_nesting_are_rejected() {
        for (String line : List.of("{\"id\":", "[1,2]", "{\"id\":\"a\",\"id\":\"b\",\"schema\":\"Person\"}",
                "{\"id\":\"a\",\"schema\":\"Person\"} {}", "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":"
                        + "[".repeat(50) + "]".repeat(50) + "}}", "{\"id\":{\"x\":1},\"schema\":\"Person\"}")) {
            assertThatThrownBy(() -> PersonMapping.person(parse(line))).as(line).isInstanceOf(LineRejected.class);
        }
    }

    @Test
    void a_person_exported_and_read_back_is_the_same_person() {
        NewPerson original = person("\"name\":[\"Juan de la Cruz Pérez\"],\"firstName\":[\"Juan\"],"
                + "\"fatherName\":[\"de la Cruz\"],\"motherName\":[\"Pérez\"],\"alias\":[\"Juancho Pérez\"],"
                + "\"weakAlias\":[\"El Flaco\"],\"birthDate\":[\"1983-12\"],\"nationality\":[\"pe\"],"
                + "\"idNumber\":[\"40123456\"],\"passportNumber\":[\"PE123456\"],\"gender\":[\"male\"],"
                + "\"height\":[\"172\"],\"appearance\":[\"cicatriz en la ceja\"]").person();
        PersonView view = new PersonView(UUID.randomUUID(), original.externalId(), original.writtenName(),
                original.name(), original.aliases(), original.birthDate(), Set.copyOf(original.nationalities()),
                original.documents(), original.sex(), original.description(), "PE-PNP");
        StringBuilder line = new StringBuilder();
        var out = new java.io.ByteArrayOutputStream();
        try (var g = json.mapper().createGenerator(out)) {
            FtmJson.write(g, PersonMapping.toFtm(view, true));
        }
        line.append(out.toString(StandardCharsets.UTF_8));
        assertThat(line.toString()).endsWith("}\n").contains("\"topics\":[\"wanted\"]");
        PersonMapping.Imported back = PersonMapping.person(parse(line.toString().strip()));
        assertThat(back.wanted()).isTrue();
        assertThat(back.person()).isEqualTo(original);
    }
}
