package org.sabueso.shared;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads newline-delimited lines from a stream into one reused buffer. A line longer than the
 * limit is skipped to its end without being kept: a 10 MB line costs a scan, never 10 MB of heap.
 * A trailing {@code \r} is dropped, and a UTF-8 byte order mark before the first line.
 *
 * <p>The one reader of NDJSON bodies (FtM imports, screening manifests): every module that reads
 * newline-delimited JSON reads it through this class, with its own line limit.
 */
public final class NdjsonLines {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private boolean eof;

    private final byte[] line;
    private int length;
    private boolean tooLong;
    private long lineNumber;

    public NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.line = new byte[maxLineBytes];
    }

    /** Moves to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            int start = chunkPos;
            int newline = indexOfNewline(start, chunkEnd);
            int end = newline < 0 ? chunkEnd : newline;
            append(start, end);
            chunkPos = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (lineNumber == 1 && !tooLong && length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF) {
            System.arraycopy(line, 3, line, 0, length - 3);
            length -= 3;
        }
        return true;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (tooLong || n == 0) {
            return;
        }
        if (length + n > maxLineBytes) {
            tooLong = true;
            return;
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(chunk, 0, CHUNK);
        if (n < 0) {
            eof = true;
            return false;
        }
        chunkPos = 0;
        chunkEnd = n;
        return n > 0 || fill();
    }

    public byte[] bytes() {
        return line;
    }

    public int length() {
        return length;
    }

    /** The line was longer than the limit; its bytes were not kept. */
    public boolean tooLong() {
        return tooLong;
    }

    /** Number of the current line, from 1. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether no further byte is at hand without blocking: the client has sent nothing more yet. */
    public boolean nothingWaiting() {
        try {
            return chunkPos == chunkEnd && in.available() == 0;
        } catch (IOException e) {
            return true; // the next read says what went wrong
        }
    }

    public boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The line as UTF-8 text (malformed bytes become U+FFFD); null when it was too long to keep. */
    public String text() {
        return tooLong ? null : new String(line, 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }
}
