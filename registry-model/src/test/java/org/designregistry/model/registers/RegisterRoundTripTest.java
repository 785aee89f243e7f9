package org.designregistry.model.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.edit.WriteRights;
import org.designregistry.model.imports.ImportPlan;
import org.designregistry.model.imports.ImportPreview;
import org.designregistry.model.imports.Imports;
import org.designregistry.model.table.TableFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every shipped register exported from the MHHS sample, in both formats, imports as no change. */
class RegisterRoundTripTest {

    static final String BASE = "https://registry.mhhs.example/id/";

    @TempDir static Path dir;

    private static Registry registry;

    @BeforeAll
    static void load() {
        registry = Registries.connect(dir.resolve("store"));
        registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    static final java.util.List<String> SHIPPED = RegisterMappings.SHIPPED;

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void exportThenImportOfEachShippedRegisterChangesNothingAsXlsx(String name) throws Exception {
        assertRoundTrip(name, TableFormat.XLSX);
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void exportThenImportOfEachShippedRegisterChangesNothingAsCsv(String name) throws Exception {
        assertRoundTrip(name, TableFormat.CSV);
    }

    private static void assertRoundTrip(String name, TableFormat format) throws Exception {
        RegisterMapping mapping = RegisterMappings.shipped().get(name).orElseThrow();
        Path file = dir.resolve(name + "." + format.extension());
        long rows;
        try (OutputStream out = Files.newOutputStream(file)) {
            rows = RegisterExporter.write(registry, mapping, format, out);
        }
        long before = registry.size();

        ImportPlan plan =
                RegisterReader.read(
                        file, file.getFileName().toString(), mapping, ReadProgress.NONE);
        ImportPreview preview =
                Imports.of(registry, BASE, WriteRights.unrestricted()).preview(plan);

        assertThat(rows).as("rows exported").isPositive();
        assertThat(plan.resources()).hasSize((int) rows);
        assertThat(preview.refusals()).isEmpty();
        assertThat(preview.items())
                .filteredOn(
                        i ->
                                i.outcome()
                                        != org.designregistry.model.imports.ItemPreview.Outcome
                                                .UNCHANGED)
                .isEmpty();
        assertThat(registry.size()).isEqualTo(before);
    }
}
