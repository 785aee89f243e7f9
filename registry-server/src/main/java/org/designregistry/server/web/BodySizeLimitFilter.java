package org.designregistry.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code registry.limits.max-body-size} with 413: at once when
 * the declared length is larger, else (a chunked body) as soon as reading passes the limit, when
 * the body stream throws {@link BodyTooLargeException} and marks the request so (see {@link
 * BodyTooLargeException#raisedFor}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemWriter problems;

    BodySizeLimitFilter(LimitsProperties limits, ProblemWriter problems) {
        this.limit = limits.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            problems.write(
                    request,
                    response,
                    Problems.of(
                            HttpStatus.CONTENT_TOO_LARGE,
                            new BodyTooLargeException(limit).getMessage()));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream =
                        new ServletInputStream() {
                            private long read;

                            @Override
                            public int read() throws IOException {
                                int b = in.read();
                                if (b >= 0) {
                                    count(1);
                                }
                                return b;
                            }

                            @Override
                            public int read(byte[] buffer, int off, int len) throws IOException {
                                int n = in.read(buffer, off, len);
                                if (n > 0) {
                                    count(n);
                                }
                                return n;
                            }

                            private void count(int n) throws BodyTooLargeException {
                                read += n;
                                if (read > limit) {
                                    // Readers may swallow the exception (a parser's own error);
                                    // the request remembers it for those who answer.
                                    throw BodyTooLargeException.raise(Limited.this, limit);
                                }
                            }

                            @Override
                            public boolean isFinished() {
                                return in.isFinished();
                            }

                            @Override
                            public boolean isReady() {
                                return in.isReady();
                            }

                            @Override
                            public void setReadListener(ReadListener listener) {
                                in.setReadListener(listener);
                            }
                        };
            }
            return stream;
        }
    }
}
