package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Reads beyond the configured number wait their turn, and are refused after waiting too long. */
class ReadAdmissionFilterTest {

    private final CountDownLatch finish = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);

    @AfterEach
    void finishTheHeldRead() {
        finish.countDown();
    }

    private static ReadAdmissionFilter filter(int concurrency, Duration queueTimeout) {
        return new ReadAdmissionFilter(
                new ReadAdmissionProperties(concurrency, queueTimeout),
                new ProblemWriter(JsonMapper.builder().build()));
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addHeader("Accept", "application/json");
        return request;
    }

    /** A read that holds its turn until the test lets it finish. */
    private CompletableFuture<Integer> heldRead(ReadAdmissionFilter filter) throws Exception {
        FilterChain holding =
                (req, res) -> {
                    started.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                };
        CompletableFuture<Integer> status =
                CompletableFuture.supplyAsync(
                        () -> {
                            MockHttpServletResponse response = new MockHttpServletResponse();
                            try {
                                filter.doFilter(
                                        request("GET", "/api/resources"), response, holding);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            return response.getStatus();
                        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return status;
    }

    private static int answer(ReadAdmissionFilter filter, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(
                request,
                response,
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
        return response.getStatus();
    }

    @Test
    void answers503NamingTheLimitToAReadThatWaitedTooLongForItsTurn() throws Exception {
        ReadAdmissionFilter filter = filter(1, Duration.ofMillis(50));
        heldRead(filter);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request("GET", "/api/search"), response, (req, res) -> {});

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("registry.reads.concurrency")
                .contains("registry.reads.queue-timeout");
    }

    @Test
    void letsAWaitingReadInOnceAnEarlierOneFinishes() throws Exception {
        ReadAdmissionFilter filter = filter(1, Duration.ofSeconds(30));
        CompletableFuture<Integer> first = heldRead(filter);
        CompletableFuture<Integer> second =
                CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return answer(filter, request("GET", "/api/search"));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
        Thread.sleep(100);
        assertThat(second).isNotDone();

        finish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(filter.freeTurns()).isEqualTo(1);
    }

    @Test
    void holdsBackNeitherWritesNorHealthNorStaticFilesNorSparql() throws Exception {
        ReadAdmissionFilter filter = filter(1, Duration.ofMillis(10));
        heldRead(filter);

        assertThat(answer(filter, request("POST", "/api/resources"))).isEqualTo(200);
        assertThat(answer(filter, request("GET", "/actuator/health"))).isEqualTo(200);
        assertThat(answer(filter, request("GET", "/css/registry.css"))).isEqualTo(200);
        assertThat(answer(filter, request("GET", "/sparql"))).isEqualTo(200);
        assertThat(answer(filter, request("GET", "/api/resources"))).isEqualTo(503);
    }

    @Test
    void givesATurnBackWhenTheReadFails() throws Exception {
        ReadAdmissionFilter filter = filter(1, Duration.ofMillis(10));

        assertThatThrownBy(
                        () ->
                                filter.doFilter(
                                        request("GET", "/api/resources"),
                                        new MockHttpServletResponse(),
                                        (req, res) -> {
                                            throw new IllegalStateException("failed");
                                        }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(filter.freeTurns()).isEqualTo(1);
    }

    @Test
    void answersTwiceTheCoresAtOnceByDefault() {
        assertThat(new ReadAdmissionProperties(0, Duration.ofSeconds(30)).permits())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(new ReadAdmissionProperties(3, Duration.ofSeconds(30)).permits()).isEqualTo(3);
    }

    @Test
    void refusesANegativeConcurrency() {
        assertThatThrownBy(() -> new ReadAdmissionProperties(-1, Duration.ofSeconds(30)))
                .hasMessageContaining("registry.reads.concurrency");
    }
}
