package org.sabueso.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sabueso.agency.Role;
import org.sabueso.agency.Viewer;
import org.sabueso.screening.Decision;
import org.sabueso.screening.Explanation;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.Thresholds;
import org.sabueso.screening.internal.EngineProbe;
import org.sabueso.shared.PartialDate;

/**
 * The rare-name rule through the engine, with the engine's own estimate of bearers: a list of
 * 1,200 notices where José and González are common, Héctor Rusthenford Guerrero Flores is not.
 */
class EvidenceEngineTest {

    static final String[] GIVEN = {"José", "José", "Luis", "Carlos", "Pedro", "Juan", "Miguel", "Jorge"};
    static final String[] SURNAMES = {"González", "Pérez", "Rodríguez", "Martínez", "López", "Sánchez", "Ramírez", "Torres"};
    static final int GUERRERO = 0;
    static final int GONZALEZ = 1;

    static EngineProbe engine;
    static final Viewer VIEWER = new Viewer("test", "BENCH", "VE", EnumSet.of(Role.BORDER_OFFICER));

    @BeforeAll
    static void list() throws Exception {
        engine = new EngineProbe(Files.createTempDirectory("evidence-test"), Thresholds.DEFAULT);
        engine.add(GUERRERO, new EngineProbe.Subject(List.of("Héctor", "Rusthenford"), "Guerrero", "Flores", null,
                PartialDate.parse("1983"), "VE", null));
        engine.add(GONZALEZ, new EngineProbe.Subject(List.of("José"), "González", null, null,
                PartialDate.parse("1970-05-05"), "VE", null));
        // a quarter of the given names are José and an eighth of the surnames González, as on a real list
        for (int i = 2; i < 1_200; i++) {
            engine.add(i, new EngineProbe.Subject(List.of(GIVEN[i % GIVEN.length]), SURNAMES[(i / 8) % SURNAMES.length],
                    SURNAMES[(i / 3) % SURNAMES.length], null, PartialDate.parse(String.valueOf(1950 + i % 40)), "VE", null));
        }
        engine.commit();
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    static List<EngineProbe.Hit> screen(String name, String birth) {
        return engine.screen(new ScreeningRequest(name, birth, null, null, "test", 10, null), VIEWER, 10);
    }

    static EngineProbe.Hit hit(List<EngineProbe.Hit> hits, int subject) {
        UUID id = EngineProbe.noticeId(subject);
        return hits.stream().filter(h -> h.noticeId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void a_rare_name_with_another_birth_date_is_possible_and_says_different_birth_date() {
        EngineProbe.Hit h = hit(screen("Guerrero Flores Héctor", "1990-01-01"), GUERRERO);
        assertThat(h).isNotNull();
        assertThat(h.decision()).isEqualTo(Decision.POSSIBLE);
        assertThat(h.score()).isEqualTo(Thresholds.DEFAULT.possible());
        List<String> codes = h.explanation().stream().map(Explanation::code).toList();
        assertThat(codes).contains("birth-date.different", "evidence.rare-name");
    }

    @Test
    void a_common_name_with_another_birth_date_is_not_kept() {
        List<EngineProbe.Hit> hits = screen("José González", "1990-01-01");
        assertThat(hit(hits, GONZALEZ)).isNull();
        // the same query with his date finds him: the answer above is empty for the date, not by accident
        assertThat(hit(screen("José González", "1970-05-05"), GONZALEZ)).isNotNull();
    }

    @Test
    void a_rare_given_name_and_surname_with_the_year_one_apart_are_kept_possible_through_the_engine() {
        // another middle name and another mother's surname, born a year off: no result before issue 14's rule
        EngineProbe.Hit h = hit(screen("Héctor Luis Guerrero Pérez", "1984"), GUERRERO);
        assertThat(h).isNotNull();
        assertThat(h.decision()).isEqualTo(Decision.POSSIBLE);
        assertThat(h.score()).isEqualTo(Thresholds.DEFAULT.possible());
        Explanation kept = h.explanation().stream().filter(x -> x.code().equals("evidence.rare-first-names")).findFirst().orElseThrow();
        assertThat(kept.args()).hasSize(3).endsWith("hector", "guerrero");
        assertThat((double) kept.args().getFirst()).as("bearers on the list").isLessThanOrEqualTo(EvidenceWeights.RARE_FIRST_NAMES_BEARERS);
    }

    @Test
    void a_common_given_name_and_surname_with_the_year_are_not_kept() {
        // a quarter of the list is José, an eighth González: dozens bear both
        List<EngineProbe.Hit> hits = screen("José Luis González Pérez", "1971");
        assertThat(hits.stream().flatMap(x -> x.explanation().stream()).map(Explanation::code))
                .doesNotContain("evidence.rare-first-names");
        assertThat(hit(hits, GONZALEZ)).as("José González, 1970, with another middle name and surname").isNull();
    }

    @Test
    void a_name_alone_is_capped_and_explained_through_the_engine() {
        EngineProbe.Hit h = hit(screen("Héctor Rusthenford Guerrero Flores", null), GUERRERO);
        assertThat(h.score()).isEqualTo(EvidenceWeights.NAME_ONLY_CAP);
        assertThat(h.decision()).isEqualTo(Decision.MATCH);
        assertThat(h.explanation().stream().map(Explanation::code)).contains("evidence.name-only");
    }

}
