package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, finding 13: on a fresh machine `./mvnw verify` ended in Playwright stack traces
 * because nothing had installed Chromium. The build now runs scripts/ensure-chromium.sh when
 * /usr/bin/chromium is missing (pom.xml, profile install-chromium); where it cannot install, it
 * says in one line what to run.
 */
class ChromiumScriptTest {

    private static final Path SCRIPT = Path.of("scripts/ensure-chromium.sh");

    @Test
    void a_present_browser_passes_silently(@TempDir Path dir) throws Exception {
        Path browser = Files.writeString(dir.resolve("chromium"), "#!/bin/sh\n");
        browser.toFile().setExecutable(true);

        Result r = run(browser.toString(), "/nonexistent/apt-get");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).isEmpty();
    }

    @Test
    void a_missing_browser_that_cannot_be_installed_is_one_line_saying_how(@TempDir Path dir) throws Exception {
        Result r = run(dir.resolve("no-chromium").toString(), "/nonexistent/apt-get");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).hasSize(1);
        assertThat(r.lines().getFirst()).contains("apt-get install -y chromium").doesNotContain("Exception");
    }

    @Test
    void the_build_runs_the_script_whenever_the_browser_is_missing() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<missing>/usr/bin/chromium</missing>").contains("scripts/ensure-chromium.sh");
    }

    private record Result(int exit, List<String> lines) {
    }

    private static Result run(String browser, String aptGet) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), browser).redirectErrorStream(true);
        pb.environment().put("SABUESO_APT_GET", aptGet);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out.lines().filter(l -> !l.isBlank()).toList());
    }
}
