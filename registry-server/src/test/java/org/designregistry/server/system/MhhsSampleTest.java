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
import org.designregistry.model.changerequest.ChangeRequestSettings;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.model.changerequest.ImpactPack;
import org.designregistry.model.changerequest.Verdict;
import org.designregistry.model.impact.ImpactAnalysis;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.Test;

class MhhsSampleTest {

    @Test
    void loadsTheSampleIntoAnEmptyRegistry() {
        try (Registry registry = Registries.createInMemory()) {
            var loaded = MhhsSample.loadIfEmpty(registry);

            assertThat(loaded).isPresent();
            assertThat(registry.stats().count(DR.BusinessProcess.getURI())).isEqualTo(120);
            // The load, IR1's freeze (its change number, time and creator), then CR004's
            // assessment (its frozen impact and the change it was computed on).
            assertThat(registry.history().latest()).isEqualTo(3);
            assertThat(registry.size()).isEqualTo(loaded.get().sizeAfter() + 5);
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
    void assessesTheWorkedChangeRequestWhoseTriageTheSampleHolds() {
        try (Registry registry = Registries.createInMemory()) {
            MhhsSample.loadIfEmpty(registry);

            ImpactPack pack =
                    ChangeRequests.of(
                                    registry,
                                    ImpactAnalysis.of(registry),
                                    "https://registry.mhhs.example/id/",
                                    ChangeRequestSettings.DEFAULTS)
                            .pack(MhhsSample.WORKED_CHANGE_REQUEST);

            assertThat(pack.impact().change()).isEqualTo(2);
            assertThat(pack.progress().triaged()).isEqualTo(4);
            assertThat(pack.progress().total()).isGreaterThan(4);
            assertThat(pack.progress().byVerdict())
                    .containsEntry(Verdict.IMPACTED, 2)
                    .containsEntry(Verdict.NEEDS_ANALYSIS, 1)
                    .containsEntry(Verdict.NOT_IMPACTED, 1);
            assertThat(pack.changeRequest().constituency().orElseThrow().identifier())
                    .isEqualTo("Supplier-Agent");
            assertThat(pack.changes()).extracting(c -> c.principal()).containsExactly("system");
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
