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
import org.sabueso.screening.Explanation;
import org.sabueso.screening.ScreeningRequest;
import org.sabueso.screening.Thresholds;
import org.sabueso.screening.internal.EngineProbe;
import org.sabueso.shared.PartialDate;

/** Names in other scripts: put in Latin letters (ICU4J), and words of an abjad compared by their consonants. */
class ScriptsTest {

    @Test
    void cyrillic_and_greek_are_romanised_as_passports_write_them() {
        assertThat(NameKeys.tokens("Владимир Путин")).containsExactly("vladimir", "putin");
        assertThat(NameKeys.tokens("Юрий Щукин")).containsExactly("yuriy", "shchukin");
        assertThat(NameKeys.tokens("Сергей Ковальчук")).as("the soft sign keeps the word whole").containsExactly("sergey", "kovalchuk");
        assertThat(NameKeys.tokens("Γιώργος Παπαδόπουλος")).containsExactly("giorgos", "papadopoulos");
        assertThat(NameKeys.tokens("Ελένη")).containsExactly("eleni");
    }

    @Test
    void arabic_and_hebrew_come_out_as_consonants_and_meet_latin_spellings_by_skeleton() {
        assertThat(NameKeys.tokens("محمد")).containsExactly("mhmd");
        assertThat(NameKeys.tokens("خالد")).containsExactly("khld");
        assertThat(NameKeys.tokens("יוסף כהן")).containsExactly("ywsp", "khn");
        for (String latin : List.of("mohamed", "muhammad", "mohammed")) {
            assertThat(Skeletons.of(latin)).isEqualTo(Skeletons.of("mhmd"));
        }
        assertThat(Skeletons.of("khaled")).isEqualTo(Skeletons.of("khld"));
        assertThat(Skeletons.of("yosef")).isEqualTo(Skeletons.of("ywsp"));
        assertThat(Skeletons.of("cohen")).isEqualTo(Skeletons.of("khn"));
        assertThat(Skeletons.of("walid")).isEqualTo(Skeletons.of("wlyd"));
        assertThat(Skeletons.vowelless("mhmd")).isTrue();
        assertThat(Skeletons.vowelless("putin")).isFalse();
    }

    @Test
    void scripts_other_than_latin_are_told_apart_from_accents() {
        assertThat(Scripts.otherScript("Muñoz Ørsted Łukasz")).isFalse();
        assertThat(Scripts.otherScript("Путин")).isTrue();
        assertThat(Scripts.abjad("محمد")).isTrue();
        assertThat(Scripts.abjad("Γιώργος")).isFalse();
        assertThat(NameKeys.tokens("张伟")).containsExactly("zhang", "wei");
        assertThat(NameKeys.tokens("राहुल शर्मा")).isNotEmpty();
    }

    static EngineProbe engine;
    static final Viewer VIEWER = new Viewer("test", "BENCH", "VE", EnumSet.of(Role.BORDER_OFFICER));
    static final String[] LATIN = {"Vladimir Putin", "Giorgos Papadopoulos", "Mohamed Khaled Hassan", "Yosef Cohen"};

    @BeforeAll
    static void list() throws Exception {
        engine = new EngineProbe(Files.createTempDirectory("scripts-test"), Thresholds.DEFAULT);
        for (int i = 0; i < LATIN.length; i++) {
            String[] w = LATIN[i].split(" ");
            engine.add(i, new EngineProbe.Subject(List.of(w[0]), w[1], w.length > 2 ? w[2] : null, null,
                    PartialDate.parse("1970"), "VE", null));
        }
        String[] given = {"Vladislav", "Giorgio", "Mahmoud", "Yusuf", "Pedro", "Marta", "Walter"};
        String[] surnames = {"Pulido", "Papas", "Hamid", "Cohn", "Khalil", "Pérez", "Gómez", "Castro"};
        for (int i = LATIN.length; i < 600; i++) {
            engine.add(i, new EngineProbe.Subject(List.of(given[i % given.length]), surnames[(i / 7) % surnames.length],
                    surnames[(i / 3) % surnames.length], null, PartialDate.parse(String.valueOf(1950 + i % 40)), "VE", null));
        }
        engine.commit();
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    static EngineProbe.Hit first(String name) {
        List<EngineProbe.Hit> hits = engine.screen(new ScreeningRequest(name, "1970", null, null, "test", 10, null), VIEWER, 10);
        assertThat(hits).as(name).isNotEmpty();
        return hits.getFirst();
    }

    static List<String> codes(EngineProbe.Hit h) {
        return h.explanation().stream().map(Explanation::code).toList();
    }

    @Test
    void a_cyrillic_name_finds_its_latin_notice() {
        EngineProbe.Hit h = first("Владимир Путин");
        assertThat(h.noticeId()).isEqualTo(EngineProbe.noticeId(0));
        assertThat(h.score()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void a_greek_name_finds_its_latin_notice() {
        EngineProbe.Hit h = first("Γιώργος Παπαδόπουλος");
        assertThat(h.noticeId()).isEqualTo(EngineProbe.noticeId(1));
        assertThat(h.score()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void an_arabic_name_finds_its_latin_notice_by_consonants_and_says_so() {
        EngineProbe.Hit h = first("محمد خالد حسن");
        assertThat(h.noticeId()).isEqualTo(EngineProbe.noticeId(2));
        assertThat(h.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(codes(h)).contains("name.consonants");
    }

    @Test
    void a_hebrew_name_finds_its_latin_notice_by_consonants() {
        EngineProbe.Hit h = first("יוסף כהן");
        assertThat(h.noticeId()).isEqualTo(EngineProbe.noticeId(3));
        assertThat(h.score()).isGreaterThanOrEqualTo(0.7);
        assertThat(codes(h)).contains("name.consonants");
    }

    @Test
    void a_latin_query_is_not_compared_by_consonants() {
        EngineProbe.Hit h = first("Mohamed Khaled Hassan");
        assertThat(h.noticeId()).isEqualTo(EngineProbe.noticeId(2));
        assertThat(codes(h)).doesNotContain("name.consonants");
    }

    @Test
    void a_notice_written_in_another_script_shows_its_transliteration() {
        Entry e = new Entry(UUID.randomUUID(), UUID.randomUUID(), null, "Владимир Путин",
                List.of(Entries.mainForm("Владимир Путин", org.sabueso.shared.PersonName.parse("Владимир Путин"))),
                null, java.util.Set.of(), List.of(), "X", "VE", org.sabueso.agency.SharingScope.PUBLIC, java.util.Set.of(),
                false, true, false);
        Scorer.Result r = Scorer.score(Entries.query("Vladimir Putin", null, null, List.of()), e);
        Explanation latin = r.explanation().get(1);
        assertThat(latin.code()).isEqualTo("name.transliterated");
        assertThat(latin.args()).containsExactly("Владимир Путин", "Vladimir Putin");
    }
}
