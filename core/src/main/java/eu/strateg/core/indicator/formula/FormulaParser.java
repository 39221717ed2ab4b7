package eu.strateg.core.indicator.formula;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** A recursive-descent parser of {@link Formula}'s grammar; positions in messages count from 1. */
final class FormulaParser {

    /** Guards against hostile input: deeper nesting than this is rejected rather than overflowing the stack. */
    private static final int MAX_DEPTH = 100;
    private static final int MAX_LENGTH = 2000;

    private final String s;
    private final Set<String> references = new LinkedHashSet<>();
    private int pos;
    private int depth;

    FormulaParser(String text) {
        this.s = text == null ? "" : text;
    }

    Formula parse() {
        if (s.isBlank()) {
            throw new ValidationException("", "a formula is empty");
        }
        if (s.length() > MAX_LENGTH) {
            throw ValidationException.of("", "a formula is %d characters long; at most %d are allowed", s.length(), MAX_LENGTH);
        }
        Formula.Node root = expression();
        skipSpace();
        if (pos < s.length()) {
            throw error("an operator or the end");
        }
        return new Formula(s, root, references);
    }

    private Formula.Node expression() {
        if (++depth > MAX_DEPTH) {
            throw ValidationException.of("", "the formula is nested more than %d levels deep", MAX_DEPTH);
        }
        Formula.Node left = term();
        while (true) {
            skipSpace();
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                char op = s.charAt(pos++);
                left = new Formula.Binary(op, left, term());
            } else {
                depth--;
                return left;
            }
        }
    }

    private Formula.Node term() {
        Formula.Node left = factor();
        while (true) {
            skipSpace();
            if (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
                char op = s.charAt(pos++);
                left = new Formula.Binary(op, left, factor());
            } else {
                return left;
            }
        }
    }

    private Formula.Node factor() {
        skipSpace();
        if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
            char sign = s.charAt(pos++);
            if (++depth > MAX_DEPTH) {
                throw ValidationException.of("", "the formula is nested more than %d levels deep", MAX_DEPTH);
            }
            Formula.Node operand = factor();
            depth--;
            return sign == '-' ? new Formula.Negation(operand) : operand;
        }
        return primary();
    }

    private Formula.Node primary() {
        skipSpace();
        if (pos >= s.length()) {
            throw error("a code, a number or '('");
        }
        char c = s.charAt(pos);
        if (c == '(') {
            pos++;
            Formula.Node inner = expression();
            skipSpace();
            if (pos >= s.length() || s.charAt(pos) != ')') {
                throw error("')'");
            }
            pos++;
            return inner;
        }
        if (c == '[') {
            return bracketed();
        }
        if (c >= '0' && c <= '9' || c == '.') {
            return number();
        }
        if (Character.isLetter(c) && c < 128 || c == '_') {
            int start = pos;
            while (pos < s.length() && isBareChar(s.charAt(pos))) {
                pos++;
            }
            return reference(s.substring(start, pos), start);
        }
        throw error("a code, a number or '('");
    }

    private Formula.Node bracketed() {
        int start = ++pos;
        int close = s.indexOf(']', start);
        if (close < 0) {
            throw ValidationException.of("", "position %d: '[' is not closed by ']'", start);
        }
        pos = close + 1;
        return reference(s.substring(start, close).strip(), start);
    }

    private Formula.Node reference(String code, int at) {
        if (!Check.CODE.matcher(code).matches()) {
            throw ValidationException.of("", "position %d: '%s' is not an indicator code", at + 1, Check.printable(code));
        }
        references.add(code);
        return new Formula.Reference(code);
    }

    private Formula.Node number() {
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == digits) {
                pos = save;
            }
        }
        String text = s.substring(start, pos);
        if (pos < s.length() && isBareChar(s.charAt(pos))) {
            throw ValidationException.of("", "position %d: '%s…' is neither a number nor a code; write a code that starts with a digit in brackets, e.g. [1.2]",
                    start + 1, Check.printable(text + s.charAt(pos)));
        }
        try {
            BigDecimal v = new BigDecimal(text);
            if (!Check.scaleInRange(v)) {
                throw ValidationException.of("", "position %d: '%s' has an exponent out of range", start + 1, text);
            }
            return new Formula.Constant(v);
        } catch (NumberFormatException e) {
            throw ValidationException.of("", "position %d: '%s' is not a number; write a code that starts with a digit in brackets, e.g. [1.2.3]",
                    start + 1, Check.printable(text));
        }
    }

    private static boolean isBareChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private ValidationException error(String expected) {
        String found = pos >= s.length() ? "the end" : "'" + Check.printable(String.valueOf(s.charAt(pos))) + "'";
        return ValidationException.of("", "position %d: expected %s but found %s", pos + 1, expected, found);
    }
}
