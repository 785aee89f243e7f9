package org.designregistry.model.search;

import java.util.List;
import org.designregistry.model.RdfFormat;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.search.SearchResult.Hit;

/** Registries and small helpers shared by the search tests. */
final class SearchFixtures {

    static final String MHHS = "samples/mhhs/manifest.ttl";

    private SearchFixtures() {}

    /** Returns a new in-memory registry holding the MHHS sample. */
    static Registry mhhs() {
        Registry registry = Registries.createInMemory();
        registry.loadSources(RdfSource.classpathManifest(MHHS));
        return registry;
    }

    /** Returns a new in-memory registry holding a Turtle file of {@code search/}. */
    static Registry fixture(String name) {
        Registry registry = Registries.createInMemory();
        registry.loadSources(List.of(RdfSource.classpath("search/" + name)));
        return registry;
    }

    /** Returns the identifiers of the first page of hits for {@code text}. */
    static List<String> identifiers(Registry registry, String text) {
        return hits(registry, text).stream().map(Hit::identifier).toList();
    }

    /** Returns the first page of hits for {@code text}. */
    static List<Hit> hits(Registry registry, String text) {
        return registry.search().search(SearchQuery.of(text)).hits();
    }

    /** Returns Turtle prefixes and the body as one classpath-free source. */
    static RdfSource turtle(String name, String body) {
        String text =
                """
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix dr: <https://w3id.org/design-registry#> .
                @prefix ex: <https://registry.example/id/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                """
                        + body;
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return RdfSource.stream(
                name, () -> new java.io.ByteArrayInputStream(bytes), RdfFormat.TURTLE);
    }
}
