package id.migrasiaman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import modularitysample.broken.Sample;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; its sub-packages are internal unless marked as a named
 * interface. Fails on a cycle between modules or on a reference into another module's internals,
 * and writes the module diagrams and canvases to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(BotApplication.class);

    /** The sample applications live in test sources, which the bot's own check leaves out. */
    static final ImportOption SAMPLES = location -> location.contains("modularitysample");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(MODULES.stream().map(module -> module.getName()))
                .contains("conversation", "knowledge", "reports", "telegram", "tools");
    }

    @Test
    void aModuleThatUsesOnlyAnotherModulesApiPasses() {
        assertThatCode(
                        () ->
                                ApplicationModules.of(modularitysample.valid.Sample.class, SAMPLES)
                                        .verify())
                .doesNotThrowAnyException();
    }

    @Test
    void aModuleThatReachesIntoAnotherModulesSubPackageFails() {
        assertThatThrownBy(() -> ApplicationModules.of(Sample.class, SAMPLES).verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Module 'billing' depends on non-exposed type")
                .hasMessageContaining("modularitysample.broken.orders.internal.OrderLines");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).satisfies(Files::exists);
    }
}
