package org.designregistry.model;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.designregistry.ontology.ArchiMate;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.OSLCRM;
import org.designregistry.ontology.Vocabularies;

/**
 * The prefixes the registry writes RDF and SPARQL paths with: the registry's own namespaces and the
 * standard vocabularies it reuses.
 *
 * <p>{@link Registry#export} adds the prefixes the loaded data declared; where a data prefix has
 * the same name as one of these, these win.
 */
public final class RegistryPrefixes {

    private static final Map<String, String> STANDARD =
            Map.ofEntries(
                    Map.entry("dr", DR.NS),
                    Map.entry("archimate", ArchiMate.NS),
                    Map.entry("drtype", Vocabularies.ARTEFACT_TYPE_NS),
                    Map.entry("drphase", Vocabularies.PHASE_NS),
                    Map.entry("drstatus", Vocabularies.STATUS_NS),
                    Map.entry("droutcome", Vocabularies.OUTCOME_NS),
                    Map.entry("drlevel", Vocabularies.LEVEL_NS),
                    Map.entry("dcterms", DCTerms.NS),
                    Map.entry("skos", SKOS.uri),
                    Map.entry("org", ORG.NS),
                    Map.entry("oslc_rm", OSLCRM.NS),
                    Map.entry("prov", "http://www.w3.org/ns/prov#"),
                    Map.entry("rdfs", RDFS.uri),
                    Map.entry("xsd", XSD.NS),
                    Map.entry("owl", OWL.NS));

    private static final PrefixMapping MAPPING =
            PrefixMapping.Factory.create().setNsPrefixes(STANDARD).lock();

    private RegistryPrefixes() {}

    /** Returns the standard prefixes as an unmodifiable map from prefix to namespace IRI. */
    public static Map<String, String> asMap() {
        return STANDARD;
    }

    /** Returns the standard prefixes as a locked Jena prefix mapping. */
    public static PrefixMapping mapping() {
        return MAPPING;
    }
}
