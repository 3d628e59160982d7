package org.sabueso.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.SharingScope;
import org.sabueso.person.IdentityDocument;
import org.sabueso.screening.Explanation;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;

/** The evidence rules of the scorer: a name alone, a full date with the first names, a rare name with another date. */
class EvidenceTest {

    static Entry notice(String written, String birth, String... docs) {
        Entry.NameForm main = Entries.mainForm(written, PersonName.parse(written));
        List<Entry.Doc> documents = docs.length == 0 ? List.of() : List.of(Entries.doc("national_id", docs[0], "VE"));
        return new Entry(UUID.randomUUID(), UUID.randomUUID(), null, written, List.of(main),
                birth == null ? null : PartialDate.parse(birth), Set.of("VE"), documents, "VE-CICPC", "VE",
                SharingScope.PUBLIC, Set.of(), true, true, true);
    }

    static Scorer.Result score(String name, String birth, String nationality, Entry e) {
        return Scorer.score(Entries.query(name, birth == null ? null : PartialDate.parse(birth),
                nationality == null ? null : CountryCode.of(nationality), List.of()), e);
    }

    static List<String> codes(Scorer.Result r) {
        return r.explanation().stream().map(Explanation::code).toList();
    }

    // the demo's notice: a rare full name, born 1983 (known only to the year)
    static final Entry GUERRERO = notice("Héctor Rusthenford Guerrero Flores", "1983");

    @Test
    void the_same_name_with_only_a_nationality_is_not_full_certainty_and_says_what_is_missing() {
        Scorer.Result r = score("Héctor Rusthenford Guerrero Flores", null, "VE", GUERRERO);
        assertThat(r.score()).isEqualTo(EvidenceWeights.NAME_ONLY_CAP).isLessThan(1.0);
        assertThat(r.uncapped()).isEqualTo(1.0);
        Explanation missing = r.explanation().stream().filter(x -> x.code().equals("evidence.name-only")).findFirst().orElseThrow();
        assertThat(missing.feature()).isEqualTo("evidence");
        assertThat(missing.args()).containsExactly(List.of("birthDate", "documents"));
        assertThat(missing.detail()).isEqualTo("the name alone, without a birth date or a document to confirm it");
    }

    @Test
    void a_name_alone_may_still_be_above_match_and_a_date_or_a_document_lifts_the_cap() {
        assertThat(score("Héctor Rusthenford Guerrero Flores", null, null, GUERRERO).score()).isGreaterThanOrEqualTo(0.85);
        Scorer.Result dated = score("Héctor Rusthenford Guerrero Flores", "1983", null, GUERRERO);
        assertThat(dated.score()).isEqualTo(1.0);
        assertThat(codes(dated)).doesNotContain("evidence.name-only");
        Entry withDocument = notice("Héctor Rusthenford Guerrero Flores", null, "V-16.555.321");
        Scorer.Result documented = Scorer.score(Entries.query("Héctor Rusthenford Guerrero Flores", null, null,
                List.of(new IdentityDocument("national_id", "16555321", CountryCode.of("VE")))), withDocument);
        assertThat(documented.score()).isEqualTo(1.0);
        assertThat(codes(documented)).doesNotContain("evidence.name-only");
    }

    @Test
    void a_rare_close_name_with_another_birth_date_is_kept_possible_and_says_different_birth_date() {
        Scorer.Result r = score("Guerrero Flores Héctor", "1990-01-01", null, GUERRERO);
        assertThat(r.date()).isEqualTo(DateEvidence.CONFLICT);
        assertThat(r.score()).as("pushed below POSSIBLE by the date alone").isLessThan(0.7);
        assertThat(codes(r)).contains("birth-date.different");
        NamesakeRule.Scored s = new NamesakeRule.Scored(GUERRERO, r);
        assertThat(NamesakeRule.mayBeRare(s)).isTrue();
        Explanation kept = NamesakeRule.rareName(s, 0.02);
        assertThat(kept.code()).isEqualTo("evidence.rare-name");
        assertThat(kept.args()).containsExactly(0.02);
        assertThat(NamesakeRule.rareName(s, 40)).as("a name borne by forty people on the list").isNull();
    }

    @Test
    void a_partial_name_with_another_date_is_not_kept_however_rare() {
        Scorer.Result r = score("Héctor Guerrero Fuentes", "1990", null, GUERRERO);
        assertThat(NamesakeRule.rareName(new NamesakeRule.Scored(GUERRERO, r), 0.001)).isNull();
    }

