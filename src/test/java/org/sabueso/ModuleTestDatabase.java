package org.sabueso;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The embedded database for an {@code @ApplicationModuleTest}. Its configuration lives in the
 * root package, outside every module, so a module's slice does not scan it; a module test imports
 * this and names a data directory of its own ({@code sabueso.data-dir}), as the context of the
 * integration tests holds target/test-data.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DatabaseConfiguration.class)
public class ModuleTestDatabase {
}
