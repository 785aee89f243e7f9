package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baseline;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class MhhsSampleTest {

    @Test
    void loadsTheSampleIntoAnEmptyRegistry() {
        try (Registry registry = Registries.createInMemory()) {
            var loaded = MhhsSample.loadIfEmpty(registry);

            assertThat(loaded).isPresent();
            assertThat(registry.stats().count(DR.BusinessProcess.getURI())).isEqualTo(120);
            // The load, then IR1's freeze: its change number, time and creator.
            assertThat(registry.history().latest()).isEqualTo(2);
            assertThat(registry.size()).isEqualTo(loaded.get().sizeAfter() + 3);
        }
    }

    @Test
    void freezesTheSampleBaselineIr1AsLoaded() {
        try (Registry registry = Registries.createInMemory()) {
            MhhsSample.loadIfEmpty(registry);

            Baseline ir1 = Baselines.of(registry, "https://registry.mhhs.example/id/").get("IR1");

            assertThat(ir1.iri()).isEqualTo(MhhsSample.IR1);
            assertThat(ir1.change()).isEqualTo(1);
            assertThat(ir1.creator()).isEqualTo("system");
            boolean holdsIr1 =
                    Baselines.of(registry, "https://registry.mhhs.example/id/")
                            .read(
                                    "IR1",
                                    g ->
                                            g.contains(
                                                    NodeFactory.createURI(MhhsSample.IR1),
                                                    DCTerms.hasPart.asNode(),
                                                    Node.ANY));
            assertThat(holdsIr1).isTrue();
        }
    }

    @Test
    void leavesARegistryThatHoldsDataAlone() {
        try (Registry registry = Registries.createInMemory()) {
            String oneTriple =
                    "<https://registry.example/id/a>"
                            + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
                            + " <https://w3id.org/design-registry#Workstream> .";
            registry.load(
                    new ByteArrayInputStream(oneTriple.getBytes(StandardCharsets.UTF_8)),
                    RdfFormat.N_TRIPLES,
                    "one.nt");

            assertThat(MhhsSample.loadIfEmpty(registry)).isEmpty();
            assertThat(registry.size()).isEqualTo(1);
        }
    }
}
