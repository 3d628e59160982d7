package org.sabueso.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.SharingScope;
import org.sabueso.person.IdentityDocument;
import org.sabueso.shared.CountryCode;
import org.sabueso.shared.PartialDate;
import org.sabueso.shared.PersonName;

class ScorerTest {

    static Entry guerrero() {
        Entry.NameForm main = Entries.mainForm("Héctor Rusthenford Guerrero Flores",
                new PersonName("Héctor Rusthenford", "Guerrero", "Flores", null));
        Entry.NameForm nick = Entry.NameForm.of("Niño Guerrero", List.of(), List.of("nino", "guerrero"), true);
        return new Entry(UUID.randomUUID(), UUID.randomUUID(), null, "Héctor Rusthenford Guerrero Flores",
                List.of(main, nick), PartialDate.parse("1983-12-01"), Set.of("VE"),
                List.of(Entries.doc("national_id", "V-16.555.321", "VE")), "VE-CICPC", "VE", SharingScope.PUBLIC,
                Set.of(), true, true, true);
    }

    static Scorer.Result score(String name, String date, List<IdentityDocument> docs) {
        return Scorer.score(Entries.query(name, date == null ? null : PartialDate.parse(date), null, docs), guerrero());
    }

    @Test
    void initials_hyphens_and_case_still_find_the_whole_name() {
        Scorer.Result r = score("HECTOR R. GUERRERO-FLORES", null, List.of());
        assertThat(r.uncapped()).isGreaterThanOrEqualTo(0.95);
        // without a birth date or a document, a name alone is capped (EvidenceTest)
        assertThat(r.score()).isEqualTo(EvidenceWeights.NAME_ONLY_CAP);
        assertThat(r.explanation().getFirst().detail()).contains("r. ≈ rusthenford");
    }

    @Test
    void surname_first_order_and_missing_accents_score_high() {
        assertThat(score("GUERRERO FLORES, HECTOR", "1983", List.of()).score()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void the_nickname_alone_is_recognised() {
        Scorer.Result r = score("Niño Guerrero", null, List.of());
        assertThat(r.score()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.explanation().getFirst().detail()).contains("as Niño Guerrero");
    }

    @Test
    void another_second_surname_and_another_birth_year_are_no_match() {
        Scorer.Result r = score("Héctor Guerrero Fuentes", "1990", List.of());
        assertThat(r.score()).isLessThan(0.7);
        assertThat(r.date()).isEqualTo(DateEvidence.CONFLICT);
    }

    @Test
    void each_explanation_item_carries_its_code_and_arguments_beside_the_english_detail() {
        Scorer.Result r = score("HECTOR R. GUERRERO-FLORES", "1990-05-04", List.of());
        org.sabueso.screening.Explanation name = r.explanation().get(0);
        assertThat(name.code()).isEqualTo("name.words");
        assertThat(name.args().get(0)).isEqualTo(List.of("hector", "guerrero", "flores"));
        assertThat(name.args().get(1)).isEqualTo(List.of(List.of("r.", "rusthenford", 0.8)));
        assertThat(name.args().get(2)).isEqualTo(List.of());
        assertThat(name.args().get(3)).isEqualTo(false);
        assertThat(name.args().get(4)).isNull();
        assertThat(name.detail()).isEqualTo("hector = hector, guerrero = guerrero, flores = flores, r. ≈ rusthenford (0.80)");
        org.sabueso.screening.Explanation date = r.explanation().get(1);
        assertThat(date.feature()).isEqualTo("birthDate");
        assertThat(date.code()).isEqualTo("birth-date.different");
        assertThat(date.args()).containsExactly("1990-05-04", "1983-12-01");
        assertThat(date.detail()).isEqualTo("different date of birth: 1990-05-04 / 1983-12-01");
    }

    @Test
    void a_venezuelan_cedula_matches_with_or_without_its_punctuation() {
        Scorer.Result r = score("H. Guerrero", null,
                List.of(new IdentityDocument("national_id", "16555321", new CountryCode("VE"))));
        assertThat(r.documentMatch()).isTrue();
        assertThat(r.score()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void birth_dates_compare_as_partial_dates() {
        assertThat(DateEvidence.of(PartialDate.parse("1983-12-01"), PartialDate.parse("1983-12-01"))).isEqualTo(DateEvidence.EXACT);
        assertThat(DateEvidence.of(PartialDate.parse("1983-01-12"), PartialDate.parse("1983-12-01"))).isEqualTo(DateEvidence.SWAPPED);
        assertThat(DateEvidence.of(PartialDate.parse("1983"), PartialDate.parse("1983-12-01"))).isEqualTo(DateEvidence.SAME_YEAR);
        assertThat(DateEvidence.of(PartialDate.parse("1984"), PartialDate.parse("1983-12-01"))).isEqualTo(DateEvidence.NEAR);
        assertThat(DateEvidence.of(PartialDate.parse("1984-12-01"), PartialDate.parse("1983-12-01"))).isEqualTo(DateEvidence.CONFLICT);
        assertThat(DateEvidence.of(PartialDate.parse("1983-11"), PartialDate.parse("1983-12-01"))).isEqualTo(DateEvidence.CONFLICT);
        assertThat(DateEvidence.of(PartialDate.parse("1983-12"), PartialDate.parse("1983-12-01"))).isEqualTo(DateEvidence.SAME_MONTH);
        assertThat(DateEvidence.of(PartialDate.parse("1983-12-01"), PartialDate.parse("1983-12"))).isEqualTo(DateEvidence.SAME_MONTH);
        assertThat(DateEvidence.of(PartialDate.parse("1983-12"), PartialDate.parse("1983-12"))).isEqualTo(DateEvidence.SAME_MONTH);
        assertThat(DateEvidence.of(PartialDate.parse("1983-12"), PartialDate.parse("1983"))).isEqualTo(DateEvidence.SAME_YEAR);
        assertThat(DateEvidence.of(null, PartialDate.parse("1983"))).isEqualTo(DateEvidence.NONE);
    }

    @Test
    void a_chilean_run_matches_with_or_without_its_check_digit() {
        assertThat(Scorer.sameNumber(Entries.doc("national_id", "12.345.678-5", "CL"), Entries.doc("national_id", "12345678", "CL"))).isTrue();
        assertThat(Scorer.sameNumber(Entries.doc("national_id", "12.345.678-5", "VE"), Entries.doc("national_id", "12345678", "VE"))).isFalse();
    }

    @Test
    void typos_cost_a_little_and_different_words_everything() {
        assertThat(Similarity.of("zibero", "zebero")).isEqualTo(0.9);
        assertThat(Similarity.of("miguel", "mgiuel")).isEqualTo(0.9);
        assertThat(Similarity.of("wuilmer", "wilmer")).isEqualTo(0.95);
        assertThat(Similarity.of("flores", "fuentes")).isZero();
        assertThat(Similarity.editsAtMost2("guerrero", "gurrero")).isEqualTo(1);
        assertThat(Similarity.editsAtMost2("abc", "xyzabc")).isEqualTo(3);
    }
}
