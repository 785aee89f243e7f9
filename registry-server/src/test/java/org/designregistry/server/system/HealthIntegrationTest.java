package org.designregistry.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.Map;
import org.designregistry.server.ServerTestSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code /actuator/health}: the status for anyone, the components and their details (the triple
 * count, disk space and the store's folder) only for an admin.
 */
class HealthIntegrationTest extends ServerTestSupport {

    @Test
    void showsOnlyTheStatusToAnyoneButAnAdmin() {
        for (String authorization : new String[] {null, reader(), editor(), approver()}) {
            var request = request("/actuator/health").header("Accept", "application/json");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> health = send(request);

            assertThat(health.statusCode()).isEqualTo(200);
            Map<String, Object> json = JsonPath.parse(health.body()).read("$");
            assertThat(json)
                    .as(health.body())
                    .containsEntry("status", "UP")
                    .doesNotContainKeys("components", "details");
            assertThat(health.body()).doesNotContain(registry.location().orElseThrow().toString());
        }
    }

    @Test
    void showsAnAdminTheRegistryComponentWithTheTripleCount() {
        HttpResponse<String> health =
                send(
                        request("/actuator/health")
                                .header("Accept", "application/json")
                                .header("Authorization", admin()));

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("json"));
        DocumentContext json = JsonPath.parse(health.body());
        assertThat(json.read("$.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.registry.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.registry.details.triples", Long.class))
                .isEqualTo(registry.size())
                .isPositive();
        assertThat(json.read("$.components.diskSpace.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.search.status", String.class)).isEqualTo("UP");
    }
}
