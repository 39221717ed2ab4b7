package eu.strateg.persistence.json.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.util.RawValue;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import eu.strateg.testkit.property.Gen;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the strategy document reader: valid documents (the test fixtures, and the example documents of
 * {@code docs/examples} when the project root is known) changed by one structural mutation (a value swapped for one
 * of another type, a huge or tiny number, a deeply nested array or object, a long or hostile string) and up to three
 * byte mutations (truncation, bit flips, deletions, duplications, hard tokens). Whatever comes in, the reader returns
 * a strategy or throws a {@code ValidationException} with readable problems, within seconds.
 */
class StrategyJsonFuzzTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final StrategyJson JSON = StrategyJson.create();
    private static final List<JsonNode> BASES = bases();
    /** The JSON pointer of every node of every base, by base. */
    private static final List<List<JsonPointer>> POINTERS = BASES.stream().map(StrategyJsonFuzzTest::pointers).toList();

    /** A value swapped in at some node of the document. */
    record TreeMutation(int base, double at, int replacement, int size) {
    }

    /** The case: a tree mutation, then byte mutations. */
    record Case(TreeMutation tree, List<ByteMutation> bytes) {
    }

    @Test
    void aMutatedStrategyDocumentIsReadOrRejectedWithProblems() {
        Gen<TreeMutation> trees = treeMutations();
        Gen<List<ByteMutation>> bytes = ByteMutation.some(3);
        FuzzFigures.fuzz("StrategyJsonFuzzTest.aMutatedStrategyDocumentIsReadOrRejectedWithProblems", r -> new Case(trees.next(r), bytes.next(r)), c -> {
            byte[] input = ByteMutation.applyAll(document(c.tree()), c.bytes());
            Verdicts.judge(Bounded.run(() -> JSON.read(new ByteArrayInputStream(input)), Verdicts.preview(input)), input);
        });
    }

    private static Gen<TreeMutation> treeMutations() {
        Gen<Integer> base = Gen.ints(0, BASES.size() - 1);
        Gen<Double> at = Gen.doubles(0, 1);
        Gen<Integer> replacement = Gen.ints(-1, REPLACEMENTS - 1);
        Gen<Integer> size = Gen.ints(1, 3000);
        return r -> new TreeMutation(base.next(r), at.next(r), replacement.next(r), size.next(r));
    }

    /** The base document with the tree mutation applied (replacement -1: unchanged). */
    private static byte[] document(TreeMutation m) {
        JsonNode root = BASES.get(m.base()).deepCopy();
        if (m.replacement() >= 0) {
            List<JsonPointer> pointers = POINTERS.get(m.base());
            JsonPointer at = pointers.get((int) Math.min(pointers.size() - 1, m.at() * pointers.size()));
            JsonNode replacement = replacement(m.replacement(), m.size(), root.at(at));
            if (at.matches()) {
                root = replacement;
            } else {
                JsonNode parent = root.at(at.head());
                if (parent instanceof ObjectNode o) {
                    o.set(at.last().getMatchingProperty(), replacement);
                } else {
                    ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
                }
            }
        }
        try {
            return PLAIN.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final int REPLACEMENTS = 24;

    private static JsonNode replacement(int kind, int size, JsonNode original) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (kind) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(true);
            case 2 -> f.textNode("");
            case 3 -> f.textNode("x");
            case 4 -> f.numberNode(0);
            case 5 -> f.numberNode(-1);
            case 6 -> f.numberNode(Long.MAX_VALUE);
            case 7 -> f.numberNode(new BigDecimal("1E+999999999"));
            case 8 -> f.numberNode(new BigDecimal("1E-999999999"));
            case 9 -> f.numberNode(new BigDecimal("9".repeat(Math.min(size, 1500))));
            case 10 -> f.numberNode(new BigDecimal("0." + "0".repeat(Math.min(size, 900)) + "1"));
            case 11 -> f.arrayNode();
            case 12 -> f.objectNode();
            case 13 -> f.arrayNode().add(original);
            case 14 -> f.objectNode().set("x", original);
            case 15 -> new POJONode(new RawValue("[".repeat(size) + "]".repeat(size)));
            case 16 -> new POJONode(new RawValue("{\"a\":".repeat(size) + "1" + "}".repeat(size)));
            case 17 -> f.textNode("a".repeat(size * 100));
            case 18 -> f.textNode("2024-13");
            case 19 -> f.textNode("\u0000\u001b[31m<script>alert(1)</script>\u202e");
            case 20 -> f.textNode(original.toString());
            case 21 -> f.numberNode(1.5);
            case 22 -> f.numberNode(-2147483649L);
            default -> f.textNode("../../../etc/passwd");
        };
    }

    private static List<JsonNode> bases() {
        List<Strategy> fixtures = List.of(ExampleStrategies.smallTown(), ExampleStrategies.gmina("lodz-2030").withRevision(3));
        List<JsonNode> out = new ArrayList<>();
        try {
            for (Strategy s : fixtures) {
                out.add(PLAIN.readTree(JSON.toBytes(s)));
            }
            String root = System.getenv("STRATEG_PROJECT_ROOT");
            if (root != null) {
                try (var files = Files.list(Path.of(root, "docs", "examples"))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        out.add(PLAIN.readTree(f.toFile()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<JsonPointer> pointers(JsonNode root) {
        List<JsonPointer> out = new ArrayList<>();
        collect(root, JsonPointer.empty(), out);
        return out;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> out) {
        out.add(at);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), at.appendProperty(e.getKey()), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at.appendIndex(i), out);
            }
        }
    }

}
