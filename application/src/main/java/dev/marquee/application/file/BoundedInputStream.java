package dev.marquee.application.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes bytes through, counting them, and fails as soon as more than the limit arrive. */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("upload larger than " + limit + " bytes");
        }
    }

    long count() {
        return count;
    }

    boolean exceeded() {
        return exceeded;
    }
}
