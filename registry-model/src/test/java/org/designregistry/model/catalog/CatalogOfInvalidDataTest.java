package org.designregistry.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.Test;

/** The catalog reads data that breaks the shapes without failing, giving the empty values. */
class CatalogOfInvalidDataTest {

    private static final String TURTLE =
            """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

            <https://registry.test/id/artefact/X> a dr:DesignArtefact ;
                dcterms:identifier "X" ;
                owl:versionInfo "2" , "1" ;
                dr:illustrative "yes" .

            <https://registry.test/id/decision/D> a dr:Decision ;
                rdfs:label "Undated" ;
                dcterms:date "soon" ;
                dr:approves <https://registry.test/id/artefact/X> .
            """;

    @Test
    void readsMissingValuesAsEmptyAndSeveralValuesAsTheSmallest() {
        try (Registry registry = Registries.createInMemory()) {
            registry.load(
                    new ByteArrayInputStream(TURTLE.getBytes(StandardCharsets.UTF_8)),
                    RdfFormat.TURTLE,
                    "invalid.ttl");
            Catalog catalog = registry.catalog();

            Artefact artefact = catalog.artefact("X").orElseThrow();
            assertThat(artefact.title()).isEmpty();
            assertThat(artefact.type()).isEqualTo(Concept.NONE);
            assertThat(artefact.type().isPresent()).isFalse();
            assertThat(artefact.phase()).isEqualTo(Concept.NONE);
            assertThat(artefact.status()).isEqualTo(Concept.NONE);
            assertThat(artefact.version()).isEqualTo("1");
            assertThat(artefact.owners()).isEmpty();
            assertThat(artefact.illustrative()).isFalse();

            Decision decision = catalog.decisions().get(0);
            assertThat(decision.date()).isEmpty();
            assertThat(decision.madeBy()).isEqualTo(ResourceRef.NONE);
            assertThat(decision.madeBy().isPresent()).isFalse();
            assertThat(decision.outcome()).isEqualTo(Concept.NONE);
            assertThat(decision.approves()).extracting(ResourceRef::label).containsExactly("X");
        }
    }
}
