package org.designregistry.server.governance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.designregistry.model.Registry;
import org.designregistry.ontology.DR;
import org.designregistry.ontology.Vocabularies;

/**
 * Draft artefacts of the tests' own (GOVT-1 ...) in the shared MHHS sample, and the removal of them
 * and of every workflow record made about them, so that the sample is left as it was.
 */
final class WorkflowTestData {

    static final String BASE = "https://registry.mhhs.example/id/";

    private WorkflowTestData() {}

    static String artefact(int n) {
        return BASE + "artefact/GOVT-" + n;
    }

    /** Adds draft artefacts GOVT-1 to GOVT-{@code count}, produced by the BPRWG. */
    static void addArtefacts(Registry registry, int count) {
        registry.update(
                model -> {
                    for (int n = 1; n <= count; n++) {
                        Resource a = model.createResource(artefact(n));
                        a.addProperty(RDF.type, DR.DesignArtefact);
                        a.addProperty(DCTerms.identifier, "GOVT-" + n);
                        a.addProperty(RDFS.label, "GOVT-" + n + " Test process models");
                        a.addProperty(DCTerms.title, "Test process models " + n);
                        a.addProperty(
                                DR.artefactType,
                                model.createResource(
                                        "https://w3id.org/design-registry/artefact-type/BusinessProcessModels"));
                        a.addProperty(DR.status, Vocabularies.Status.Draft);
                        a.addProperty(DR.ownedBy, model.createResource(BASE + "workstream/Smart"));
                        a.addProperty(DR.producedBy, model.createResource(BASE + "body/BPRWG"));
                    }
                });
    }

    /**
     * Removes the test artefacts, the recommendations about them, their decisions, conditions,
     * delegations and concerns, and the meetings named.
     */
    static void removeAll(Registry registry, int count, List<String> meetings) {
        registry.update(
                model -> {
                    Set<Resource> doomed = new LinkedHashSet<>();
                    for (int n = 1; n <= count; n++) {
                        doomed.add(model.createResource(artefact(n)));
                    }
                    meetings.forEach(m -> doomed.add(model.createResource(m)));
                    for (Resource artefact : List.copyOf(doomed)) {
                        for (Resource rec :
                                model.listSubjectsWithProperty(DR.recommends, artefact).toList()) {
                            doomed.add(rec);
                            for (Resource d :
                                    model.listSubjectsWithProperty(DR.decides, rec).toList()) {
                                doomed.add(d);
                                model.listObjectsOfProperty(d, DR.hasCondition)
                                        .forEach(c -> doomed.add(c.asResource()));
                                model.listSubjectsWithProperty(DR.challenges, d)
                                        .forEach(doomed::add);
                            }
                            model.listSubjectsWithProperty(DR.delegates, rec).forEach(doomed::add);
                        }
                    }
                    for (Resource r : doomed) {
                        model.removeAll(r, null, (RDFNode) null);
                        model.removeAll(null, null, r);
                    }
                });
    }

    static void removeAll(Registry registry, int count) {
        removeAll(registry, count, List.of());
    }
}
