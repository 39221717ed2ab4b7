package eu.strateg.core.indicator.formula;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;

/**
 * A computed indicator's formula (vzorec / wzór): an arithmetic expression over other indicators of the same
 * strategy, e.g. {@code WASTE_T / POPULATION * 1000}, evaluated per period.
 *
 * <p>Grammar: {@code + - * /}, unary minus, parentheses, decimal constants ({@code 1000}, {@code 0.5},
 * {@code 1e3}) and indicator codes. A code is written bare when it starts with a letter or {@code _} and has only
 * letters, digits, {@code _} and {@code .} ({@code WASTE_T}, {@code OUT.07}); any other code (one with {@code -},
 * or starting with a digit) is written in brackets: {@code [OUT-07]}, {@code [1.2.3]}. Brackets are always
 * allowed. Whitespace is free. Usual precedence: {@code * /} before {@code + -}, left to right.
 *
 * <p>Arithmetic is exact decimal with 16 significant digits ({@link MathContext#DECIMAL64}) so that values read
 * the same in every report. Why not a library: the expression libraries on Maven Central (EvalEx, exp4j, …) would
 * be core's only dependency besides Guava and SLF4J, which the architecture forbids, and this grammar is small.
 */
public final class Formula {

    /** How a formula's arithmetic rounds. */
    public static final MathContext MATH = MathContext.DECIMAL64;

    private final String text;
    private final Node root;
    private final ImmutableSet<String> references;

    Formula(String text, Node root, Set<String> references) {
        this.text = text;
        this.root = root;
        this.references = ImmutableSet.copyOf(references);
    }

    /**
     * Parses a formula.
     *
     * @throws eu.strateg.core.validation.ValidationException with the position and what was expected, e.g.
     *     "position 9: expected a code, a number or '(' but found the end"
     */
    public static Formula parse(String text) {
        return new FormulaParser(text).parse();
    }

    /** The indicator codes the formula uses, in order of first appearance. */
    public Set<String> references() {
        return references;
    }

    /**
     * The value for one period, given every referenced code's value; null when a division by zero makes it
     * undefined.
     *
     * @throws IllegalArgumentException when a referenced code has no value (callers check {@link #references()})
     */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        try {
            return root.eval(values);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    /** A node of the expression tree. */
    sealed interface Node permits Constant, Reference, Negation, Binary {
        BigDecimal eval(Map<String, BigDecimal> values);
    }

    record Constant(BigDecimal value) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values) {
            return value;
        }
    }

    record Reference(String code) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values) {
            BigDecimal v = values.get(code);
            if (v == null) {
                throw new IllegalArgumentException("no value for " + code);
            }
            return v;
        }
    }

    record Negation(Node operand) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values) {
            return operand.eval(values).negate();
        }
    }

    record Binary(char op, Node left, Node right) implements Node {
        @Override
        public BigDecimal eval(Map<String, BigDecimal> values) {
            BigDecimal a = left.eval(values);
            BigDecimal b = right.eval(values);
            return switch (op) {
                case '+' -> a.add(b, MATH);
                case '-' -> a.subtract(b, MATH);
                case '*' -> a.multiply(b, MATH);
                default -> a.divide(b, MATH);
            };
        }
    }
}
