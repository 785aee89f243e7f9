package org.designregistry.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.designregistry.server.cli.CliRun.fixture;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suspects}: the links a governed change to a baselined resource made suspect. */
class SuspectsCommandTest {

    @TempDir Path temp;

    @Test
    void listsTheLinkAGovernedLoadMadeSuspect() {
        Path data = temp.resolve("data");
        assertThat(CliRun.of("load", "--data", data, fixture("conforming.ttl")).exitCode())
                .isZero();
        assertThat(CliRun.of("load", "--data", data, fixture("depends.ttl")).exitCode()).isZero();
        assertThat(CliRun.of("baseline", "create", "--data", data, "B1").exitCode()).isZero();
        CliRun none = CliRun.of("suspects", "--data", data);
        CliRun change = CliRun.of("load", "--data", data, fixture("governed-change.ttl"));

        CliRun text = CliRun.of("suspects", "--data", data);
        CliRun json = CliRun.of("suspects", "--data", data, "--format", "json", "--since", "4");
        CliRun bad = CliRun.of("suspects", "--data", data, "--format", "xml");

        assertThat(none.out()).contains("0 suspect links");
        assertThat(change.exitCode()).as(change.toString()).isZero();
        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out())
                .contains("BP002 Read a meter")
                .contains("dr:dependsOn")
                .contains("BP001 Register a meter")
                .contains("1 suspect link");
        assertThat(JsonPath.parse(json.out()).read("$.total", Integer.class)).isEqualTo(1);
        assertThat(JsonPath.parse(json.out()).read("$.items[0].since", Integer.class)).isEqualTo(4);
        assertThat(bad.exitCode()).isEqualTo(2);
    }
}
