package org.designregistry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.designregistry.model.GraphAssertions.assertIsomorphic;
import static org.designregistry.model.GraphAssertions.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.LangBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfSourceTest {

    @Test
    void classpathManifestListsItsDumpsSortedByName() {
        List<RdfSource> sources = RdfSource.classpathManifest("manifest/manifest.ttl");

        assertThat(sources)
                .extracting(RdfSource::name)
                .containsExactly("manifest/a.ttl", "manifest/nested/b.nt");
        assertThat(sources).extracting(RdfSource::lang).containsExactly(Lang.TURTLE, Lang.NTRIPLES);
    }

    @Test
    void manifestSourcesLoadTheListedFilesOnly() {
        try (Registry registry = Registries.createInMemory()) {
            registry.loadSources(RdfSource.classpathManifest("/manifest/manifest.ttl"));

            // 2 + 3 triples; the manifest's own void:Dataset description is not data.
            assertThat(registry.size()).isEqualTo(5);
        }
    }

    @Test
    void fileManifestResolvesDumpsAgainstItsFolder(@TempDir Path dir) throws IOException {
        Path manifest = copy("manifest/manifest.ttl", dir.resolve("manifest.ttl"));
        copy("manifest/a.ttl", dir.resolve("a.ttl"));
        copy("manifest/nested/b.nt", dir.resolve("nested/b.nt"));

        List<RdfSource> sources = RdfSource.fileManifest(manifest);

        assertThat(sources)
                .extracting(RdfSource::name)
                .containsExactly(
                        dir.resolve("a.ttl").toString(), dir.resolve("nested/b.nt").toString());
    }

    @Test
    void manifestThatListsNothingIsAnError() {
        assertThatThrownBy(() -> RdfSource.classpathManifest("manifest/empty-manifest.ttl"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("manifest/empty-manifest.ttl")
                .hasMessageContaining("void:dataDump");
    }

    @Test
    void manifestThatListsAMissingResourceNamesIt() {
        assertThatThrownBy(() -> RdfSource.classpathManifest("manifest/missing-manifest.ttl"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("manifest/missing.ttl");
    }

    @Test
    void manifestMayNotReachOutsideItsFolderKind() {
        assertThatThrownBy(() -> RdfSource.classpathManifest("manifest/outside-manifest.ttl"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("<https://registry.test/dumps/data.ttl>")
                .hasMessageContaining("relative to the manifest");
    }

    @Test
    void missingClasspathResourceIsAnError() {
        assertThatThrownBy(() -> RdfSource.classpath("nowhere/data.ttl"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("nowhere/data.ttl");
    }

    @Test
    void unknownExtensionFailsWhenTheSourceIsMade(@TempDir Path dir) {
        assertThatThrownBy(() -> RdfSource.file(dir.resolve("notes.docx")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("notes.docx")
                .hasMessageContaining("expected one of")
                .hasMessageContaining(".nt");
    }

    @Test
    void readsCompressedFiles(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("design.ttl.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(
                    getClass()
                            .getClassLoader()
                            .getResourceAsStream("load/design.ttl")
                            .readAllBytes());
        }

        Graph graph = RdfSource.file(gz).parse();

        assertThat(RdfSource.file(gz).lang()).isEqualTo(Lang.TURTLE);
        assertIsomorphic(resource("load/design.ttl"), graph);
    }

    @Test
    void streamSourceParsesWithTheGivenSyntaxAndKeepsPrefixes() {
        RdfSource source =
                RdfSource.stream(
                        "inline",
                        () ->
                                new ByteArrayInputStream(
                                        "@prefix ex: <https://registry.test/> . ex:a ex:p ex:b ."
                                                .getBytes(StandardCharsets.UTF_8)),
                        RdfFormat.TURTLE);

        Graph graph = source.parse();

        assertThat(graph.size()).isEqualTo(1);
        assertThat(graph.getPrefixMapping().getNsPrefixURI("ex"))
                .isEqualTo("https://registry.test/");
        assertThat(source.baseIri()).isEmpty();
        assertThat(source).hasToString("inline");
    }

    @Test
    void streamInASyntaxJenaCannotParseIsRefused() {
        Lang unknown = LangBuilder.create("Made-up", "x/made-up").build();

        assertThatThrownBy(
                        () ->
                                RdfSource.stream(
                                        "upload.mu",
                                        () -> new ByteArrayInputStream(new byte[0]),
                                        unknown))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("upload.mu")
                .hasMessageContaining("no parser for Made-up");
    }

    @Test
    void relativeIrisResolveAgainstTheResource() {
        Graph manifest = RdfSource.classpath("manifest/manifest.ttl").parse();

        assertThat(manifest.find().toList())
                .anyMatch(
                        t ->
                                t.getSubject().isURI()
                                        && t.getSubject()
                                                .getURI()
                                                .equals("classpath:/manifest/manifest.ttl"));
    }

    private static Path copy(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (var in = RdfSourceTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
