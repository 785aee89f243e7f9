package org.designregistry.server.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A response whose body is counted against a {@link ReplyBudget}, through its stream and its writer
 * alike. The write that passes the budget throws {@link ReplyLimitExceededException}; everything
 * written after it, including error replies and {@code sendError}, is dropped, so that {@link
 * ReplyLimitFilter} can answer in their place.
 */
final class LimitedResponse extends HttpServletResponseWrapper {

    private final ReplyBudget budget;
    private ServletOutputStream stream;
    private PrintWriter writer;

    LimitedResponse(HttpServletResponse response, ReplyBudget budget) {
        super(response);
        this.budget = budget;
    }

    private boolean tripped() {
        return budget.exceeded() != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new CountedStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new CountedWriter(super.getWriter()), false);
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!tripped()) {
            budget.declare(length);
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!tripped()) {
            declared(name, value);
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!tripped()) {
            declared(name, value);
            super.addHeader(name, value);
        }
    }

    /** A Content-Length set as a header (as Spring's resource handler does) is declared too. */
    private void declared(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name) && value != null) {
            try {
                budget.declare(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                // Not a length: the container will refuse it, not this budget.
            }
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!tripped()) {
            super.flushBuffer();
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        if (!tripped()) {
            super.sendError(status);
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (!tripped()) {
            super.sendError(status, message);
        }
    }

    private final class CountedStream extends ServletOutputStream {

        private final ServletOutputStream out;

        CountedStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (!tripped()) {
                budget.spend(1);
                out.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            if (!tripped()) {
                budget.spend(len);
                out.write(bytes, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!tripped()) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!tripped()) {
                out.close();
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }

    /** Counts characters as their UTF-8 bytes: exact for UTF-8, an upper bound otherwise. */
    private final class CountedWriter extends Writer {

        private final Writer out;

        CountedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (!tripped()) {
                budget.spend(utf8Length(chars, off, len));
                out.write(chars, off, len);
            }
        }

        @Override
        public void write(String text, int off, int len) throws IOException {
            if (!tripped()) {
                budget.spend(utf8Length(text, off, len));
                out.write(text, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!tripped()) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!tripped()) {
                out.close();
            }
        }
    }

    private static long utf8Length(char[] chars, int off, int len) {
        long bytes = 0;
        for (int i = off; i < off + len; i++) {
            bytes += utf8Length(chars[i]);
        }
        return bytes;
    }

    private static long utf8Length(String text, int off, int len) {
        long bytes = 0;
        for (int i = off; i < off + len; i++) {
            bytes += utf8Length(text.charAt(i));
        }
        return bytes;
    }

    /** A surrogate counts 2, so a pair counts its 4 bytes. */
    private static int utf8Length(char c) {
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
}
