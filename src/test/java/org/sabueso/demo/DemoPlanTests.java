package org.sabueso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sabueso.agency.SharingScope;
import org.sabueso.notice.NoticeStatus;
import org.sabueso.person.IdentityDocument;

/** The generated demo, before it is stored: reproducible, varied, and plausible in every field. */
class DemoPlanTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final List<DemoPlan.Planned> PLAN = DemoPlan.plan(DemoPlan.SEED, 3000, TODAY, DemoData.agencies());

    private static <K> Map<K, Long> countBy(Function<DemoPlan.Planned, K> key) {
        return PLAN.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Test
    void the_same_seed_gives_the_same_demo_and_a_smaller_demo_is_its_beginning() {
        assertThat(DemoPlan.plan(DemoPlan.SEED, 3000, TODAY, DemoData.agencies())).isEqualTo(PLAN);
        assertThat(DemoPlan.plan(DemoPlan.SEED, 300, TODAY, DemoData.agencies())).isEqualTo(PLAN.subList(0, 300));
        assertThat(DemoPlan.plan(DemoPlan.SEED + 1, 300, TODAY, DemoData.agencies())).isNotEqualTo(PLAN.subList(0, 300));
    }

    @Test
    void notices_are_mostly_active_with_every_other_status_present() {
        Map<NoticeStatus, Long> byStatus = countBy(DemoPlan.Planned::status);
        assertThat(byStatus.get(NoticeStatus.ACTIVE)).isBetween(2250L, 2550L);
        assertThat(byStatus).containsKeys(NoticeStatus.LOCATED, NoticeStatus.ARRESTED, NoticeStatus.CANCELLED,
                NoticeStatus.DRAFT, NoticeStatus.UNDER_REVIEW).doesNotContainKey(NoticeStatus.EXPIRED);
        byStatus.forEach((s, n) -> assertThat(n).as(s.name()).isGreaterThan(50));
    }

    @Test
    void every_scope_and_agency_is_used_and_partners_are_named_only_when_shared_with_partners() {
        assertThat(countBy(DemoPlan.Planned::scope)).containsOnlyKeys(SharingScope.values());
        Map<String, Long> byAgency = countBy(DemoPlan.Planned::agencyId);
        assertThat(byAgency).containsOnlyKeys("VE-CICPC", "CO-DIJIN", "EC-PN", "PE-PNP", "CL-PDI");
        assertThat(byAgency.get("VE-CICPC")).isGreaterThan(byAgency.get("EC-PN"));
        for (DemoPlan.Planned p : PLAN) {
            assertThat(p.partners().isEmpty()).isEqualTo(p.scope() != SharingScope.PARTNERS);
            assertThat(p.partners()).doesNotContain(p.agencyId());
        }
    }

    @Test
    void most_notices_are_loaded_in_bulk() {
        long bulk = PLAN.stream().filter(DemoPlan.Planned::viaImport).count();
        assertThat(bulk / (double) PLAN.size()).isBetween(0.8, 0.9);
    }

    @Test
    void review_by_dates_are_ahead_and_within_the_five_years_allowed() {
        assertThat(PLAN).allSatisfy(p -> assertThat(p.reviewBy()).isAfter(TODAY).isBefore(TODAY.plusYears(5)));
        long dueWithinAMonth = PLAN.stream().filter(p -> p.reviewBy().isBefore(TODAY.plusDays(31))).count();
        assertThat(dueWithinAMonth).as("some are due for review soon").isBetween(60L, 200L);
    }

    @Test
    void many_birth_dates_are_known_only_to_the_year() {
        long yearOnly = PLAN.stream().filter(p -> p.subject().birthDate().month() == null).count();
        assertThat(yearOnly / (double) PLAN.size()).isBetween(0.38, 0.52);
        assertThat(PLAN).allSatisfy(p -> assertThat(TODAY.getYear() - p.subject().birthDate().year()).isBetween(18, 70));
    }

    @Test
    void documents_are_in_their_national_formats_with_valid_check_digits() {
        List<IdentityDocument> docs = PLAN.stream().flatMap(p -> p.subject().documents().stream()).toList();
        assertThat(docs.size()).isGreaterThan(2400);
        for (IdentityDocument d : docs) {
            String pattern = switch (d.country().value() + " " + d.type()) {
                case "VE national_id" -> "[VE]-\\d{1,2}\\.\\d{3}\\.\\d{3}";
                case "VE passport" -> "\\d{9}";
                case "CO national_id" -> "(\\d{2}|1\\.\\d{3})\\.\\d{3}\\.\\d{3}";
                case "PE national_id" -> "\\d{8}";
                case "PE residence_permit" -> "\\d{9}";
                case "CL national_id" -> "\\d{1,2}\\.\\d{3}\\.\\d{3}-[0-9K]";
                case "EC national_id" -> "\\d{10}";
                default -> throw new AssertionError("unexpected document " + d);
            };
            assertThat(d.number()).as(d.toString()).matches(pattern);
            if (d.country().value().equals("CL")) {
                assertThat(IdentityNumbers.isValidChileanRun(d.number())).as(d.number()).isTrue();
            }
            if (d.country().value().equals("EC")) {
                assertThat(IdentityNumbers.isValidEcuadorianCedula(d.number())).as(d.number()).isTrue();
            }
        }
    }

    @Test
    void about_half_of_those_wanted_outside_venezuela_are_venezuelans() {
        List<DemoPlan.Planned> abroad = PLAN.stream().filter(p -> !p.country().equals("VE")).toList();
        long venezuelans = abroad.stream()
                .filter(p -> p.subject().nationalities().iterator().next().value().equals("VE")).count();
        assertThat(venezuelans / (double) abroad.size()).isBetween(0.38, 0.55);
    }

    @Test
    void every_kind_of_offence_has_its_words_in_every_country() {
        for (CaseFacts.Kind kind : CaseFacts.Kind.values()) {
            for (String country : List.of("VE", "CO", "PE", "CL", "EC")) {
                assertThat(CaseFacts.offence(country, kind)).as(kind + " in " + country).isNotBlank().doesNotContain("|");
            }
        }
    }

    @Test
    void offences_are_in_the_words_of_the_issuing_country() {
        assertThat(PLAN).allSatisfy(p -> assertThat(p.offences()).isNotEmpty().hasSizeLessThanOrEqualTo(4));
        assertThat(PLAN.stream().filter(p -> p.country().equals("EC")).flatMap(p -> p.offences().stream()))
                .contains("Asesinato", "Sicariato").doesNotContain("Concierto para delinquir agravado");
        assertThat(PLAN.stream().filter(p -> p.country().equals("CO")).flatMap(p -> p.offences().stream()))
                .contains("Concierto para delinquir agravado", "Extorsión agravada");
        long tda = PLAN.stream().filter(p -> p.summary().contains("Tren de Aragua")).count();
        assertThat(tda / (double) PLAN.size()).isBetween(0.3, 0.4);
    }

    @Test
    void names_have_nicknames_aliases_and_the_common_names_are_common() {
        long withNickname = PLAN.stream().filter(p -> p.subject().aliases().stream().anyMatch(a -> a.nickname())).count();
        assertThat(withNickname / (double) PLAN.size()).isBetween(0.3, 0.4);
        Map<String, Long> firstSurnames = PLAN.stream().collect(Collectors.groupingBy(
                p -> p.subject().name().firstSurname(), Collectors.counting()));
        String mostCommon = firstSurnames.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(mostCommon).isIn("González", "Rodríguez");
        assertThat(PLAN).anySatisfy(p -> assertThat(p.subject().writtenName()).contains(", "));
    }

    @Test
    void about_one_in_eight_is_a_woman_and_heights_are_plausible() {
        long women = PLAN.stream().filter(p -> p.subject().sex() == org.sabueso.person.Sex.FEMALE).count();
        assertThat(women / (double) PLAN.size()).isBetween(0.09, 0.15);
        double meanMaleHeight = PLAN.stream().filter(p -> p.subject().sex() == org.sabueso.person.Sex.MALE)
                .map(p -> p.subject().description().heightCm()).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(meanMaleHeight).isBetween(168.0, 174.0);
    }
}
