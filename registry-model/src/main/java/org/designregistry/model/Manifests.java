package org.designregistry.model;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.VOID;

/**
 * Reads a VoID manifest: the {@code void:dataDump} IRIs it lists, resolved against the manifest's
 * own location, become sources of the same kind (classpath resources or files).
 */
final class Manifests {

    private Manifests() {}

    static List<RdfSource> read(RdfSource manifest) {
        Graph graph = manifest.parse();
        List<String> dumps =
                graph.stream(Node.ANY, VOID.dataDump.asNode(), Node.ANY)
                        .map(Triple::getObject)
                        .map(dump -> iri(manifest, dump))
                        .distinct()
                        .toList();
        if (dumps.isEmpty()) {
            throw new RegistryException(
                    "Manifest "
                            + manifest.name()
                            + " lists no files: expected void:dataDump <file>");
        }
        return dumps.stream()
                .map(dump -> source(manifest, dump))
                .sorted(Comparator.comparing(RdfSource::name))
                .toList();
    }

    private static String iri(RdfSource manifest, Node dump) {
        if (!dump.isURI()) {
            throw new RegistryException(
                    "Manifest "
                            + manifest.name()
                            + " has a void:dataDump that is not an IRI: "
                            + dump);
        }
        return dump.getURI();
    }

    private static RdfSource source(RdfSource manifest, String dump) {
        // A dump must be the same kind of source as its manifest: a manifest on the classpath
        // cannot pull in files, nor a manifest file classpath resources.
        String classpathPrefix = RdfSource.CLASSPATH_SCHEME + "/";
        String base = manifest.baseIri().orElse("");
        if (base.startsWith(classpathPrefix) && dump.startsWith(classpathPrefix)) {
            return RdfSource.classpath(dump.substring(classpathPrefix.length()));
        }
        if (base.startsWith("file:") && dump.startsWith("file:")) {
            Path file = Path.of(URI.create(dump));
            if (!Files.isRegularFile(file)) {
                throw new RegistryException(
                        "Manifest " + manifest.name() + " lists a missing file: " + file);
            }
            return RdfSource.file(file);
        }
        throw new RegistryException(
                "Manifest "
                        + manifest.name()
                        + " lists <"
                        + dump
                        + ">, which is not beside it: a void:dataDump must be an IRI relative to"
                        + " the manifest");
    }
}
