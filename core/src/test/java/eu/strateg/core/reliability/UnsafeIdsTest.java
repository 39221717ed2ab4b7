package eu.strateg.core.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every adapter addresses a strategy by its {@link StrategyId} (a folder name in the file adapters, a key in JDBC), so
 * an id that could lead outside a directory or confuse a terminal never reaches an adapter: it is refused here.
 */
class UnsafeIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"..", "../etc", "a/../b", "a..b", "/etc/passwd", "a/b", "a\\b", "C:\\x", "a\u0000b", "\u0000", "a\nb", "a\rb",
            "a\tb", "\u001b[2J", "a\u007fb", ".hidden", "-rf", "_x", " a", "a ", "a b", "ø", "a\u202eb", "%2e%2e", "a:b", "a*b", "a?b",
            "con|x", "<x>", ""})
    void anIdThatCouldLeaveAFolderOrMisleadAPersonIsRefused(String id) {
        assertThatThrownBy(() -> StrategyId.of(id)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 1000, 100_000})
    void anOverlongIdIsRefused(int length) {
        assertThatThrownBy(() -> StrategyId.of("a".repeat(length))).isInstanceOf(ValidationException.class);
    }
}
