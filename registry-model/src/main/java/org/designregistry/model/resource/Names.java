package org.designregistry.model.resource;

import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.designregistry.model.RegistryException;
import org.designregistry.model.RegistryPrefixes;

/** Reads and writes the names of terms: prefixed names with the registry prefixes, or IRIs. */
final class Names {

    private static final Set<String> IRI_SCHEMES = Set.of("http", "https", "urn", "tag");

    private Names() {}

    /** Returns the prefixed name of an IRI, such as {@code dr:dependsOn}, or the IRI itself. */
    static String name(String iri) {
        return RegistryPrefixes.mapping().shortForm(iri);
    }

    /**
     * Returns the IRI node a name spells: a prefixed name with a registry prefix, or an absolute
     * IRI, optionally in angle brackets.
     *
     * @param what what the name is for, quoted in the error message, such as "property"
     * @throws RegistryException if the name is neither
     */
    static Node iri(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new RegistryException("Missing " + what + ": give a prefixed name or an IRI");
        }
        String name = text.strip();
        if (name.startsWith("<") && name.endsWith(">")) {
            return absolute(name.substring(1, name.length() - 1), text, what);
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            String prefix = name.substring(0, colon);
            String namespace = RegistryPrefixes.asMap().get(prefix);
            if (namespace != null) {
                return NodeFactory.createURI(namespace + name.substring(colon + 1));
            }
            if (IRI_SCHEMES.contains(prefix.toLowerCase(Locale.ROOT))) {
                return absolute(name, text, what);
            }
        }
        throw new RegistryException(
                "Invalid "
                        + what
                        + " '"
                        + text
                        + "': expected a prefixed name with one of the prefixes "
                        + String.join(
                                ", ", RegistryPrefixes.asMap().keySet().stream().sorted().toList())
                        + ", or an absolute IRI");
    }

    private static Node absolute(String iri, String text, String what) {
        try {
            IRIs.checkEx(iri);
        } catch (RuntimeException e) {
            throw new RegistryException(
                    "Invalid " + what + " IRI '" + text + "': " + e.getMessage());
        }
        return NodeFactory.createURI(iri);
    }

    /** Returns true when the text looks like an absolute IRI rather than a reference. */
    static boolean looksLikeIri(String text) {
        String t = text.strip();
        if (t.startsWith("<")) {
            return true;
        }
        int colon = t.indexOf(':');
        return colon > 0 && IRI_SCHEMES.contains(t.substring(0, colon).toLowerCase(Locale.ROOT));
    }
}
