package org.designregistry.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class ReplyLimitFilterTest {

    private final AtomicLong now = new AtomicLong();
    private final ReplyLimitFilter filter =
            new ReplyLimitFilter(
                    new LimitsProperties(
                            DataSize.ofMegabytes(10),
                            DataSize.ofKilobytes(8),
                            Duration.ofSeconds(60),
                            4096,
                            1_048_576,
                            256),
                    new ProblemWriter(JsonMapper.builder().build()),
                    now::get);

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private static MockHttpServletRequest request(String method, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/trace/matrix");
        request.addHeader("Accept", accept);
        return request;
    }

    /** Writes this many characters through the writer, in lines, after a pause. */
    private FilterChain writing(int characters, long pauseNanos) {
        return (req, res) -> {
            now.addAndGet(pauseNanos);
            res.setContentType("text/html;charset=UTF-8");
            PrintWriter out = res.getWriter();
            for (int i = 0; i < characters / 100; i++) {
                out.write("x".repeat(99) + "\n");
            }
            out.flush();
        };
    }

    @Test
    void passesRepliesWithinTheLimitsUnchanged() throws Exception {
        filter.doFilter(request("GET", "text/html"), response, writing(4_000, 0));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).hasSize(4_000);
    }

    @Test
    void answers413WithProblemDetailsWhenTheReplyWouldPassTheSizeBeforeItWasSent()
            throws Exception {
        response.setBufferSize(64 * 1024);

        filter.doFilter(
                request("GET", "application/json"),
                response,
                (req, res) -> res.getOutputStream().write(new byte[9 * 1024]));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("registry.limits.max-reply-size (8KB)");
    }

    @Test
    void refusesADeclaredLengthOverTheLimitBeforeWriting() throws Exception {
        filter.doFilter(
                request("GET", "*/*"),
                response,
                (req, res) -> {
                    ((jakarta.servlet.http.HttpServletResponse) res)
                            .setHeader("Content-Length", Integer.toString(1 << 20));
                    res.getOutputStream().write(new byte[1 << 20]);
                });

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("max-reply-size");
    }

    @Test
    void sendsBrowsersToTheErrorPageWithTheMessage() throws Exception {
        response.setBufferSize(64 * 1024);
        MockHttpServletRequest request = request("GET", "text/html,*/*");

        filter.doFilter(request, response, writing(9_000, 0));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getErrorMessage()).contains("registry.limits.max-reply-size");
        assertThat(request.getAttribute(ReplyLimitFilter.LIMIT_MESSAGE)).isNotNull();
    }

    @Test
    void cutsAReplyAlreadyUnderWayAndClosesTheConnection() throws Exception {
        response.setBufferSize(1024);

        assertThatThrownBy(
                        () ->
                                filter.doFilter(
                                        request("GET", "text/html"), response, writing(20_000, 0)))
                .isInstanceOf(ClientAbortException.class)
                .hasCauseInstanceOf(ReplyLimitExceededException.class);
        assertThat(response.isCommitted()).isTrue();
        assertThat(response.getContentAsString().length()).isLessThanOrEqualTo(8 * 1024);
    }

    @Test
    void answers503WhenAReadIsStillBeingAnsweredAfterTheTimeout() throws Exception {
        filter.doFilter(
                request("GET", "application/json"),
                response,
                writing(1_000, Duration.ofSeconds(61).toNanos()));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString())
                .contains("registry.limits.request-timeout (60 s)");
    }

    @Test
    void givesWritesTheirOwnTime() throws Exception {
        filter.doFilter(
                request("POST", "application/json"),
                response,
                writing(1_000, Duration.ofSeconds(61).toNanos()));

        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void stopsTheHandlerEvenWhenItsWriterSwallowsErrors() throws Exception {
        response.setBufferSize(64 * 1024);
        AtomicLong linesWritten = new AtomicLong();
        filter.doFilter(
                request("GET", "application/json"),
                response,
                (req, res) -> {
                    PrintWriter out = res.getWriter();
                    for (int i = 0; i < 1_000; i++) {
                        out.println("x".repeat(99));
                        linesWritten.incrementAndGet();
                    }
                });

        assertThat(linesWritten.get()).isLessThan(100);
        assertThat(response.getStatus()).isEqualTo(413);
    }
}
