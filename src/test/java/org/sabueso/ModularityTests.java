package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module diagram in docs/ is written from the code by every
 * build: PlantUML files under docs/modules/ and a Mermaid drawing (docs/modules/modules.mmd) that
 * docs/architecture.md must carry as it is, so the architecture page cannot drift from the code.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SabuesoApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void writes_module_documentation() throws IOException {
        new Documenter(MODULES, DOCS.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Files.writeString(DOCS.resolve("modules.mmd"), mermaid());
        assertThat(DOCS.resolve("components.puml")).exists();
    }

    @Test
    void the_architecture_page_carries_the_generated_diagram() throws IOException {
        String page = Files.readString(Path.of("docs/architecture.md"));
        assertThat(page).as("docs/architecture.md holds docs/modules/modules.mmd as generated; copy it in")
                .contains("```mermaid\n" + mermaid() + "```");
    }

    /**
     * Modules as boxes; a solid arrow where one calls another's API, a dotted one where it only
     * listens to its events. Arrows to {@code shared} are left out: every module uses its value types.
     */
    static String mermaid() {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        List<ApplicationModule> modules = MODULES.stream()
                .sorted(Comparator.comparing(m -> m.getIdentifier().toString())).toList();
        for (ApplicationModule m : modules) {
            out.append("  ").append(id(m)).append("[").append(m.getIdentifier()).append("]\n");
        }
        for (ApplicationModule m : modules) {
            var dependencies = m.getDirectDependencies(MODULES);
            TreeSet<String> calls = new TreeSet<>();
            TreeSet<String> listens = new TreeSet<>();
            dependencies.stream().filter(d -> !d.getTargetModule().getIdentifier().toString().equals("shared")).forEach(d -> {
                String target = id(d.getTargetModule());
                if (d.getDependencyType() == DependencyType.EVENT_LISTENER) {
                    listens.add(target);
                } else {
                    calls.add(target);
                }
            });
            listens.removeAll(calls);
            calls.forEach(t -> out.append("  ").append(id(m)).append(" --> ").append(t).append('\n'));
            listens.forEach(t -> out.append("  ").append(id(m)).append(" -. listens .-> ").append(t).append('\n'));
        }
        return out.toString();
    }

    private static String id(ApplicationModule m) {
        return m.getIdentifier().toString().replace('.', '_');
    }
}
