package org.designregistry.model.archimate;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading with an {@link ArchiMateFormatException} once a limit of bytes is passed. */
final class BoundedInput extends FilterInputStream {
    private final long max;
    private final String source;
    private long count;

    BoundedInput(InputStream in, long max, String source) {
        super(in);
        this.max = max;
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > max) {
            throw new IOException(
                    new ArchiMateFormatException(
                            source
                                    + " is larger than "
                                    + max
                                    + " bytes, the most an exchange file may hold here"));
        }
    }
}