    static final Entry MARLENY = notice("Marleny Josefina Contreras Hernández", "1975-03-12");

    @Test
    void a_married_name_with_the_same_full_date_is_a_match_and_names_the_rule() {
        // the married name alone already reaches MATCH with the date (name rules); the rule lifts what the
        // name rules leave lower: a second surname the notice does not record
        assertThat(score("CONTRERAS DE CABELLO, Marleny", "1975-03-12", null, MARLENY).score()).isGreaterThanOrEqualTo(0.85);
        Scorer.Result r = score("CONTRERAS GIL, Marleny", "1975-03-12", null, MARLENY);
        assertThat(r.score()).isGreaterThanOrEqualTo(0.85);
        Explanation rule = r.explanation().stream().filter(x -> x.code().equals("evidence.date-and-names")).findFirst().orElseThrow();
        assertThat(rule.args()).containsExactly("1975-03-12", "marleny", "contreras");
        assertThat(rule.detail()).isEqualTo("same full date of birth 1975-03-12 with the first given name marleny and the first surname contreras");
    }

    @Test
    void the_rule_needs_the_full_date_the_first_given_name_and_the_first_surname() {
        assertThat(codes(score("CONTRERAS GIL, Marleny", "1975", null, MARLENY))).as("year only").doesNotContain("evidence.date-and-names");
        assertThat(score("CONTRERAS DE CABELLO, Marleny", "1975-03-13", null, MARLENY).score()).as("another day").isLessThan(0.7);
        assertThat(codes(score("HERNANDEZ DE CABELLO, Marleny", "1975-03-12", null, MARLENY)))
                .as("second surname, not the first").doesNotContain("evidence.date-and-names");
        assertThat(codes(score("CONTRERAS DE CABELLO, Josefina", "1975-03-12", null, MARLENY)))
                .as("second given name, not the first").doesNotContain("evidence.date-and-names");
        assertThat(codes(score("Marleny Contreras Cabello Rojas", "1975-03-12", null, MARLENY)))
                .as("two words not on the notice").doesNotContain("evidence.date-and-names");
    }

    @Test
    void a_document_of_the_same_kind_with_another_number_stops_the_rule() {
        Entry documented = notice("Marleny Josefina Contreras Hernández", "1975-03-12", "V-9.876.543");
        Scorer.Result r = Scorer.score(Entries.query("CONTRERAS DE CABELLO, Marleny", PartialDate.parse("1975-03-12"), null,
                List.of(new IdentityDocument("national_id", "12345678", CountryCode.of("VE")))), documented);
        assertThat(r.documentConflict()).isTrue();
        assertThat(codes(r)).doesNotContain("evidence.date-and-names");
        assertThat(r.score()).isLessThan(0.85);
    }

    @Test
    void another_second_surname_with_one_given_name_is_possible_with_an_agreeing_date_and_not_on_the_name_alone() {
        Entry rojas = notice("Consuelo Rojas Pérez", "1972-12");
        Scorer.Result sameMonth = score("Consuelo Rojas Rodríguez", "1972-12-21", null, rojas);
        assertThat(sameMonth.date()).isEqualTo(DateEvidence.SAME_MONTH);
        assertThat(codes(sameMonth)).contains("birth-date.same-month");
        assertThat(NameRulesTest.rules(sameMonth)).contains("second-surname-differs");
        assertThat(sameMonth.score()).isBetween(0.7, 0.85);
        assertThat(score("Consuelo Rojas Rodríguez", "1972", null, rojas).score()).as("the same year").isBetween(0.7, 0.85);
        assertThat(score("Consuelo Rojas Rodríguez", null, null, rojas).score()).as("the name alone").isLessThan(0.7);
        assertThat(score("Consuelo Rojas Rodríguez", "1975-12-21", null, rojas).score()).as("another year").isLessThan(0.7);
    }

    @Test
    void another_second_surname_never_reaches_match_without_the_date_and_names_rule() {
        Entry zabala = notice("Omar Arturo Zabala Padilla", "1970-05-04");
        assertThat(score("Omar Arturo Zabala Pérez", null, null, zabala).score()).as("two given names, no date").isBetween(0.7, 0.85);
        assertThat(score("Omar Zabala Pérez", "1970-05", null, zabala).score()).as("the same month").isLessThan(0.85);
        Scorer.Result sameDay = score("Omar Arturo Zabala Pérez", "1970-05-04", null, zabala);
        assertThat(codes(sameDay)).contains("evidence.date-and-names");
    }
}
