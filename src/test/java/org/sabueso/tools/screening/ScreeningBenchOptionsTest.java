package org.sabueso.tools.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sabueso.tools.screening.Distorter.Kind;

import picocli.CommandLine;

/** {@code --kinds} restricts the generator to the kinds named, and refuses a name that is not one. */
class ScreeningBenchOptionsTest {

    @Test
    void kinds_are_read_from_a_comma_separated_list() {
        ScreeningBench bench = new ScreeningBench();
        new CommandLine(bench).parseArgs("--persons", "1_000", "--kinds", "MARRIED_NAME,HYPOCORISM");
        assertThat(bench.persons).isEqualTo(1_000);
        assertThat(bench.kinds).containsExactly(Kind.MARRIED_NAME, Kind.HYPOCORISM);
    }

    @Test
    void without_kinds_every_kind_is_drawn() {
        ScreeningBench bench = new ScreeningBench();
        new CommandLine(bench).parseArgs("--persons", "1000");
        assertThat(bench.kinds).isNull();
    }

    @Test
    void an_unknown_kind_is_refused() {
        assertThatThrownBy(() -> new CommandLine(new ScreeningBench()).parseArgs("--kinds", "MARRIED_NAME,NOT_A_KIND"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("NOT_A_KIND");
    }
}
