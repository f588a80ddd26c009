package org.outagedesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules respect each other's boundaries; their documentation goes to target/spring-modulith-docs. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(OutageDeskApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
