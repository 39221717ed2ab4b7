package eu.strateg.persistence.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A reader that decodes strictly (a byte that is not text in the encoding is an error, never a replacement character) and
 * knows on which line it is, so that the error names the line and the byte instead of the JDK's "Input length = 1".
 */
public final class StrictTextReader extends Reader {

    /** A byte sequence that is not text in the encoding, with the line it is on. */
    public static final class BadByteException extends CharacterCodingException {

        private static final long serialVersionUID = 1L;
        private final long line;
        private final String text;

        BadByteException(long line, String text) {
            this.line = line;
            this.text = text;
        }

        public long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return text;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private long line = 1;
    private boolean eof;

    public StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        for (int k = off; k < off + n; k++) {
            if (buf[k] == '\n') {
                line++;
            }
        }
        return n;
    }

    /** Decodes more characters; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        bytes.compact();
        int r = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + r);
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (eof && !result.isError()) {
            result = decoder.flush(chars);
        }
        chars.flip();
        if (result.isError()) {
            throw bad(result.length());
        }
        return chars.hasRemaining() || !eof || bytes.hasRemaining();
    }

    private BadByteException bad(int length) {
        long at = line;
        for (int k = chars.position(); k < chars.limit(); k++) {
            if (chars.get(k) == '\n') {
                at++;
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int k = 0; k < length && bytes.position() + k < bytes.limit(); k++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(bytes.position() + k) & 0xFF));
        }
        return new BadByteException(at, "the byte" + (length > 1 ? "s " : " ") + hex + " " + (length > 1 ? "are" : "is") + " not "
                + decoder.charset().name() + " text");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
