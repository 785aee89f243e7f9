package org.designregistry.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.system.buffering.BufferingGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.validation.ValidationReport.Severity;
import org.designregistry.model.validation.ValidationReport.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's own shapes, run by {@link Registry#validate()} over the data and the terms: one
 * valid fixture, and each test breaks one field and checks that the report names it.
 */
class RegistryValidationTest {

    private static final String PREFIXES =
            """
            PREFIX artefact: <https://registry.test/id/artefact/>
            PREFIX body: <https://registry.test/id/body/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX decision: <https://registry.test/id/decision/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX drlevel: <https://w3id.org/design-registry/level/>
            """;
    private static final String DES138 = "https://registry.test/id/artefact/DES138";

    private final Registry registry = Registries.createInMemory();

    @BeforeEach
    void load() {
        registry.loadSources(List.of(RdfSource.classpath("validation/valid-registry.ttl")));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void validFixtureConformsBecauseTheTermsAreReadWithTheData() {
        ValidationReport report = registry.validate();

        assertThat(report.violations()).isEmpty();
        assertThat(report.conforms()).isTrue();
        // The concept schemes that the shapes check against are not copied into the data.
        assertThat(registry.stats().count("http://www.w3.org/2004/02/skos/core#Concept")).isZero();
    }

    @Test
    void validatesADraftOverTheDataWithoutChangingTheStore() {
        Node des138 = NodeFactory.createURI(DES138);
        ValidationReport draft =
                Txn.calculateRead(
                        registry.dataset(),
                        () -> {
                            Graph buffered =
                                    new BufferingGraph(registry.dataset().getDefaultGraph());
                            buffered.find(des138, DCTerms.title.asNode(), Node.ANY)
                                    .toList()
                                    .forEach(buffered::delete);
                            return registry.validate(buffered);
                        });

        assertThat(draft.violations())
                .extracting(Violation::focusNode, Violation::path)
                .containsExactly(tuple(DES138, "dcterms:title"));
        assertThat(registry.validate().violations()).isEmpty();
    }

    @Test
    void reportsAnArtefactWithoutTitleOnItsTitle() {
        update("DELETE WHERE { artefact:DES138 dcterms:title ?title }");

        assertThat(registry.validate().violations())
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.focusNode()).isEqualTo(DES138);
                            assertThat(v.path()).isEqualTo("dcterms:title");
                            assertThat(v.severity()).isEqualTo(Severity.VIOLATION);
                            assertThat(v.message()).contains("title");
                            assertThat(v.sourceShape()).isNotEmpty();
                        });
    }

    @Test
    void reportsAStatusOutsideTheStatusSchemeWithItsValue() {
        update(
                "DELETE { artefact:DES138 dr:status ?s } INSERT { artefact:DES138 dr:status"
                        + " drlevel:Level3 } WHERE { artefact:DES138 dr:status ?s }");

        assertThat(registry.validate().violations())
                .filteredOn(v -> v.path().equals("dr:status"))
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.focusNode()).isEqualTo(DES138);
                            assertThat(v.value())
                                    .isEqualTo("https://w3id.org/design-registry/level/Level3");
                            assertThat(v.message()).contains("status");
                        });
    }

    @Test
    void printsAlternativePathsInSparqlSyntax() {
        update(
                "DELETE { artefact:DES138 dr:producedBy ?g } INSERT { artefact:DES138"
                        + " dr:producedBy body:DAG } WHERE { artefact:DES138 dr:producedBy ?g }");

        assertThat(registry.validate().violations())
                .extracting(Violation::focusNode, Violation::path)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(DES138, "dr:producedBy|^dr:produces"));
    }

    @Test
    void reportsAnApprovalByABodyBelowTheTypesApprovalLevel() {
        update(
                "DELETE { decision:DAG-2021-11-17-01 dr:madeBy ?b } INSERT {"
                        + " decision:DAG-2021-11-17-01 dr:madeBy body:BPRWG } WHERE {"
                        + " decision:DAG-2021-11-17-01 dr:madeBy ?b }");

        ValidationReport report = registry.validate();

        assertThat(report.conforms()).isFalse();
        assertThat(report.violations())
                .anySatisfy(
                        v -> {
                            assertThat(v.focusNode()).isEqualTo(DES138);
                            assertThat(v.message()).contains("approving decision");
                        });
    }

    private void update(String update) {
        Txn.executeWrite(
                registry.dataset(),
                () -> UpdateExec.dataset(registry.dataset()).update(PREFIXES + update).execute());
    }
}
