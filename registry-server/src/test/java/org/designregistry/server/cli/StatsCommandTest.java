package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryStats;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    @TempDir Path temp;

    @Test
    void countsTheMhhsSample() {
        Path data = temp.resolve("data");
        RegistryStats expected;
        try (Registry registry = Registries.connect(data)) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            expected = registry.stats();
        }

        CliRun stats = CliRun.of("stats", "--data", data);

        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        assertThat(stats.out().lines())
                .anySatisfy(
                        line -> assertThat(line).contains("dr:BusinessProcess").endsWith(" 120"))
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("Triples")
                                        .endsWith(" " + Text.number(expected.triples())));
        for (RegistryStats.ClassCount c : expected.classes()) {
            assertThat(stats.out()).contains(c.label());
        }
        assertThat(expected.count(DR.BusinessProcess.getURI())).isEqualTo(120);
    }

    @Test
    void saysWhenTheRegistryIsEmpty() {
        Path data = temp.resolve("data");
        Registries.connect(data).close();

        CliRun stats = CliRun.of("stats", "--data", data);

        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains("The registry is empty: 0 triples.");
    }

    @Test
    void refusesAFolderThatDoesNotExistAndDoesNotCreateIt() {
        Path missing = temp.resolve("missing");

        CliRun stats = CliRun.of("stats", "--data", missing);

        assertThat(stats.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(stats.err().lines()).hasSize(1);
        assertThat(stats.err()).startsWith("registry stats: No registry at " + missing);
        assertThat(missing).doesNotExist();
    }
}
