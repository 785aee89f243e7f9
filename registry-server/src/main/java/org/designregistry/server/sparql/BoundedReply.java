package org.designregistry.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.apache.jena.query.QueryDeniedException;

/**
 * Holds a query's reply until the query has finished, and refuses a reply larger than {@code
 * registry.sparql.max-result-bytes}.
 *
 * <p>Because nothing reaches the client before the query ends, a query stopped while its results
 * are being written (time limit, row budget, reply size) is still answered with its own status and
 * message instead of a truncated 200. An error status set by Fuseki drops what was written before
 * it, so the reply carries only the error message. {@link #send()} writes the reply, with its
 * length, to the client.
 */
final class BoundedReply extends HttpServletResponseWrapper {

    /** The reply passed the size limit; Fuseki answers it with 422 and the message. */
    static final class TooLarge extends QueryDeniedException {
        TooLarge(long limit) {
            super(
                    "Query refused: its results are larger than "
                            + String.format("%,d", limit)
                            + " bytes (registry.sparql.max-result-bytes). Select fewer variables"
                            + " or add a LIMIT.");
        }
    }

    private final long limit;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Stream stream = new Stream();
    private boolean overflowed;
    private PrintWriter writer;

    BoundedReply(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    /** Writes the held reply to the client. */
    void send() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (body.size() > 0) {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentLength(body.size());
            body.writeTo(response.getOutputStream());
        }
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400) {
            discard();
        }
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        discard();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        discard();
        super.sendError(sc);
    }

    private void discard() {
        body.reset();
        overflowed = false;
    }

    // The length is known only when the reply is complete: send() sets it.
    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void flushBuffer() {}

    @Override
    public void resetBuffer() {
        discard();
    }

    @Override
    public void reset() {
        discard();
        super.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            Charset charset = Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(stream, charset), false);
        }
        return writer;
    }

    private final class Stream extends ServletOutputStream {

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (overflowed) {
                // The writer is unwinding after the refusal: what it still writes is dropped.
                return;
            }
            if (body.size() + (long) len > limit) {
                overflowed = true;
                throw new TooLarge(limit);
            }
            body.write(b, off, len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("A held reply is written synchronously");
        }
    }
}
