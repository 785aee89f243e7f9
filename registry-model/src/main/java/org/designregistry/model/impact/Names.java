package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.designregistry.model.RegistryPrefixes;
import org.designregistry.model.catalog.Ref;
import org.designregistry.model.internal.ClassHierarchy;
import org.designregistry.model.internal.Labels;

/**
 * Turns the names a person gives for relations and classes (IRIs, prefixed names such as {@code
 * dr:carries}, local names such as {@code carries}, reference kinds such as {@code interface}) into
 * the index's numbers.
 */
final class Names {

    private Names() {}

    /**
     * Returns, per relation number, whether the walk may follow it; null when every relation may.
     *
     * @throws IllegalArgumentException naming the relations that carry change if a name matches
     *     none of them
     */
    static boolean[] relations(ImpactIndex index, Collection<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        List<ImpactIndex.Relation> relations = index.relations();
        boolean[] allowed = new boolean[relations.size()];
        for (String name : names) {
            String iri = expand(name);
            boolean found = false;
            for (int i = 0; i < relations.size(); i++) {
                ImpactIndex.Relation r = relations.get(i);
                if (matches(iri, name, r.iri()) || matches(iri, name, r.inverseIri())) {
                    allowed[i] = true;
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(
                        "Unknown relation '"
                                + name
                                + "': it does not carry change; give one of "
                                + relations.stream()
                                        .flatMap(
                                                r ->
                                                        r.inverseIri().isEmpty()
                                                                ? java.util.stream.Stream.of(
                                                                        r.iri())
                                                                : java.util.stream.Stream.of(
                                                                        r.iri(), r.inverseIri()))
                                        .map(Names::shorten)
                                        .collect(Collectors.joining(", ")));
            }
        }
        return allowed;
    }

    /**
     * Returns, per type number of the index, whether the walk may enter resources of that type;
     * null when it may enter any. A resource with several types may be entered when any of them, or
     * a class above one, is asked for.
     *
     * @throws IllegalArgumentException if a name matches no class
     */
    static boolean[] types(ImpactIndex index, Graph dataWithTerms, Collection<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        Set<String> wanted = classes(dataWithTerms, names);
        String[] typeIris = index.typeIris();
        boolean[] allowed = new boolean[typeIris.length];
        for (int t = 0; t < typeIris.length; t++) {
            for (String type : TypeSignature.classes(typeIris[t])) {
                Set<String> supers = ClassHierarchy.superClassIris(dataWithTerms, type);
                allowed[t] |= supers.stream().anyMatch(wanted::contains);
            }
        }
        return allowed;
    }

    /**
     * Returns the class IRIs the names stand for.
     *
     * @throws IllegalArgumentException if a name matches no class
     */
    static Set<String> classes(Graph dataWithTerms, Collection<String> names) {
        Set<String> known = new LinkedHashSet<>();
        dataWithTerms
                .find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode())
                .forEach(t -> known.add(t.getSubject().toString()));
        Set<String> result = new LinkedHashSet<>();
        for (String name : names) {
            Optional<Ref.Kind> kind = Ref.Kind.fromName(name);
            if (kind.isPresent()) {
                result.addAll(kind.get().classIris());
                continue;
            }
            String iri = expand(name);
            List<String> matching = new ArrayList<>();
            for (String c : known) {
                if (matches(iri, name, c)) {
                    matching.add(c);
                }
            }
            if (matching.isEmpty() && (iri.contains("://") || iri.startsWith("urn:"))) {
                matching.add(iri);
            }
            if (matching.isEmpty()) {
                throw new IllegalArgumentException(
                        "Unknown type '"
                                + name
                                + "': give a class such as Interface, dr:DataItem or its IRI, or a"
                                + " reference kind such as "
                                + java.util.Arrays.stream(Ref.Kind.values())
                                        .limit(4)
                                        .map(Ref.Kind::kindName)
                                        .collect(Collectors.joining(", ")));
            }
            result.addAll(matching);
        }
        return result;
    }

    /** Returns the IRI a prefixed name stands for, or the text unchanged. */
    static String expand(String name) {
        String text = name.strip();
        int colon = text.indexOf(':');
        if (colon > 0 && !text.contains("://")) {
            String ns = RegistryPrefixes.asMap().get(text.substring(0, colon));
            if (ns != null) {
                return ns + text.substring(colon + 1);
            }
        }
        return text;
    }

    /** Returns the IRI as a prefixed name where a standard prefix fits. */
    static String shorten(String iri) {
        return RegistryPrefixes.mapping().shortForm(iri);
    }

    private static boolean matches(String expanded, String name, String iri) {
        if (iri.isEmpty()) {
            return false;
        }
        if (iri.equals(expanded)) {
            return true;
        }
        String stripped = name.strip();
        return !stripped.contains(":")
                && Labels.localName(iri)
                        .toLowerCase(Locale.ROOT)
                        .equals(stripped.toLowerCase(Locale.ROOT));
    }
}
