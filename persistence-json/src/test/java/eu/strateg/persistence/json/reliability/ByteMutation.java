package eu.strateg.persistence.json.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import eu.strateg.testkit.property.Gen;

/**
 * One change to the bytes of a valid input, as a fuzzer makes it: cut it off, flip a bit, overwrite, delete or
 * duplicate a span, or insert a token that parsers find hard (NUL, a byte-order mark, broken UTF-8, a huge number,
 * a lone bracket or quote, an escaped surrogate). Positions are fractions of the input's length so that one
 * mutation fits inputs of any size.
 */
public record ByteMutation(Kind kind, double at, double span, int value) {

    /** What the mutation does. */
    public enum Kind {
        TRUNCATE, FLIP_BIT, SET_BYTE, DELETE, DUPLICATE, INSERT
    }

    /** The tokens {@link Kind#INSERT} puts in. */
    public static final List<byte[]> TOKENS = List.of(
            new byte[] {0}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xF0, (byte) 0x9F}, ascii("\""), ascii("{"), ascii("["), ascii("}"),
            ascii("]"), ascii(","), ascii(":"), ascii("\n"), ascii("\r"), ascii("\t"), ascii("1e999999999"), ascii("-"),
            ascii("99999999999999999999999999999999999999"), ascii("null"), ascii("NaN"), ascii("\\u0000"), ascii("\\ud800"),
            ascii("-0.000000000000000000000000001"), ascii("1E-2147483648"), ascii("'"), ascii("#"), ascii("&"), ascii("*"),
            ascii("!!"), ascii("---"), ascii("%"), ascii(";"), ascii("="), ascii("\"\""), ascii("2024-13"), ascii("0x1F"));

    public static Gen<ByteMutation> gen() {
        Gen<Kind> kinds = Gen.of(Kind.class);
        Gen<Double> at = Gen.doubles(0, 1);
        Gen<Double> span = Gen.doubles(0, 0.2);
        Gen<Integer> value = Gen.ints(0, 255);
        return r -> new ByteMutation(kinds.next(r), at.next(r), span.next(r), value.next(r));
    }

    /** Zero to {@code max} mutations, applied in order. */
    public static Gen<List<ByteMutation>> some(int max) {
        return gen().list(max);
    }

    public static byte[] applyAll(byte[] input, List<ByteMutation> mutations) {
        byte[] out = input;
        for (ByteMutation m : mutations) {
            out = m.apply(out);
        }
        return out;
    }

    public byte[] apply(byte[] in) {
        int n = in.length;
        int pos = (int) Math.min(n, Math.floor(at * n));
        int len = (int) Math.min(n - pos, Math.floor(span * n));
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(in, pos);
            case FLIP_BIT -> pos == n ? in : with(in, pos, (byte) (in[pos] ^ (1 << (value & 7))));
            case SET_BYTE -> pos == n ? in : with(in, pos, (byte) value);
            case DELETE -> splice(in, pos, len, new byte[0]);
            case DUPLICATE -> splice(in, pos, 0, Arrays.copyOfRange(in, pos, pos + len));
            case INSERT -> splice(in, pos, 0, TOKENS.get(value % TOKENS.size()));
        };
    }

    private static byte[] with(byte[] in, int pos, byte b) {
        byte[] out = in.clone();
        out[pos] = b;
        return out;
    }

    private static byte[] splice(byte[] in, int pos, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
        out.write(in, 0, pos);
        out.writeBytes(insert);
        out.write(in, pos + remove, in.length - pos - remove);
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
