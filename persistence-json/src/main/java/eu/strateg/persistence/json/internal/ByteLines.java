package eu.strateg.persistence.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ('\n', with an optional '\r' before it) without decoding them, keeping the byte
 * offset of each line: UTF-8 never has the byte 0x0A inside a character, so lines can be cut before decoding. A line
 * longer than the limit is reported, not buffered without end.
 */
public final class ByteLines {

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean eof;
    private long bufferOffset;
    private long lineNumber;

    private byte[] line = new byte[0];
    private int lineLength;
    private long lineOffset;
    private long nextOffset;
    private boolean tooLong;
    private boolean terminated;

    public ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of the input. */
    public boolean next() throws IOException {
        lineLength = 0;
        tooLong = false;
        lineOffset = bufferOffset + start;
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    append(start, i);
                    start = i + 1;
                    return finish(true);
                }
            }
            append(start, end);
            start = end;
            if (!fill()) {
                return lineLength > 0 || tooLong ? finish(false) : false;
            }
        }
    }

    private boolean finish(boolean newline) {
        lineNumber++;
        terminated = newline;
        nextOffset = bufferOffset + start;
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        return true;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (n == 0 || tooLong) {
            return;
        }
        if (lineLength + n > maxLineBytes) {
            tooLong = true;
            lineLength = 0;
            return;
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLength + n, Math.min(maxLineBytes, Math.max(256, line.length * 2))));
        }
        System.arraycopy(buffer, from, line, lineLength, n);
        lineLength += n;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        bufferOffset += end;
        start = 0;
        end = 0;
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        end = n;
        return true;
    }

    /** The bytes of the current line (valid up to {@link #length()}), without the line end. */
    public byte[] bytes() {
        return line;
    }

    public int length() {
        return lineLength;
    }

    /** 1-based number of the current line. */
    public long number() {
        return lineNumber;
    }

    /** Byte offset where the current line starts. */
    public long offset() {
        return lineOffset;
    }

    /** Byte offset just after the current line's end (where the next line starts). */
    public long endOffset() {
        return nextOffset;
    }

    /** True when the current line was longer than the limit (its bytes are then empty). */
    public boolean tooLong() {
        return tooLong;
    }

    /** True when the current line ended with a newline (false for an unterminated last line). */
    public boolean terminated() {
        return terminated;
    }

    public boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
