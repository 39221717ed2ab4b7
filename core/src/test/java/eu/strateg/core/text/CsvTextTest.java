package eu.strateg.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's one CSV rule (issue 13.9): text cells quoted and neutralised; exchange cells restorable. */
class CsvTextTest {

    @Test
    void aTextCellIsAlwaysQuotedAndNeutralisedWhenItStartsLikeAFormula() {
        // the issue's bypass: Czech and Polish Excel cut a mid-line text at ';', so the formula after it is marked too
        assertThat(CsvText.textCell("x;=2+3;")).isEqualTo("\"x;'=2+3;\"");
        assertThat(CsvText.textCell("a,-1\n@b\r+c;\"=d")).isEqualTo("\"a,'-1\n'@b\r'+c;'\"\"=d\"");
        assertThat(CsvText.textCell("Cyklostezky")).isEqualTo("\"Cyklostezky\"");
        assertThat(CsvText.textCell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvText.textCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvText.textCell("")).isEmpty();
        assertThat(CsvText.textCell(null)).isEmpty();
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(CsvText.textCell(start + "x")).startsWith("\"'");
        }
    }

    @Test
    void aPlainCellIsQuotedOnlyWhenRfc4180OrASemicolonNeedsIt() {
        assertThat(CsvText.plainCell("-3.5")).isEqualTo("-3.5");
        assertThat(CsvText.plainCell("2024-Q1")).isEqualTo("2024-Q1");
        assertThat(CsvText.plainCell("dim:a,b")).isEqualTo("\"dim:a,b\"");
        assertThat(CsvText.plainCell("dim:a;b")).isEqualTo("\"dim:a;b\"");
        assertThat(CsvText.plainCell(" x")).isEqualTo("\" x\"");
    }

    @Test
    void restoreIsTheExactInverseOfAnExchangeCell() {
        for (String text : List.of("x", "=1+1", "'=1+1", "''=1", "'", "''", "'plain", "-", "@", "\t", "x;=2+3;", "Žďár", "a;'b", "a;''=b",
                "\r\r=1", "x;\"=1", "x,'\"", ";;;", "'';'")) {
            String cell = CsvText.exchangeCell(text);
            String unquoted = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
            assertThat(CsvText.restore(unquoted)).as(text).isEqualTo(text);
        }
        assertThat(CsvText.restore("'plain")).isEqualTo("'plain");
    }
}
