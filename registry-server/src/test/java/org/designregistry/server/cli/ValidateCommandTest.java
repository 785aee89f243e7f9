package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir Path temp;

    @Test
    void exitsZeroOnConformingData() {
        Path data = temp.resolve("data");
        CliRun.of("load", "--data", data, fixture("conforming.ttl"));

        CliRun validate = CliRun.of("validate", "--data", data);

        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out().strip()).startsWith("Conforms: no violations");
        assertThat(validate.err()).isEmpty();
    }

    @Test
    void exitsOneAndPrintsEachViolationOnViolatingData() {
        Path data = temp.resolve("data");
        CliRun.of("load", "--data", data, fixture("violating.ttl"));

        CliRun validate = CliRun.of("validate", "--data", data);

        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(validate.out().lines())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("VIOLATION")
                                        .contains("process-X")
                                        .contains("rdfs:label")
                                        .contains("needs exactly one label"))
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("VIOLATION")
                                        .contains("process-X")
                                        .contains("dcterms:identifier")
                                        .contains("BPnnn"));
        assertThat(validate.out().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("Does not conform: 2 violations, 0 warnings, 0 infos on 1 resource");
    }

    @Test
    void reportsARelationAnnotatedToCarryChangeBothWays() {
        Path data = temp.resolve("data");
        CliRun load =
                CliRun.of(
                        "load",
                        "--data",
                        data,
                        fixture("conforming.ttl"),
                        fixture("both-ways.ttl"));

        CliRun validate = CliRun.of("validate", "--data", data);

        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(load.err().lines())
                .singleElement()
                .satisfies(
                        line ->
                                assertThat(line)
                                        .startsWith("warning: ")
                                        .contains("mirrors")
                                        .contains("change propagates"));
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(validate.out().lines())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("VIOLATION")
                                        .contains("mirrors")
                                        .contains("change propagates")
                                        .contains("not both"));
    }
}
