package org.designregistry.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.junit.jupiter.api.Test;

/**
 * An index kept up to date commit by commit holds exactly what a rebuild from the same store holds:
 * the same documents, stored fields, terms and facet values.
 */
class ReindexTest {

    private static final String PREFIXES =
            """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX dr: <https://w3id.org/design-registry#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX drstatus: <https://w3id.org/design-registry/status/>
            PREFIX interface: <https://registry.mhhs.example/id/interface/>
            PREFIX artefact: <https://registry.mhhs.example/id/artefact/>
            PREFIX workstream: <https://registry.mhhs.example/id/workstream/>
            PREFIX data-item: <https://registry.mhhs.example/id/data-item/>
            """;

    @Test
    void theIncrementalIndexEqualsARebuildAfterManyWrites() {
        try (Registry registry = Registries.createInMemory()) {
            // Index first, then write file by file and edit, so every change goes incrementally.
            assertThat(registry.search().size()).isZero();
            for (RdfSource file : RdfSource.classpathManifest(SearchFixtures.MHHS)) {
                registry.loadSources(List.of(file));
            }
            update(
                    registry,
                    "DELETE { interface:IF-041 rdfs:label ?l } INSERT { interface:IF-041 rdfs:label"
                            + " \"Meter Register Readings\" ; skos:altLabel \"Register reads\" ;"
                            + " dcterms:description \"Readings of a meter's registers.\" } WHERE {"
                            + " interface:IF-041 rdfs:label ?l }");
            update(registry, "DELETE WHERE { data-item:DI-037 ?p ?o }");
            update(
                    registry,
                    "DELETE { workstream:UMS rdfs:label ?l } INSERT { workstream:UMS rdfs:label"
                            + " \"Unmetered\" } WHERE { workstream:UMS rdfs:label ?l }");
            update(
                    registry,
                    "DELETE { artefact:DES138 dr:status ?s } INSERT { artefact:DES138 dr:status"
                            + " drstatus:Superseded } WHERE { artefact:DES138 dr:status ?s }");
            update(registry, "INSERT DATA { workstream:Smart dr:ownerOf interface:IF-001 }");

            IndexContents incremental = IndexContents.of(registry.search());
            int rebuilt = registry.search().rebuild();
            IndexContents rebuild = IndexContents.of(registry.search());

            assertThat(rebuilt).isEqualTo(incremental.resources().size());
            assertThat(incremental.resources()).isEqualTo(rebuild.resources());
            assertThat(incremental.stored()).isEqualTo(rebuild.stored());
            assertThat(incremental.postings().keySet()).isEqualTo(rebuild.postings().keySet());
            incremental
                    .postings()
                    .forEach(
                            (field, terms) ->
                                    assertThat(terms)
                                            .as(field)
                                            .isEqualTo(rebuild.postings().get(field)));
            // The edits are there, so the comparison compared something.
            assertThat(incremental.resources())
                    .doesNotContain("https://registry.mhhs.example/id/data-item/DI-037")
                    .hasSizeGreaterThan(700);
            assertThat(
                            incremental.holders(
                                    Fields.CONTEXT, Analyzers.englishTerms("Unmetered").get(0)))
                    .hasSizeGreaterThan(10);
            assertThat(
                            incremental.holders(
                                    Fields.ALT_LABEL, Analyzers.englishTerms("register").get(0)))
                    .containsOnlyKeys("https://registry.mhhs.example/id/interface/IF-041");
        }
    }

    private static void update(Registry registry, String update) {
        DatasetGraph dataset = registry.dataset();
        Txn.executeWrite(dataset, () -> UpdateAction.parseExecute(PREFIXES + update, dataset));
    }
}
