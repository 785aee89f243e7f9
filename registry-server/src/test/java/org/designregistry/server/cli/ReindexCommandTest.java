package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.designregistry.model.RdfSource;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexCommandTest {

    @TempDir Path temp;

    @Test
    void rebuildsTheIndexOfTheMhhsSampleAndReportsItsSize() throws IOException {
        Path data = temp.resolve("data");
        int resources;
        try (Registry registry = Registries.connect(data)) {
            registry.loadSources(RdfSource.classpathManifest("samples/mhhs/manifest.ttl"));
            resources = registry.search().size();
        }
        deleteTree(data.resolve("index"));

        CliRun reindex = CliRun.of("reindex", "--data", data);

        assertThat(reindex.exitCode()).as(reindex.toString()).isZero();
        assertThat(reindex.out())
                .startsWith("Rebuilt the search index of " + data.toAbsolutePath())
                .contains(": " + Text.number(resources) + " resources in ");
        assertThat(data.resolve("index"))
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments_"));
        try (Registry registry = Registries.connect(data)) {
            assertThat(registry.search().size()).isEqualTo(resources).isGreaterThan(700);
            assertThat(registry.search().search(SearchQuery.of("if041")).hits())
                    .first()
                    .satisfies(h -> assertThat(h.identifier()).isEqualTo("IF-041"));
        }
    }

    @Test
    void refusesAFolderThatIsNotARegistry() {
        Path missing = temp.resolve("missing");

        CliRun reindex = CliRun.of("reindex", "--data", missing);

        assertThat(reindex.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(reindex.err()).startsWith("registry reindex: No registry at " + missing);
        assertThat(missing).doesNotExist();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
