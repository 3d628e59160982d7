package org.sabueso.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sabueso.screening.internal.matching.EvidenceTest.codes;
import static org.sabueso.screening.internal.matching.EvidenceTest.notice;
import static org.sabueso.screening.internal.matching.EvidenceTest.score;

import org.junit.jupiter.api.Test;
import org.sabueso.screening.Explanation;

/**
 * The two POSSIBLE-level rules of issue 14 on the notice's first given name and first surname:
 * date-and-first-names (the same full date, other words differing) and rare-first-names (the two
 * rare, a birth date that agrees). Each keeps a real-looking variant in sight of an officer, and
 * neither makes a MATCH, nor fires for siblings, namesakes of a common name, or another date.
 */
class FirstNamesEvidenceTest {

    static final Entry CASTRO = notice("Alexander Castro Sofobón", "1959-11-09");
    static final Entry ZABALA = notice("Omar Arturo Zabala Padilla", "1980-03-05");

    @Test
    void a_middle_name_added_and_another_second_surname_with_the_same_full_date_is_possible_not_match() {
        // before the rule: 0.64, no result at all for the wanted man with his own date of birth
        Scorer.Result r = score("ALEXANDER FELIX CASTRO PEREZ", "1959-11-09", null, CASTRO);
        assertThat(r.score()).isEqualTo(EvidenceWeights.DATE_AND_FIRST_NAMES).isBetween(0.7, 0.85);
        assertThat(codes(r)).contains("evidence.date-and-first-names").doesNotContain("evidence.date-and-names");
        Explanation rule = r.explanation().stream().filter(x -> x.code().equals("evidence.date-and-first-names")).findFirst().orElseThrow();
        assertThat(rule.args()).containsExactly("1959-11-09", "alexander", "castro");
    }

    @Test
    void the_real_case_of_another_middle_name_and_surname_order_with_the_date_is_possible() {
        // "ZABALA PADILLA, Omar Enrique" for Omar Arturo Zabala Padilla: one word differs, the MATCH rule decides
        assertThat(codes(score("ZABALA PADILLA, Omar Enrique", "1980-03-05", null, ZABALA))).contains("evidence.date-and-names");
        // another middle name and another mother's surname: two words differ, kept POSSIBLE by the date
        Scorer.Result two = score("ZABALA GIL, Omar Enrique", "1980-03-05", null, ZABALA);
        assertThat(two.score()).isEqualTo(EvidenceWeights.DATE_AND_FIRST_NAMES);
        assertThat(codes(two)).contains("evidence.date-and-first-names");
    }

    @Test
    void an_initial_may_stand_for_the_first_given_name_but_never_for_a_match() {
        Entry gusa = notice("José Gusa Torres", "2000-05-03");
        Scorer.Result r = score("J. GUSA FLORES", "2000-05-03", null, gusa);
        assertThat(r.score()).isEqualTo(EvidenceWeights.DATE_AND_FIRST_NAMES);
        assertThat(codes(r)).contains("evidence.date-and-first-names").doesNotContain("evidence.date-and-names");
        // the initial of another name is not the first given name
        assertThat(codes(score("M. GUSA FLORES", "2000-05-03", null, gusa))).doesNotContain("evidence.date-and-first-names");
    }

    @Test
    void the_date_with_day_and_month_swapped_keeps_it_possible_too_but_never_a_match() {
        Entry choson = notice("Rafael Chosón Jiménez", "1983-08-09");
        Scorer.Result r = score("RAFAEL ANGEL CHOSON-GUZMAN", "1983-09-08", null, choson);
        assertThat(r.date()).isEqualTo(DateEvidence.SWAPPED);
        assertThat(r.score()).isEqualTo(EvidenceWeights.DATE_AND_FIRST_NAMES);
        assertThat(codes(r)).contains("birth-date.swapped", "evidence.date-and-first-names");
        // one word differing with a swapped date: POSSIBLE by this rule, the MATCH rule wants the date as written
        Scorer.Result one = score("CHOSON GUZMAN, Rafael", "1983-09-08", null, choson);
        assertThat(one.score()).isLessThan(0.85);
        assertThat(codes(one)).doesNotContain("evidence.date-and-names");
    }

