package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.designregistry.model.catalog.Artefact;
import org.designregistry.model.catalog.Catalog;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.validation.ValidationReport;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MHHS sample from the {@code samples} jar, loaded through its manifest into a store on disk.
 */
class MhhsSampleRegistryTest {

    private static final String MANIFEST = "samples/mhhs/manifest.ttl";

    @TempDir static Path dir;

    private static Registry registry;

    @BeforeAll
    static void load() {
        registry = Registries.connect(dir.resolve("mhhs"));
        registry.loadSources(RdfSource.classpathManifest(MANIFEST));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void manifestListsTheSampleFilesInAStableOrder() {
        List<String> names =
                RdfSource.classpathManifest(MANIFEST).stream().map(RdfSource::name).toList();

        assertThat(names).isSorted().contains("samples/mhhs/processes.ttl").hasSize(10);
    }

    @Test
    void conformsToTheRegistryShapes() {
        ValidationReport report = registry.validate();

        assertThat(report.violations()).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void hasTheDesignOfTheFirstDag() {
        RegistryStats stats = registry.stats();

        assertThat(stats.count(DR.BusinessProcess.getURI())).isEqualTo(120);
        assertThat(stats.count(DR.Workstream.getURI())).isEqualTo(5);
        assertThat(stats.triples()).isEqualTo(registry.size());
    }

    @Test
    void catalogFindsTheResourcesTheDocumentationNames() {
        Catalog catalog = registry.catalog();

        assertThat(catalog.resolve("data-item:DI-037"))
                .map(ResourceRef::typeIri)
                .contains(DR.DataItem.getURI());
        assertThat(catalog.resolve("interface:IF-041"))
                .map(ResourceRef::typeIri)
                .contains(DR.Interface.getURI());
        assertThat(catalog.resolve("process:BP009"))
                .map(ResourceRef::typeIri)
                .contains(DR.BusinessProcess.getURI());
        assertThat(catalog.artefact("DES138"))
                .map(Artefact::type)
                .map(type -> type.label())
                .contains("Interface List");
    }

    @Test
    void catalogListsEveryProcessAndWorkstream() {
        Catalog catalog = registry.catalog();

        assertThat(catalog.processes()).hasSize(120);
        assertThat(catalog.workstreams()).hasSize(5);
        assertThat(catalog.processes()).allSatisfy(p -> assertThat(p.owners()).isNotEmpty());
    }
}
