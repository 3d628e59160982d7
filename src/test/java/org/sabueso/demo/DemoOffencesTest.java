package org.sabueso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sabueso.notice.Offences;

/** Every offence the demo writes, in each country's legal words, names a code of the coded list. */
class DemoOffencesTest {

    @Test
    void every_generated_offence_wording_maps_onto_the_coded_list() {
        for (String country : List.of("VE", "CO", "PE", "CL", "EC")) {
            for (CaseFacts.Kind kind : CaseFacts.Kind.values()) {
                String written = CaseFacts.offence(country, kind);
                assertThat(Offences.isCode(Offences.code(written))).as("%s in %s", written, country).isTrue();
            }
        }
    }

    @Test
    void the_hand_written_demo_offences_map_onto_the_coded_list() {
        for (String written : List.of("Homicidio", "Secuestro", "Extorsión", "Tráfico de drogas",
                "Asociación para delinquir", "Minería ilegal", "Concierto para delinquir", "Tráfico de migrantes",
                "Evasión")) {
            assertThat(Offences.isCode(Offences.code(written))).as(written).isTrue();
        }
    }
}
