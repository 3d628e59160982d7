package org.sabueso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One particle list for the parts of a name and for screening's keys. */
class NameParticlesTest {

    @Test
    void particles_join_the_surname_after_them_in_any_case() {
        for (String p : new String[] {"de", "DEL", "la", "Las", "los", "y", "e", "da", "do", "dos", "van", "von"}) {
            assertThat(NameParticles.isParticle(p)).as(p).isTrue();
            assertThat(NameParticles.joinsNext(p)).as(p).isTrue();
        }
        assertThat(PersonName.parse("Juan Pérez de la Cruz").firstSurname()).isEqualTo("Pérez");
        assertThat(PersonName.parse("Juan Pérez de la Cruz").secondSurname()).isEqualTo("de la Cruz");
        assertThat(PersonName.parse("Ana van Dijk Rojas").particles()).isEqualTo("van");
    }

    @Test
    void the_arabic_article_is_a_particle_of_the_surname() {
        assertThat(NameParticles.isParticle("Al")).isTrue();
        // "El" starts Spanish nicknames ("El Gordo"): a word of the alias
        assertThat(NameParticles.isParticle("el")).isFalse();
        PersonName n = PersonName.parse("Anwar Al Aulaqi");
        assertThat(n.givenNames()).isEqualTo("Anwar");
        assertThat(n.particles()).isEqualTo("Al");
        assertThat(n.firstSurname()).isEqualTo("Aulaqi");
        assertThat(n.fullName()).isEqualTo("Anwar Al Aulaqi");
    }

    @Test
    void san_joins_a_surname_but_is_a_word_of_the_name() {
        assertThat(NameParticles.joinsNext("San")).isTrue();
        assertThat(NameParticles.isParticle("San")).isFalse();
        PersonName n = PersonName.parse("José San Martín Díaz");
        assertThat(n.particles()).isEqualTo("San");
        assertThat(n.firstSurname()).isEqualTo("Martín");
        assertThat(n.fullName()).isEqualTo("José San Martín Díaz");
    }

    @Test
    void name_words_are_not_particles() {
        assertThat(NameParticles.isParticle("Daniel")).isFalse();
        assertThat(NameParticles.joinsNext("Pérez")).isFalse();
    }
}
