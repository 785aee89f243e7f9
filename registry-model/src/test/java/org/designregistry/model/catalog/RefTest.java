package org.designregistry.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RegistryException;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.RegistryOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RefTest {

    @ParameterizedTest
    @EnumSource(Ref.Kind.class)
    void parsesAndPrintsEveryKindTheSame(Ref.Kind kind) {
        String text = kind.kindName() + ":X-001";

        Ref ref = Ref.parse(text);

        assertThat(ref).isEqualTo(Ref.of(kind, "X-001"));
        assertThat(ref).hasToString(text);
        assertThat(Ref.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void parsesAndPrintsAPlainIdentifierTheSame() {
        Ref ref = Ref.parse("IF-041");

        assertThat(ref.kind()).isEmpty();
        assertThat(ref.identifier()).isEqualTo("IF-041");
        assertThat(ref).hasToString("IF-041");
    }

    @Test
    void readsTheKindIgnoringCaseAndPrintsItCanonically() {
        assertThat(Ref.parse(" Data-Item:DI-037 ")).hasToString("data-item:DI-037");
    }

    @ParameterizedTest
    @ValueSource(strings = {"widget:IF-041", "interface:", ":IF-041", "", "IF 041", "a:b:c"})
    void rejectsTextOutsideTheGrammarQuotingIt(String text) {
        assertThatThrownBy(() -> Ref.parse(text))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("expected [kind:]identifier")
                .hasMessageContaining("artefact, document, process, interface")
                .hasMessageContaining("for example interface:IF-041 or IF-041");
    }

    @Test
    void rejectsAnIdentifierOutsideTheGrammarWhenBuilt() {
        assertThatThrownBy(() -> Ref.of(Ref.Kind.PROCESS, "BP 009"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining(Ref.GRAMMAR);
    }

    @Test
    void kindsAreNamedAsInTheResourceIris() {
        assertThat(Arrays.stream(Ref.Kind.values()).map(Ref.Kind::kindName))
                .containsExactly(
                        "artefact",
                        "document",
                        "process",
                        "interface",
                        "publication",
                        "data-item",
                        "event",
                        "requirement",
                        "market-role",
                        "programme-role",
                        "workstream",
                        "body",
                        "constituency",
                        "organisation",
                        "post",
                        "person",
                        "meeting",
                        "decision",
                        "recommendation",
                        "condition",
                        "delegation",
                        "concern",
                        "change-request",
                        "baseline",
                        "element");
    }

    @Test
    void everyRegistryClassOfTheOntologyHasAKind() {
        Model ontology = RegistryOntology.ontology();
        List<Resource> classes =
                ontology.listResourcesWithProperty(RDF.type, OWL.Class).toList().stream()
                        .filter(c -> c.isURIResource())
                        .filter(c -> !c.equals(DR.PropagationDirection))
                        // Suspect links live in a graph of their own, not among the resources.
                        .filter(c -> !c.equals(DR.SuspectLink))
                        .toList();

        assertThat(classes).isNotEmpty();
        assertThat(classes)
                .allSatisfy(
                        c -> assertThat(Ref.Kind.ofClass(c.getURI())).as(c.getURI()).isPresent());
    }

    @Test
    void subclassesShareTheKindOfTheirRegistryClass() {
        assertThat(Ref.Kind.ofClass(DR.WorkingGroup.getURI())).contains(Ref.Kind.BODY);
        assertThat(Ref.Kind.ofClass(DR.NonFunctionalRequirement.getURI()))
                .contains(Ref.Kind.REQUIREMENT);
        assertThat(Ref.Kind.ofClass(ORG.Organization.getURI())).contains(Ref.Kind.ORGANISATION);
        assertThat(Ref.Kind.ofClass("https://registry.test/Other")).isEqualTo(Optional.empty());
        assertThat(Ref.Kind.DATA_ITEM.classIri()).isEqualTo(DR.DataItem.getURI());
    }
}
