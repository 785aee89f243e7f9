package org.designregistry.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.RegistryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference a resource prints resolves to it, even where a resource of a subclass of its kind
 * has the same identifier (the MHHS sample's organisation DCC and constituency DCC: a constituency
 * is an organisation).
 */
class KindedReferencesTest {

    private static final String ID = "https://registry.mhhs.example/id/";
    private static Registry registry;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void resolvesAKindToTheResourceOfThatKindRatherThanOfASubclass() {
        Catalog catalog = registry.catalog();

        assertThat(catalog.resolve("organisation:DCC").map(ResourceRef::iri))
                .contains(ID + "organisation/DCC");
        assertThat(catalog.resolve("constituency:DCC").map(ResourceRef::iri))
                .contains(ID + "constituency/DCC");
        assertThatThrownBy(() -> catalog.resolve("DCC"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("ambiguous");
    }

    @Test
    void everyPrintedReferenceOfTheSampleResolvesToItsResource() {
        Catalog catalog = registry.catalog();
        List<String> identifiers =
                Txn.calculateRead(
                        registry.dataset(),
                        () ->
                                registry.dataset()
                                        .getDefaultGraph()
                                        .find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY)
                                        .mapWith(t -> t.getObject().getLiteralLexicalForm())
                                        .toList());
        int checked = 0;
        for (String identifier : identifiers) {
            for (ResourceRef resource : catalog.find(Ref.of(identifier))) {
                if (resource.ref().isPresent()) {
                    assertThat(catalog.resolve(resource.ref().get()))
                            .as("%s", resource.ref().get())
                            .contains(resource);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(700);
    }
}
