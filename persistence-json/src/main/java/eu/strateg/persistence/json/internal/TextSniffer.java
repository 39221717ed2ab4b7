package eu.strateg.persistence.json.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of a text file from its first 16 KB: a byte order mark (UTF-8, UTF-16), NUL bytes (UTF-16 without a
 * mark), valid UTF-8, else one of the two single-byte encodings Czech and Polish offices use: Windows-1250 (what Excel
 * saves) or ISO-8859-2, told apart by the bytes 0x80–0x9F (letters in Windows-1250, control codes in ISO-8859-2) and by
 * which of the two reads more Czech and Polish letters.
 */
public final class TextSniffer {

    /** How many bytes are looked at. */
    public static final int SAMPLE = 16 * 1024;

    public static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    public static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");

    private static final String LETTERS = "áčďéěíňóřšťúůýžąćęłńśźżÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĄĆĘŁŃŚŹŻ";

    /** The encoding found, how many bytes of byte order mark to skip and how it was found (for messages). */
    public record Found(Charset charset, int bomLength, String how) {

        /** e.g. {@code windows-1250 (detected: not UTF-8, letters of Windows-1250)}. */
        public String describe() {
            return charset.name() + " (" + how + ")";
        }
    }

    private TextSniffer() {
    }

    /** Looks at the start of {@code in} (which must support mark/reset) and resets it. {@code given}: the user's choice or null. */
    public static Found sniff(BufferedInputStream in, Charset given) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        int bom = bomLength(sample);
        if (given != null) {
            boolean utf8Bom = bom == 3 && given.equals(StandardCharsets.UTF_8);
            return new Found(given, utf8Bom ? 3 : 0, "given" + (utf8Bom ? ", byte order mark skipped" : ""));
        }
        if (bom == 3) {
            return new Found(StandardCharsets.UTF_8, 3, "detected: byte order mark");
        }
        if (bom == 2) {
            return new Found(sample[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2, "detected: byte order mark");
        }
        int nul = indexOf(sample, (byte) 0);
        if (nul >= 0) {
            return new Found(nul % 2 == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 0, "detected: NUL bytes, UTF-16 without a byte order mark");
        }
        if (isUtf8(sample, sample.length < SAMPLE)) {
            return new Found(StandardCharsets.UTF_8, 0, "detected: valid UTF-8");
        }
        return singleByte(sample);
    }

    private static Found singleByte(byte[] sample) {
        for (byte b : sample) {
            int u = b & 0xFF;
            if (u >= 0x80 && u <= 0x9F) {
                return new Found(WINDOWS_1250, 0, String.format("detected: not UTF-8; byte 0x%02X is a letter in Windows-1250 only", u));
            }
        }
        long w = letters(sample, WINDOWS_1250);
        long i = letters(sample, ISO_8859_2);
        return i > w ? new Found(ISO_8859_2, 0, "detected: not UTF-8; reads more Czech/Polish letters as ISO-8859-2")
                : new Found(WINDOWS_1250, 0, "detected: not UTF-8; reads Czech/Polish letters as Windows-1250");
    }

    private static long letters(byte[] sample, Charset c) {
        return new String(sample, c).chars().filter(ch -> ch >= 0x80 && LETTERS.indexOf(ch) >= 0).count();
    }

    private static int bomLength(byte[] s) {
        if (s.length >= 3 && s[0] == (byte) 0xEF && s[1] == (byte) 0xBB && s[2] == (byte) 0xBF) {
            return 3;
        }
        if (s.length >= 2 && (s[0] == (byte) 0xFF && s[1] == (byte) 0xFE || s[0] == (byte) 0xFE && s[1] == (byte) 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static int indexOf(byte[] s, byte b) {
        for (int k = 0; k < s.length; k++) {
            if (s[k] == b) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the bytes are UTF-8; when {@code whole} is false the sample may end inside a character. */
    private static boolean isUtf8(byte[] sample, boolean whole) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        var r = d.decode(in, out, whole);
        if (r.isError()) {
            return false;
        }
        return whole ? !d.flush(out).isError() && !in.hasRemaining() : in.remaining() < 4;
    }
}
