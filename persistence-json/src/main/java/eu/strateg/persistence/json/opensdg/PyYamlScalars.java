package eu.strateg.persistence.json.opensdg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Scalars written as PyYAML's {@code yaml.dump} writes them (default settings: block style, no Unicode), so that
 * Strateg's {@code indicator_calculation_components.yml} is the same text as sdg-build's: floats as Python's
 * {@code repr} ({@code 2015.0}, {@code 1.0e-05}, {@code .inf}), strings plain when PyYAML would leave them plain,
 * else single-quoted, else double-quoted with PyYAML's escapes.
 */
final class PyYamlScalars {

    // PyYAML's implicit resolvers (YAML 1.1): a plain string that matches one of these must be quoted.
    private static final Pattern BOOL = Pattern.compile("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern INT = Pattern.compile("[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
            + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
            + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
            + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
            + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?");
    private static final Pattern OTHER = Pattern.compile("<<|=");

    private PyYamlScalars() {
    }

    /** A float as PyYAML writes it: Python's {@code repr}, lower case, {@code .0} before a bare exponent. */
    static String pyFloat(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(d);
        String digits = shortest.unscaledValue().abs().toString();
        int decpt = digits.length() - shortest.scale(); // value = 0.digits × 10^decpt
        String sign = d < 0 ? "-" : "";
        if (decpt > -4 && decpt <= 16) {
            return sign + fixed(digits, decpt);
        }
        int exp = decpt - 1;
        String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** The shortest decimal that reads back as {@code d} (what Python's repr prints), trailing zeros stripped. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String fixed(String digits, int decpt) {
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** How PyYAML would write {@code s} in block context: plain, single-quoted or double-quoted. */
    static String string(String s, boolean simpleKey) {
        Analysis a = analyse(s);
        boolean implicit = BOOL.matcher(s).matches() || NULL.matcher(s).matches() || INT.matcher(s).matches()
                || FLOAT.matcher(s).matches() || TIMESTAMP.matcher(s).matches() || OTHER.matcher(s).matches();
        if (!implicit && a.blockPlain && !(simpleKey && s.isEmpty())) {
            return s;
        }
        if (!a.special) {
            return "'" + s.replace("'", "''") + "'";
        }
        return doubleQuoted(s);
    }

    private record Analysis(boolean blockPlain, boolean special) {
    }

    private static Analysis analyse(String s) {
        if (s.isEmpty()) {
            return new Analysis(false, false);
        }
        boolean indicators = s.startsWith("---") || s.startsWith("...");
        boolean special = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean followedBySpace = i + 1 == s.length() || s.charAt(i + 1) == ' ';
            if (i == 0) {
                indicators |= "#,[]{}&*!|>'\"%@`".indexOf(c) >= 0 || (c == '?' || c == ':' || c == '-') && followedBySpace;
            } else {
                indicators |= c == ':' && followedBySpace || c == '#' && s.charAt(i - 1) == ' ';
            }
            special |= c < 0x20 || c > 0x7E;
        }
        boolean edgeSpace = s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
        return new Analysis(!indicators && !special && !edgeSpace, special);
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            if (c > 0xFFFF) {
                i++;
            }
            String esc = switch (c) {
                case 0 -> "0";
                case 7 -> "a";
                case 8 -> "b";
                case 9 -> "t";
                case 10 -> "n";
                case 11 -> "v";
                case 12 -> "f";
                case 13 -> "r";
                case 27 -> "e";
                case '"' -> "\"";
                case '\\' -> "\\";
                case 0x85 -> "N";
                case 0xA0 -> "_";
                case 0x2028 -> "L";
                case 0x2029 -> "P";
                default -> null;
            };
            if (esc != null) {
                sb.append('\\').append(esc);
            } else if (c >= 0x20 && c <= 0x7E) {
                sb.append((char) c);
            } else if (c <= 0xFF) {
                sb.append(String.format("\\x%02X", c));
            } else if (c <= 0xFFFF) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.append(String.format("\\U%08X", c));
            }
        }
        return sb.append('"').toString();
    }
}
