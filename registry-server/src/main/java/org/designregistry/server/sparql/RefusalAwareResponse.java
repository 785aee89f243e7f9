package org.designregistry.server.sparql;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.designregistry.server.web.BodyTooLargeException;

/**
 * Passes everything to the response until a write has been refused on this thread, or the request
 * body has passed the size limit; from then on drops what Fuseki writes, so that the filter can
 * answer with problem details instead.
 */
final class RefusalAwareResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    RefusalAwareResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    private boolean refused() {
        return RefusedWrites.any() || BodyTooLargeException.raisedFor(request).isPresent();
    }

    @Override
    public void setStatus(int sc) {
        if (!refused()) {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (!refused()) {
            super.sendError(sc, msg);
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        if (!refused()) {
            super.sendError(sc);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!refused()) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!refused()) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setContentType(String type) {
        if (!refused()) {
            super.setContentType(type);
        }
    }

    @Override
    public void setContentLength(int len) {
        if (!refused()) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!refused()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (!refused()) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return refused() ? Discard.STREAM : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return refused()
                ? new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)
                : super.getWriter();
    }

    /** An output stream that drops what is written to it. */
    private static final class Discard extends ServletOutputStream {

        static final Discard STREAM = new Discard();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
    }
}
