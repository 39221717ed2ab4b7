package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.testkit.ExampleStrategies;
import org.junit.jupiter.api.Test;

/** A broken part must not hide the problems of the tree: a person fixes a document in one round, not five. */
class StrategyJsonReportsEverythingTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void treeProblemsAreReportedAlongsideABrokenIndicator() throws Exception {
        ObjectNode doc = (ObjectNode) mapper.readTree(StrategyJson.create().toJson(ExampleStrategies.smallTown()));
        ArrayNode elements = (ArrayNode) doc.get("elements");
        ((ObjectNode) elements.get(3)).put("parent", "9.9");                        // 1.1.1.1 under an unknown parent
        ((ObjectNode) doc.get("indicators").get(0).get("baseline")).put("period", "2020-Q9"); // CYC-KM broken

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> StrategyJson.create().fromJson(doc.toString()));

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("indicators[CYC-KM].baseline.period", "elements[1.1.1.1].parent");
    }

    @Test
    void referencesToABrokenItemAreNotReportedAsUndefined() throws Exception {
        ObjectNode doc = (ObjectNode) mapper.readTree(StrategyJson.create().toJson(ExampleStrategies.smallTown()));
        ((ObjectNode) doc.get("indicators").get(0)).put("unit", "");               // CYC-KM broken, still referenced by 1.1.1
        ((ObjectNode) doc.get("elements").get(2)).put("title", " ");                 // measure 1.1.1 broken, child 1.1.1.1 and P-01 refer to it

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> StrategyJson.create().fromJson(doc.toString()));

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("indicators[CYC-KM].unit", "elements[1.1.1].title");
    }
}
