package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's command line, read without starting the application: help, refusals of unknown
 * options, and every command line of the README understood, Spring's options passed through.
 */
class CommandsTest {

    private static final Commands COMMANDS = Commands.onClassPath();

    /** What a run printed, its exit code, and the options the application would have started with (null: not started). */
    private record Run(int code, String out, String err, List<String> started) {
    }

    /** Thrown instead of starting the application: the command line was understood. */
    private static final class Started extends RuntimeException {
        Started() {
            super("would start the application", null, false, false);
        }
    }

    private static Run run(String line) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> started = new ArrayList<>();
        boolean[] called = {false};
        Function<String[], ConfigurableApplicationContext> start = options -> {
            called[0] = true;
            started.addAll(List.of(options));
            throw new Started();
        };
        int code;
        try {
            code = COMMANDS.run(line.split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), start);
        } catch (Started s) {
            code = -1;
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                called[0] ? started : null);
    }

    @Test
    void every_command_is_found_by_its_words() {
        assertThat(Commands.onClassPath()).extracting("byName").asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsOnlyKeys("audit verify", "bench federation", "bench federation-join",
                "bench compare", "bench graph", "bench import", "bench screening", "bench screening-http", "bench tips", "broker",
                "federation init", "tips rotate-key");
    }

    @Test
    void help_prints_the_usage_and_exits_0_without_starting_anything() throws Exception {
        for (String command : List.of("audit verify", "bench screening", "bench screening-http", "bench graph",
                "bench import", "bench tips", "tips rotate-key", "bench federation", "bench federation-join", "bench compare", "broker", "federation init")) {
            Run run = run(command + " --help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: " + command).contains("--help");
            assertThat(run.started()).as(command).isNull();
        }
        assertThat(run("audit verify --help").out()).contains("--anchor=SEQ:HASH").contains("--no-checkpoint");
        assertThat(run("bench screening -h").out()).contains("--persons").contains("--queries");
    }

    @Test
    void the_jars_own_help_lists_the_commands_and_how_to_start_the_service() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        COMMANDS.usage(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("starts the service")
                .contains("audit verify").contains("bench screening-http").contains("tips rotate-key");
    }

    @Test
    void an_unknown_option_exits_2_with_a_clear_message_without_starting_anything() throws Exception {
        Run run = run("bench screening --persons 20000 --quereis 2000");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("bench screening: Unknown options: '--quereis', '2000'")
                .contains("Usage: bench screening");
        assertThat(run.out()).isEmpty();
        assertThat(run.started()).isNull();

        Run anchor = run("audit verify --anchor=nonsense");
        assertThat(anchor.code()).isEqualTo(2);
        assertThat(anchor.err()).contains("--anchor").contains("nonsense");
        assertThat(anchor.started()).isNull();

        Run number = run("bench graph --people many");
        assertThat(number.code()).isEqualTo(2);
        assertThat(number.err()).contains("--people").contains("many");
    }

    @Test
    void an_unknown_command_lists_the_commands() throws Exception {
        Run run = run("bench nothing");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("unknown command: bench nothing").contains("  bench screening  ")
                .contains("  audit verify  ");
        assertThat(run.started()).isNull();
    }

    @Test
    void the_readme_command_lines_are_understood_and_spring_options_pass_through() throws Exception {
        for (String line : List.of(
                "audit verify",
                "audit verify --anchor=12:" + "a".repeat(64) + " --no-checkpoint",
                "audit verify --spring.datasource.url=jdbc:postgresql://localhost:5432/postgres?user=postgres --sabueso.data-dir=/tmp/x",
                "bench screening --persons 1000000 --queries 100000",
                "bench screening --persons 1_000_000 --queries=2000 --seed 7 --baseline-sample 10 --threads 2 --explain 3",
                "bench graph --people 1000000 --links 5000000 --sabueso.data-dir=/tmp/graph-bench --sabueso.db.fresh=true",
                "bench graph --reuse --queries 10",
                "bench import --lines 1000000 --sabueso.data-dir=/tmp/ix-bench --sabueso.db.fresh=true",
                "bench import --lines 10 --review-as bench.supervisor --write-file /tmp/x.ftm.json --wanted-share 0.5 --scope national",
                "bench tips --seconds 60",
                "tips rotate-key --agency PE-PNP",
                "tips rotate-key --all")) {
            Run run = run(line);
            assertThat(run.err()).as(line).isEmpty();
            assertThat(run.code()).as(line).isEqualTo(-1);
            assertThat(run.started()).as(line).allMatch(o -> o.startsWith("--spring.") || o.startsWith("--sabueso."));
        }
        assertThat(run("bench graph --people 10 --sabueso.data-dir=/tmp/g --sabueso.db.fresh=true").started())
                .containsExactly("--sabueso.data-dir=/tmp/g", "--sabueso.db.fresh=true");
    }

    @Test
    void the_http_clients_start_no_application_of_their_own() {
        // the README's line, against a port where nothing listens: the client fails to connect, and no
        // application (with its embedded PostgreSQL on the default data folder) was started for it
        for (String line : List.of(
                "bench screening-http --url http://localhost:1 --user pe.border --password demo-pass --sample 300 --queries 20000 --threads 64",
                "bench compare --url http://localhost:1 --user pe.analyst --password demo-pass")) {
            boolean[] started = {false};
            assertThatThrownBy(() -> COMMANDS.run(line.split(" "), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), options -> {
                        started[0] = true;
                        throw new Started();
                    })).as(line).isNotInstanceOf(Started.class).hasStackTraceContaining("java.net.ConnectException");
            assertThat(started[0]).as(line).isFalse();
        }
    }
}
