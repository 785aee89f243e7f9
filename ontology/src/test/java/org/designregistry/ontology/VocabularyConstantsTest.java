package org.designregistry.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Java vocabulary classes against the Turtle, in both directions, by reflection over
 * their {@code public static final} constants.
 */
class VocabularyConstantsTest {

    private static final Model TERMS = RegistryOntology.terms();

    @ParameterizedTest
    @MethodSource("vocabularyClasses")
    void everyConstantIsDeclaredInTheOntologyOrTheVocabularies(Class<?> vocabulary) {
        Map<String, Resource> constants = constants(vocabulary);
        assertThat(constants).as("constants of %s", vocabulary.getName()).isNotEmpty();

        List<String> undeclared = new ArrayList<>();
        constants.forEach(
                (name, term) -> {
                    if (!TERMS.contains(term, RDF.type, (RDFNode) null)) {
                        undeclared.add(vocabulary.getSimpleName() + "." + name + " = " + term);
                    }
                });
        assertThat(undeclared).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vocabularyClasses")
    void everyConstantIsNamedAfterItsLocalName(Class<?> vocabulary) {
        constants(vocabulary)
                .forEach(
                        (name, term) -> {
                            if (!name.equals("NAMESPACE")) {
                                assertThat(term.getURI())
                                        .as(name)
                                        .matches(
                                                uri ->
                                                        uri.endsWith("#" + name)
                                                                || uri.endsWith("/" + name),
                                                "ends with #" + name + " or /" + name);
                            }
                        });
    }

    @Test
    void everyDrTermOfTheOntologyHasAConstant() {
        Set<String> constants =
                constants(DR.class).values().stream()
                        .map(Resource::getURI)
                        .collect(Collectors.toSet());

        List<String> declared =
                RegistryOntology.ontology()
                        .listSubjectsWithProperty(RDF.type)
                        .filterKeep(Resource::isURIResource)
                        .mapWith(Resource::getURI)
                        .filterKeep(uri -> uri.startsWith(DR.NS))
                        .toList();

        assertThat(declared).hasSizeGreaterThan(50);
        assertThat(constants).containsAll(declared);
    }

    @Test
    void namespacesAreThoseOfTheTurtlePrefixes() {
        Model vocabularies = RegistryOntology.vocabularies();

        assertThat(RegistryOntology.ontology().getNsPrefixURI("dr")).isEqualTo(DR.NS);
        assertThat(RegistryOntology.ontology().getNsPrefixURI("oslc_rm")).isEqualTo(OSLCRM.NS);
        assertThat(vocabularies.getNsPrefixURI("drtype")).isEqualTo(Vocabularies.ARTEFACT_TYPE_NS);
        assertThat(vocabularies.getNsPrefixURI("drphase")).isEqualTo(Vocabularies.PHASE_NS);
        assertThat(vocabularies.getNsPrefixURI("drstatus")).isEqualTo(Vocabularies.STATUS_NS);
        assertThat(vocabularies.getNsPrefixURI("droutcome")).isEqualTo(Vocabularies.OUTCOME_NS);
        assertThat(vocabularies.getNsPrefixURI("drlevel")).isEqualTo(Vocabularies.LEVEL_NS);
        assertThat(DR.getURI()).isEqualTo(DR.NS);
        assertThat(OSLCRM.getURI()).isEqualTo(OSLCRM.NS);
    }

    static Stream<Class<?>> vocabularyClasses() {
        // Vocabularies holds its concepts in one nested class per scheme.
        return Stream.concat(
                Stream.of(DR.class, OSLCRM.class, ArchiMate.class),
                Stream.of(Vocabularies.class.getDeclaredClasses()));
    }

    /** Returns the public static final Resource (and Property) constants of a class by name. */
    static Map<String, Resource> constants(Class<?> vocabulary) {
        return Stream.of(vocabulary.getDeclaredFields())
                .filter(
                        f ->
                                Modifier.isPublic(f.getModifiers())
                                        && Modifier.isStatic(f.getModifiers())
                                        && Modifier.isFinal(f.getModifiers())
                                        && Resource.class.isAssignableFrom(f.getType()))
                .collect(Collectors.toMap(Field::getName, VocabularyConstantsTest::value));
    }

    private static Resource value(Field field) {
        try {
            return (Resource) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
