package org.designregistry.model.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.catalog.Concept;
import org.designregistry.model.catalog.ResourceRef;
import org.designregistry.model.vocabulary.Term.Kind;
import org.designregistry.model.vocabulary.Term.TermGroup;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final String EX = "https://registry.test/id/";

    private static Registry registry;
    private static Vocabulary vocabulary;

    @BeforeAll
    static void load() {
        registry = Registries.createInMemory();
        // Written around the shapes: the vocabulary reads any data, valid or not.
        Txn.executeWrite(
                registry.dataset(),
                () -> {
                    Graph data = registry.dataset().getDefaultGraph();
                    for (int i = 1; i <= 3; i++) {
                        data.add(
                                NodeFactory.createURI(EX + "artefact/A" + i),
                                NodeFactory.createURI(DR.NS + "status"),
                                NodeFactory.createURI(Vocabularies.STATUS_NS + "Draft"));
                    }
                });
        vocabulary = Vocabulary.of(registry);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void describesAConceptWithItsSchemeAndDefinition() {
        Term draft = vocabulary.term(Vocabularies.STATUS_NS + "Draft").orElseThrow();

        assertThat(draft.label()).isEqualTo("Draft");
        assertThat(draft.kind()).isEqualTo(Kind.CONCEPT);
        assertThat(draft.definition()).isNotBlank();
        assertThat(group(draft, "Scheme")).extracting(Concept::label).containsExactly("Statuses");
    }

    @Test
    void listsASchemesConceptsAndAClassesNarrowerClasses() {
        Term statuses = vocabulary.term(DR.NS + "Statuses").orElseThrow();
        Term artefact = vocabulary.term(DR.NS + "DesignArtefact").orElseThrow();

        assertThat(statuses.kind()).isEqualTo(Kind.SCHEME);
        assertThat(group(statuses, "Concepts"))
                .extracting(Concept::label)
                .contains("Draft", "Approved");
        assertThat(artefact.kind()).isEqualTo(Kind.CLASS);
        assertThat(artefact.related()).extracting(TermGroup::label).contains("Relations from it");
    }

    @Test
    void describesARelationWithItsInverse() {
        Term carries = vocabulary.term(DR.NS + "carries").orElseThrow();

        assertThat(carries.kind()).isEqualTo(Kind.RELATION);
        assertThat(group(carries, "Inverse"))
                .extracting(Concept::iri)
                .contains(DR.NS + "carriedBy");
    }

    @Test
    void pagesTheResourcesThatUseAConcept() {
        TermUsage first = vocabulary.usage(Vocabularies.STATUS_NS + "Draft", 0, 2);
        TermUsage rest = vocabulary.usage(Vocabularies.STATUS_NS + "Draft", 2, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.resources())
                .extracting(ResourceRef::iri)
                .containsExactly(EX + "artefact/A1", EX + "artefact/A2");
        assertThat(rest.resources())
                .extracting(ResourceRef::iri)
                .containsExactly(EX + "artefact/A3");
        assertThat(vocabulary.usage(Vocabularies.STATUS_NS + "Approved", 0, 10).total()).isZero();
    }

    @Test
    void knowsItsTermsAndNothingElse() {
        assertThat(Vocabulary.isTerm(Vocabularies.STATUS_NS + "Draft")).isTrue();
        assertThat(Vocabulary.isTerm(EX + "artefact/A1")).isFalse();
        assertThat(vocabulary.term("https://example.test/nothing")).isEmpty();
        assertThatThrownBy(() -> vocabulary.usage("https://example.test/nothing", 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://example.test/nothing");
    }

    @Test
    void groupsEveryTermForTheIndex() {
        assertThat(vocabulary.index())
                .extracting(TermGroup::label)
                .contains("Statuses", "Design phases", "Classes", "Relations", "Properties");
    }

    private static List<Concept> group(Term term, String label) {
        return term.related().stream()
                .filter(g -> g.label().equals(label))
                .findFirst()
                .map(TermGroup::terms)
                .orElse(List.of());
    }
}
