package org.designregistry.model.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.imports.PlannedResource.PlannedLink;
import org.designregistry.model.imports.PlannedResource.PlannedValue;
import org.designregistry.ontology.DR;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShapeCheckedTest {

    private static final String BASE = "https://registry.test/id/";

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("resource/registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void namesTheSameGraphForTheSamePlanOnTheSameRegistry() {
        ImportPlan plan = process("Change of Meter");

        assertThat(checked(plan).sameGraph(checked(plan))).isTrue();
    }

    @Test
    void namesAnotherGraphOnceAnotherChangeIsCommitted() {
        ImportPlan plan = process("Change of Meter");
        ShapeChecked before = checked(plan);

        Txn.executeWrite(
                registry.dataset(),
                () ->
                        registry.dataset()
                                .getDefaultGraph()
                                .add(
                                        NodeFactory.createURI(BASE + "workstream/Smart"),
                                        RDFS.comment.asNode(),
                                        NodeFactory.createLiteralString("since the preview")));

        assertThat(checked(plan).sameGraph(before)).isFalse();
    }

    @Test
    void namesAnotherGraphForOtherChanges() {
        assertThat(checked(process("Change of Meter")).sameGraph(checked(process("Meter Read"))))
                .isFalse();
    }

    @Test
    void namesAnotherGraphForAValueThatDiffersOnlyInLanguageOrDatatype() {
        ShapeChecked plain = checked(process(NodeFactory.createLiteralString("Change of Meter")));

        assertThat(checked(process(NodeFactory.createLiteralLang("Change of Meter", "en"))))
                .matches(c -> !c.sameGraph(plain));
        assertThat(
                        checked(
                                process(
                                        NodeFactory.createLiteralDT(
                                                "Change of Meter",
                                                XSDDatatype.XSDnormalizedString))))
                .matches(c -> !c.sameGraph(plain));
        assertThat(checked(process(NodeFactory.createURI("urn:Change%20of%20Meter"))))
                .matches(c -> !c.sameGraph(plain));
    }

    private ShapeChecked checked(ImportPlan plan) {
        long version = registry.version();
        return Txn.calculateRead(
                registry.dataset(),
                () ->
                        ShapeChecked.of(
                                registry,
                                version,
                                PlanDiff.compute(
                                        registry.dataset().getDefaultGraph(),
                                        plan,
                                        BASE,
                                        registry.termLimits(),
                                        true)));
    }

    private static ImportPlan process(String label) {
        return process(NodeFactory.createLiteralString(label));
    }

    private static ImportPlan process(Node label) {
        Location row = Location.row("Processes", 2);
        return ImportPlan.builder("processes.csv")
                .resource(
                        new PlannedResource(
                                Ref.Kind.PROCESS,
                                "BP002",
                                row,
                                List.of(
                                        new PlannedValue(
                                                RDFS.label.asNode(),
                                                List.of(label),
                                                Location.cell("Processes", 2, "B"))),
                                List.of(
                                        new PlannedLink(
                                                DR.ownedBy.asNode(),
                                                List.of(
                                                        LinkTarget.byIdentifier(
                                                                Ref.Kind.WORKSTREAM, "Smart")),
                                                Location.cell("Processes", 2, "C"))),
                                List.of()))
                .build();
    }
}
