package org.designregistry.server.system;

import java.util.Locale;
import java.util.Optional;
import org.designregistry.model.LoadResult;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registry;
import org.designregistry.model.baseline.Baselines;
import org.designregistry.model.changerequest.ChangeRequestSettings;
import org.designregistry.model.changerequest.ChangeRequests;
import org.designregistry.model.impact.ImpactAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The MHHS sample data set, loaded into a registry that starts empty. */
final class MhhsSample {

    /** The classpath location of the sample's VoID manifest, in the {@code samples} jar. */
    static final String MANIFEST = "samples/mhhs/manifest.ttl";

    /** The sample's baseline, frozen as loaded: the resource and the frozen state are one. */
    static final String IR1 = "https://registry.mhhs.example/id/baseline/IR1";

    /** The sample's worked change request, whose impact is assessed as loaded. */
    static final String WORKED_CHANGE_REQUEST = "CR004";

    private static final Logger log = LoggerFactory.getLogger(MhhsSample.class);

    private MhhsSample() {}

    /**
     * Loads the sample in one transaction if the registry is empty, freezes its baseline IR1 as
     * loaded (a second change), assesses its worked change request CR004 (a third), and returns
     * what was loaded; returns empty, changing nothing, if the registry holds any triple.
     */
    static Optional<LoadResult> loadIfEmpty(Registry registry) {
        if (!registry.isEmpty()) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        LoadResult result = registry.loadSources(RdfSource.classpathManifest(MANIFEST));
        // The base IRI only names new baselines; IR1 has its own IRI in the sample.
        Baselines.of(registry, "urn:x-unused:")
                .freeze(IR1, "Freeze the MHHS sample's baseline IR1 as loaded");
        // The worked change request's assessment is the engine's, frozen as loaded (a third
        // change); the sample holds only its triage marks. The index built here is dropped after.
        ChangeRequests.of(
                        registry,
                        ImpactAnalysis.of(registry),
                        "urn:x-unused:",
                        ChangeRequestSettings.DEFAULTS)
                .reassess(WORKED_CHANGE_REQUEST);
        log.info(
                "Store {} was empty: loaded the MHHS sample ({} sources, {} triples) in {} ms",
                registry.location().map(Object::toString).orElse("(in memory)"),
                result.sources().size(),
                String.format(Locale.ROOT, "%,d", result.sizeAfter()),
                (System.nanoTime() - start) / 1_000_000);
        return Optional.of(result);
    }
}
