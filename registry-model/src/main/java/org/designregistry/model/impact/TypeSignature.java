package org.designregistry.model.impact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.designregistry.model.internal.ClassHierarchy;

/**
 * The asserted types of a resource as one text, so that the index can number the combinations in
 * use instead of the classes: the most specific type first (the one a report shows), then the
 * others in IRI order, separated by spaces (an IRI holds none). A resource with two unrelated types
 * keeps both, and a type filter lets it in when either matches.
 */
final class TypeSignature {

    private TypeSignature() {}

    /** Returns the signature of the asserted types, or null when there are none. */
    static String of(ClassHierarchy hierarchy, Collection<Node> classes) {
        if (classes.isEmpty()) {
            return null;
        }
        String primary = hierarchy.mostSpecific(classes);
        TreeSet<String> others = new TreeSet<>();
        for (Node c : classes) {
            others.add(c.getURI());
        }
        others.remove(primary);
        StringBuilder text = new StringBuilder(primary);
        for (String other : others) {
            text.append(' ').append(other);
        }
        return text.toString();
    }

    /** Returns the most specific type of a signature. */
    static String primary(String signature) {
        int space = signature.indexOf(' ');
        return space < 0 ? signature : signature.substring(0, space);
    }

    /** Returns every type of a signature, the most specific first. */
    static List<String> classes(String signature) {
        List<String> classes = new ArrayList<>();
        int from = 0;
        int space;
        while ((space = signature.indexOf(' ', from)) >= 0) {
            classes.add(signature.substring(from, space));
            from = space + 1;
        }
        classes.add(signature.substring(from));
        return classes;
    }
}
