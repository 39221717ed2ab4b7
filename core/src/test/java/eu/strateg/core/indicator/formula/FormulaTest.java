package eu.strateg.core.indicator.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formula grammar of computed indicators. */
class FormulaTest {

    private static BigDecimal eval(String formula, Map<String, BigDecimal> values) {
        return Formula.parse(formula).evaluate(values);
    }

    private static final Map<String, BigDecimal> VALUES = Map.of("A", new BigDecimal("6"), "B", new BigDecimal("3"),
            "OUT-07", new BigDecimal("10"), "1.2.3", new BigDecimal("4"), "X.1", new BigDecimal("2"));

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // precedence: * and / before + and −, left to right
        "A + B * 2; 12",
        "(A + B) * 2; 18",
        "A / B / 2; 1",
        "A - B - 1; 2",
        "-A + B; -3",
        "--A; 6",
        "A * -B; -18",
        "[OUT-07] / 4; 2.5",
        "[1.2.3] * X.1; 8",
        "[A] + [ B ]; 9",
        "A / 1e3 * 1000; 6",
        "0.5 * A; 3.0",
        "  A*B  ; 18"})
    void evaluatesWithTheUsualPrecedence(String formula, String expected) {
        assertThat(eval(formula, VALUES)).isEqualByComparingTo(expected);
    }

    @Test
    void perThousandInhabitantsIsExactDecimal() {
        // 4512.5 t / 21450 inhabitants · 1000 = 210.3729603729604 (16 significant digits)
        BigDecimal v = eval("WASTE_T / POPULATION * 1000", Map.of("WASTE_T", new BigDecimal("4512.5"), "POPULATION",
                new BigDecimal("21450")));

        assertThat(v).isEqualByComparingTo("210.3729603729604");
    }

    @Test
    void listsItsReferencesInOrderOfAppearance() {
        assertThat(Formula.parse("B + [OUT-07] * B / A").references()).containsExactly("B", "OUT-07", "A");
    }

    @Test
    void aBareMinusIsSubtractionSoCodesWithDashesNeedBrackets() {
        // OUT-07 reads as OUT − 07: the strategy check then reports OUT as unknown, with a hint (see FormulaRules).
        Formula f = Formula.parse("OUT-07 * 2");

        assertThat(f.references()).containsExactly("OUT");
        assertThat(f.evaluate(Map.of("OUT", new BigDecimal("20")))).isEqualByComparingTo("6");
    }

    @Test
    void divisionByZeroIsUndefined() {
        assertThat(eval("A / (B - 3)", VALUES)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "A +; position 4: expected a code, a number or '(' but found the end",
        "(A + B; position 7: expected ')' but found the end",
        "A B; position 3: expected an operator or the end but found 'B'",
        "A % B; position 3: expected an operator or the end but found '%'",
        "[OUT-07 * 2; position 1: '[' is not closed by ']'",
        "[bad code!]; position 2: 'bad code!' is not an indicator code",
        "1.2.3 + A; position 1: '1.2.3' is not a number",
        "2A; position 1: '2A…' is neither a number nor a code"})
    void rejectsBadSyntaxWithThePosition(String formula, String message) {
        assertThatThrownBy(() -> Formula.parse(formula)).isInstanceOf(ValidationException.class).hasMessageContaining(message);
    }

    @Test
    void rejectsEmptyAndHostileInput() {
        assertThatThrownBy(() -> Formula.parse("  ")).isInstanceOf(ValidationException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Formula.parse("(".repeat(500) + "A" + ")".repeat(500))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nested more than");
        assertThatThrownBy(() -> Formula.parse("-".repeat(1500) + "A")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nested more than");
        assertThatThrownBy(() -> Formula.parse("A+".repeat(1200) + "A")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> Formula.parse("1e99999999 * A")).isInstanceOf(ValidationException.class);
    }
}
