package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.designregistry.model.RegistryStats.ClassCount;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class RegistryStatsTest {

    @Test
    void countsResourcesPerClassLargestFirstWithLabelsFromTheOntology() {
        try (Registry registry = Registries.createInMemory()) {
            registry.loadSources(List.of(RdfSource.classpath("stats/registry.ttl")));

            RegistryStats stats = registry.stats();

            assertThat(stats.triples()).isEqualTo(15);
            assertThat(stats.classes())
                    .containsExactly(
                            new ClassCount(DR.BusinessProcess.getURI(), "business process", 3),
                            new ClassCount(DR.Interface.getURI(), "interface", 2),
                            new ClassCount("https://registry.test/vocab#Gadget", "Gadget", 1),
                            new ClassCount(DR.GoverningBody.getURI(), "governing body", 1),
                            new ClassCount(DR.WorkingGroup.getURI(), "working group", 1));
            assertThat(stats.count(DR.BusinessProcess.getURI())).isEqualTo(3);
            assertThat(stats.count(DR.Decision.getURI())).isZero();
        }
    }

    @Test
    void emptyRegistryHasNoClasses() {
        try (Registry registry = Registries.createInMemory()) {
            assertThat(registry.stats()).isEqualTo(new RegistryStats(0, List.of()));
        }
    }
}
