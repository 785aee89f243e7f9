package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadyLoggerTest {

    @Test
    void namesAddressStoreAndTriplesInOneLine() {
        assertThat(ReadyLogger.readyLine(8080, "", Path.of("/srv/data"), 123_456))
                .isEqualTo(
                        "Design Registry ready at http://localhost:8080/ (store /srv/data, 123,456"
                                + " triples)");
    }

    @Test
    void includesTheContextPath() {
        assertThat(ReadyLogger.readyLine(18080, "/registry", null, 0))
                .isEqualTo(
                        "Design Registry ready at http://localhost:18080/registry/ (store in memory,"
                                + " 0 triples)");
    }
}
