package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.designregistry.model.Registries;
import org.designregistry.model.Registry;
import org.designregistry.model.search.RegistrySearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that do not need the search index work without it, {@code reindex} (alias {@code
 * repair}) builds an index that cannot be opened again, and {@code load} refuses a term over the
 * limits.
 */
class UnusableIndexCommandsTest {

    @TempDir Path temp;

    @Test
    void statsValidateExportAndLoadWorkWhenTheIndexCannotBeOpened() throws IOException {
        Path data = loadedWithUnusableIndex();

        CliRun stats = CliRun.of("stats", "--data", data);
        CliRun validate = CliRun.of("validate", "--data", data);
        CliRun export = CliRun.of("export", "--data", data, "--format", "ttl");
        CliRun load = CliRun.of("load", "--data", data, fixture("extra.nt"));

        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(new String(export.rawOut(), StandardCharsets.UTF_8)).contains("Workstream");
        assertThat(load.exitCode()).as(load.toString()).isZero();
    }

    @Test
    void repairRebuildsAnIndexThatCannotBeOpened() throws IOException {
        Path data = loadedWithUnusableIndex();

        CliRun repair = CliRun.of("repair", "--data", data);

        assertThat(repair.exitCode()).as(repair.toString()).isZero();
        assertThat(repair.out())
                .startsWith("Rebuilt the search index of " + data.toAbsolutePath())
                .doesNotContain("Skipped");
        assertThat(data.resolve(RegistrySearch.INDEX_FOLDER)).isDirectory();
        try (Registry registry = Registries.connect(data)) {
            assertThat(registry.search().degraded()).isEmpty();
            assertThat(registry.search().size()).isPositive();
        }
    }

    @Test
    void refusesToLoadAFileWithAnOverLongIriAndLeavesTheStoreUnchanged() throws IOException {
        Path data = temp.resolve("data");
        CliRun.of("load", "--data", data, fixture("conforming.ttl"));
        long before = size(data);
        Path file = temp.resolve("long.ttl");
        Files.writeString(
                file,
                "<urn:ex:" + "a".repeat(40_000) + "> <urn:ex:p> \"x\" .\n",
                StandardCharsets.UTF_8);

        CliRun load = CliRun.of("load", "--data", data, file);

        assertThat(load.exitCode()).as(load.toString()).isEqualTo(ExitCodes.DATA);
        assertThat(load.err())
                .contains("registry.limits.max-iri-length")
                .contains("40,007 characters")
                .hasSizeLessThan(1_000);
        assertThat(size(data)).isEqualTo(before);
    }

    private Path loadedWithUnusableIndex() throws IOException {
        Path data = temp.resolve("data");
        CliRun loaded = CliRun.of("load", "--data", data, fixture("conforming.ttl"));
        assertThat(loaded.exitCode()).as(loaded.toString()).isZero();
        Path index = data.resolve(RegistrySearch.INDEX_FOLDER);
        try (Stream<Path> files = Files.walk(index)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Files.writeString(index, "not an index");
        return data;
    }

    private static long size(Path data) {
        try (Registry registry = Registries.connect(data)) {
            return registry.size();
        }
    }
}
