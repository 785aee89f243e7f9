package org.designregistry.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.graph.GraphFactory;
import org.designregistry.model.GraphAssertions;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.designregistry.ontology.RegistryOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Running a shape's SPARQL constraints once for a batch of focus nodes leaves the report as Jena's
 * node-by-node validation makes it, and is done only for queries whose {@code $this} may be joined
 * rather than substituted.
 */
class SparqlScreenTest {

    private static final String PREFIXES =
            "PREFIX ex: <https://registry.test/ex#> "
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private static final Shapes SHAPES = Shapes.parse(RegistryOntology.shapes());
    private static final Graph TERMS = RegistryOntology.terms().getGraph();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT $this ?value WHERE { $this ex:status ?value . FILTER (?value = ex:Done) }",
                "SELECT $this WHERE { ?x ex:owns/ex:part $this FILTER NOT EXISTS { $this ex:ok"
                        + " true } }",
                "SELECT DISTINCT $this ?v WHERE { $this ex:p ?v FILTER EXISTS { { ?v ex:q $this }"
                        + " UNION { OPTIONAL { ?v ex:r ?w } } } } ORDER BY ?v"
            })
    void screensQueriesThatBindThisFirst(String query) {
        assertThat(SparqlScreen.screenable(QueryFactory.create(PREFIXES + query))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ASK { $this ex:p ?v }",
                "SELECT $this WHERE { FILTER NOT EXISTS { $this ex:p ?v } }",
                "SELECT $this WHERE { ?x ex:p ?v }",
                "SELECT $this WHERE { $this ex:p ?v OPTIONAL { ?v ex:q ?w } }",
                "SELECT $this WHERE { { $this ex:p ?v } UNION { ?v ex:q ?w } }",
                "SELECT $this WHERE { $this ex:p ?v BIND (?v AS ?w) }",
                "SELECT $this WHERE { $this ex:p ?v FILTER (!bound(?w)) }",
                "SELECT $this WHERE { $this ex:p ?v FILTER NOT EXISTS { { SELECT ?v WHERE { ?v"
                        + " ex:q $this } } } }",
                "SELECT $this WHERE { $this ex:p ?v FILTER NOT EXISTS { VALUES ?v { 1 } } }",
                "SELECT $this WHERE { $this ex:p ?v } LIMIT 1",
                "SELECT $this (COUNT(?v) AS ?n) WHERE { $this ex:p ?v } GROUP BY $this",
                "SELECT $this WHERE { $this ex:p ?v } VALUES ?v { 1 }"
            })
    void leavesOtherQueriesToJena(String query) {
        assertThat(SparqlScreen.screenable(QueryFactory.create(PREFIXES + query))).isFalse();
    }

    @Test
    void screensTheApprovalRule() {
        Shape approval =
                SHAPES.getTargetShapes().stream()
                        .filter(s -> s.getShapeNode().getURI().endsWith("ArtefactApprovalShape"))
                        .findFirst()
                        .orElseThrow();
        List<SparqlConstraint> sparql =
                approval.getConstraints().stream()
                        .filter(SparqlConstraint.class::isInstance)
                        .map(SparqlConstraint.class::cast)
                        .toList();

        assertThat(sparql).hasSize(1);
        assertThat(SparqlScreen.screenable(sparql.get(0).getQuery())).isTrue();
    }

    /**
     * The MHHS sample, with its approved artefacts, plus one broken sample: the whole report, and
     * that of every subject, are Jena's own.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "approved-without-decision.ttl",
                "approved-by-rejecting-decision.ttl",
                "approved-by-working-group.ttl",
                "artefact-without-owner.ttl"
            })
    void reportsWhatJenaReportsNodeByNode(String file) {
        Graph data = GraphFactory.createDefaultGraph();
        try (Registry registry = Registries.createInMemory()) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            GraphAssertions.contents(registry).find().forEach(data::add);
        }
        RDFDataMgr.read(data, "samples/invalid/" + file);
        Graph graph = new Union(data, TERMS);
        RegistryValidator validator = RegistryValidator.forShapes(RegistryOntology.shapes());

        List<Violation> jena =
                ShaclValidator.get().validate(SHAPES, graph).getEntries().stream()
                        .map(Results::violation)
                        .sorted(RegistryValidator.ORDER)
                        .toList();
        List<Node> subjects = data.find().toList().stream().map(Triple::getSubject).toList();

        assertThat(jena).isNotEmpty();
        assertThat(validator.validate(graph).violations()).isEqualTo(jena);
        assertThat(validator.validate(graph, subjects).violations()).isEqualTo(jena);
    }
}
