package org.sabueso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;

/**
 * Tools live apart from the domain: no module depends on {@code org.sabueso.tools}, and where a
 * bench reaches inside a module it is through that module's one probe type, nothing else.
 */
class ToolsApartTest {

    private static final List<String> PROBES = List.of("org.sabueso.screening.internal.EngineProbe",
            "org.sabueso.network.internal.GraphProbe", "org.sabueso.tip.internal.ReceiptProbe");

    @Test
    void no_module_depends_on_the_tools() {
        assertThat(ModularityTests.MODULES.stream()
                .filter(m -> !m.getBasePackage().getName().equals("org.sabueso.tools"))
                .filter(m -> m.getDirectDependencies(ModularityTests.MODULES).stream()
                        .anyMatch(d -> d.getTargetModule().getBasePackage().getName().equals("org.sabueso.tools")))
                .map(ApplicationModule::getDisplayName)).isEmpty();
    }

    @Test
    void the_tools_reach_inside_a_module_only_through_its_probe() {
        ApplicationModule tools = ModularityTests.MODULES.stream()
                .filter(m -> m.getBasePackage().getName().equals("org.sabueso.tools")).findFirst().orElseThrow();
        assertThat(tools.getDirectDependencies(ModularityTests.MODULES).stream()
                .map(ApplicationModuleDependency::getTargetType)
                .map(t -> t.getName().replaceAll("\\$.*", ""))
                .filter(name -> name.contains(".internal.") || name.contains(".web."))
                .distinct()).containsExactlyInAnyOrderElementsOf(PROBES);
    }
}
