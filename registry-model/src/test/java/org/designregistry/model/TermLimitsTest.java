package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.edit.ValidatedWrites;
import org.designregistry.model.resource.ResourceDraft;
import org.designregistry.model.resource.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write route refuses a term over the registry's limits before it commits, names the limit
 * and its property, stores nothing, and leaves the registry usable.
 */
class TermLimitsTest {

    private static final String LONG_IRI = "urn:long:" + "a".repeat(40_000);

    @TempDir Path dir;

    @Test
    void refusesSparqlUpdateWithAnOverLongIri() {
        try (Registry registry = Registries.createInMemory()) {
            assertThatThrownBy(() -> update(registry, "<" + LONG_IRI + "> rdfs:label \"x\""))
                    .isInstanceOf(TermTooLongException.class)
                    .hasMessageContaining("40,009 characters")
                    .hasMessageContaining("at most 4,096")
                    .hasMessageContaining("registry.limits.max-iri-length");
            assertThat(registry.size()).isZero();

            update(registry, "<urn:short> rdfs:label \"x\"");
            assertThat(registry.size()).isOne();
        }
    }

    @Test
    void refusesALoadWithAnOverLongIriAndStoresNoneOfIt() {
        try (Registry registry = Registries.createInMemory()) {
            String turtle =
                    "<urn:ex:a> <urn:ex:p> <urn:ex:b> .\n<" + LONG_IRI + "> <urn:ex:p> \"x\" .\n";
            assertThatThrownBy(
                            () ->
                                    registry.load(
                                            new ByteArrayInputStream(
                                                    turtle.getBytes(StandardCharsets.UTF_8)),
                                            RdfFormat.TURTLE,
                                            "long.ttl"))
                    .isInstanceOf(TermTooLongException.class)
                    .hasMessageContaining("registry.limits.max-iri-length");
            assertThat(registry.size()).isZero();
        }
    }

    @Test
    void refusesAnOverLongTermInAWriteTooLargeToItemise() {
        try (Registry registry = Registries.createInMemory()) {
            assertThatThrownBy(
                            () ->
                                    registry.update(
                                            model -> {
                                                for (int i = 0; i <= Commit.ITEMISED_LIMIT; i++) {
                                                    model.getGraph()
                                                            .add(
                                                                    iri("urn:r" + i),
                                                                    RDFS.label.asNode(),
                                                                    NodeFactory.createLiteralString(
                                                                            "r"));
                                                }
                                                model.getGraph()
                                                        .add(
                                                                iri(LONG_IRI),
                                                                RDFS.label.asNode(),
                                                                NodeFactory.createLiteralString(
                                                                        "x"));
                                            }))
                    .isInstanceOf(TermTooLongException.class);
            assertThat(registry.size()).isZero();
        }
    }

    @Test
    void refusesACheckedWriteWithAnOverLongIri() {
        try (Registry registry = Registries.createInMemory()) {
            assertThatThrownBy(
                            () ->
                                    ValidatedWrites.update(
                                            registry,
                                            model ->
                                                    model.getGraph()
                                                            .add(
                                                                    iri(LONG_IRI),
                                                                    RDFS.label.asNode(),
                                                                    NodeFactory.createLiteralString(
                                                                            "x"))))
                    .isInstanceOf(TermTooLongException.class);
            assertThat(registry.size()).isZero();
        }
    }

    @Test
    void refusesLiteralsAndIdentifiersOverTheConfiguredLimits() {
        TermLimits limits = new TermLimits(100, 50, 10);
        try (Registry registry = Registries.createInMemory(limits)) {
            assertThat(registry.termLimits()).isEqualTo(limits);
            assertThatThrownBy(
                            () ->
                                    update(
                                            registry,
                                            "<urn:a> rdfs:comment \"" + "w".repeat(51) + "\""))
                    .isInstanceOf(TermTooLongException.class)
                    .hasMessageContaining("literal")
                    .hasMessageContaining("registry.limits.max-literal-length")
                    .extracting(e -> ((TermTooLongException) e).limit())
                    .isEqualTo(TermLimits.Limit.LITERAL);
            assertThatThrownBy(() -> update(registry, "<urn:a> dcterms:identifier \"ID-34567890\""))
                    .isInstanceOf(TermTooLongException.class)
                    .hasMessageContaining("registry.limits.max-identifier-length")
                    .extracting(e -> ((TermTooLongException) e).length())
                    .isEqualTo(11);
            assertThat(registry.size()).isZero();

            update(registry, "<urn:a> rdfs:comment \"" + "w".repeat(50) + "\"");
            update(registry, "<urn:a> dcterms:identifier \"ID-3456789\"");
            assertThat(registry.size()).isEqualTo(2);
        }
    }

    @Test
    void refusesAnOverLongIdentifierBeforeMintingAnIri() {
        try (Registry registry = Registries.createInMemory()) {
            Resources resources = Resources.of(registry, "https://registry.example/id/");
            String identifier = "A".repeat(10_000);
            ResourceDraft draft =
                    new ResourceDraft(
                            Optional.of(Ref.Kind.ARTEFACT),
                            Optional.of(identifier),
                            "Long",
                            List.of(),
                            List.of());
            assertThatThrownBy(() -> resources.create(draft))
                    .isInstanceOf(TermTooLongException.class)
                    .hasMessageContaining("identifier")
                    .hasMessageContaining("at most 256")
                    .hasMessageNotContaining(identifier);
            assertThat(registry.size()).isZero();
        }
    }

    @Test
    void refusesTheIssuesWriteOnDiskAndStillOpensAfterIt() throws Exception {
        try (Registry registry = Registries.connect(dir)) {
            assertThatThrownBy(() -> update(registry, "<" + LONG_IRI + "> rdfs:label \"x\""))
                    .isInstanceOf(TermTooLongException.class);
            update(registry, "<urn:kept> rdfs:label \"kept\"");
        }
        try (Registry registry = Registries.connect(dir)) {
            assertThat(registry.size()).isOne();
            assertThat(registry.search().degraded()).isEmpty();
        }
        assertThat(Files.isDirectory(dir.resolve("index"))).isTrue();
    }

    @Test
    void refusesLimitsBelowOne() {
        assertThatThrownBy(() -> new TermLimits(0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registry.limits.max-iri-length");
    }

    private static void update(Registry registry, String triples) {
        Txn.executeWrite(
                registry.dataset(),
                () ->
                        UpdateAction.parseExecute(
                                "PREFIX rdfs: <"
                                        + RDFS.getURI()
                                        + "> PREFIX dcterms: <"
                                        + DCTerms.getURI()
                                        + "> INSERT DATA { "
                                        + triples
                                        + " }",
                                registry.dataset()));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
