package org.designregistry.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of OSLC Requirements Management ({@code oslc_rm:}) that the registry ontology reuses.
 */
public final class OSLCRM {

    /** The OSLC RM namespace. */
    public static final String NS = "http://open-services.net/ns/rm#";

    /** Returns the namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    public static final Resource Requirement = ResourceFactory.createResource(NS + "Requirement");
    public static final Property specifies = property("specifies");
    public static final Property specifiedBy = property("specifiedBy");
    public static final Property satisfies = property("satisfies");
    public static final Property satisfiedBy = property("satisfiedBy");
    public static final Property affectedBy = property("affectedBy");

    private OSLCRM() {}

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
