package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceKeysTest {

    private static final List<String> FULL = List.of("1-1-1 / Proportion of children / Female", "1-1-1 / Proportion of children / Male",
            "1-1-1 / Proportion of adults covered / Female");

    @Test
    void anEqualKeyMatchesItselfACutKeyItsOnlyExtension() {
        assertThat(ReferenceKeys.match("1-1-1 / Proportion of children / Male", FULL)).isEqualTo("1-1-1 / Proportion of children / Male");
        assertThat(ReferenceKeys.match("1-1-1 / Proportion of adu", FULL)).isEqualTo("1-1-1 / Proportion of adults covered / Female");
    }

    @Test
    void aCutKeyOfSeveralFullKeysOrOfNoneMatchesNothing() {
        assertThat(ReferenceKeys.match("1-1-1 / Proportion of children", FULL)).isNull();
        assertThat(ReferenceKeys.match("1-1-2", FULL)).isNull();
    }
}