    @Test
    void a_twin_with_another_first_given_name_is_not_kept_by_the_date() {
        // twins share surnames and the full date of birth: the first given name tells them apart
        Scorer.Result twin = score("Luis Alberto Zabala Padilla", "1980-03-05", null, ZABALA);
        assertThat(codes(twin)).doesNotContain("evidence.date-and-first-names", "evidence.date-and-names");
        assertThat(twin.firstNames()).isFalse();
    }

    @Test
    void the_rule_needs_the_same_full_date() {
        assertThat(codes(score("ALEXANDER FELIX CASTRO PEREZ", "1959-11-10", null, CASTRO))).as("another day")
                .doesNotContain("evidence.date-and-first-names");
        assertThat(codes(score("ALEXANDER FELIX CASTRO PEREZ", "1959", null, CASTRO))).as("the year only")
                .doesNotContain("evidence.date-and-first-names");
        assertThat(score("ALEXANDER FELIX CASTRO PEREZ", "1959", null, CASTRO).score()).isLessThan(0.7);
        Scorer.Result otherSurnames = score("ALEXANDER FELIX PEREZ GIL", "1959-11-09", null, CASTRO);
        assertThat(codes(otherSurnames)).as("the given name and the date, no surname of his")
                .doesNotContain("evidence.date-and-first-names");
        assertThat(otherSurnames.score()).isLessThan(0.7);
    }

    @Test
    void a_rare_given_name_and_surname_with_an_agreeing_year_is_kept_possible_with_the_two_words_named() {
        Entry brallales = notice("Jesús Brallales González", "1988-01-01");
        Scorer.Result r = score("Jesús Brallales Hernández", "1989", null, brallales);
        assertThat(r.date()).isEqualTo(DateEvidence.NEAR);
        assertThat(r.firstNames()).isTrue();
        NamesakeRule.Scored s = new NamesakeRule.Scored(brallales, r);
        assertThat(NamesakeRule.mayHaveRareFirstNames(s)).isTrue();
        Explanation kept = NamesakeRule.rareFirstNames(s, 0.04);
        assertThat(kept.code()).isEqualTo("evidence.rare-first-names");
        assertThat(kept.args()).containsExactly(0.04, "jesus", "brallales");
        // "Jesús González" on a long list: hundreds of bearers, nothing kept
        assertThat(NamesakeRule.rareFirstNames(s, 300)).isNull();
    }

    @Test
    void rare_first_names_need_a_birth_date_that_agrees_and_no_document_against() {
        Entry brallales = notice("Jesús Brallales González", "1988-01-01", "V-12.345.678");
        assertThat(NamesakeRule.mayHaveRareFirstNames(new NamesakeRule.Scored(brallales,
                score("Jesús Brallales Hernández", "1975", null, brallales)))).as("another year").isFalse();
        assertThat(NamesakeRule.mayHaveRareFirstNames(new NamesakeRule.Scored(brallales,
                score("Jesús Brallales Hernández", null, null, brallales)))).as("no date at all").isFalse();
        Scorer.Result otherDocument = Scorer.score(Entries.query("Jesús Brallales Hernández",
                org.sabueso.shared.PartialDate.parse("1988"), null, java.util.List.of(new org.sabueso.person.IdentityDocument(
                        "national_id", "9876543", org.sabueso.shared.CountryCode.of("VE")))), brallales);
        assertThat(otherDocument.documentConflict()).isTrue();
        assertThat(NamesakeRule.mayHaveRareFirstNames(new NamesakeRule.Scored(brallales, otherDocument))).isFalse();
        // a brother: the surnames and the year, another first given name
        assertThat(NamesakeRule.mayHaveRareFirstNames(new NamesakeRule.Scored(brallales,
                score("Pedro Brallales González", "1988", null, brallales)))).as("a brother").isFalse();
    }
}
