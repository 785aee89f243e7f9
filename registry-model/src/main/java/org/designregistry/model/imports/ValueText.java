package org.designregistry.model.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.designregistry.model.RegistryPrefixes;

/** Writes property names and values for people: prefixed names, texts, identifiers. */
final class ValueText {

    private static final PrefixMapping PREFIXES = RegistryPrefixes.mapping();

    private final Graph data;

    // The same values (a status, a type, a body) recur on many rows: each is looked up once.
    private final Map<Node, String> texts = new HashMap<>();
    private final Map<Node, String> names = new HashMap<>();

    ValueText(Graph data) {
        this.data = data;
    }

    /** Returns the prefixed name of a property, or its IRI. */
    String name(Node property) {
        return names.computeIfAbsent(property, p -> PREFIXES.shortForm(p.getURI()));
    }

    /** Returns the values as text, sorted. */
    List<String> values(Collection<Node> values) {
        return values.stream().map(this::value).sorted().toList();
    }

    private String value(Node value) {
        if (value.isLiteral()) {
            return value.getLiteralLexicalForm();
        }
        if (value.isURI()) {
            return texts.computeIfAbsent(value, this::resource);
        }
        return value.toString();
    }

    private String resource(Node value) {
        var identifier = data.find(value, DCTerms.identifier.asNode(), Node.ANY);
        try {
            if (identifier.hasNext()) {
                return identifier.next().getObject().getLiteralLexicalForm();
            }
        } finally {
            identifier.close();
        }
        String iri = value.getURI();
        String name = PREFIXES.shortForm(iri);
        // A resource the import creates has no identifier yet: show its IRI's last segment.
        return name.equals(iri) ? iri.substring(iri.lastIndexOf('/') + 1) : name;
    }
}
