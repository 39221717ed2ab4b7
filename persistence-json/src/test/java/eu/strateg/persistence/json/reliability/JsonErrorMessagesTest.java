package eu.strateg.persistence.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13.15: a JSON error names where it is (line and column, and the field path when it is inside a field), says
 * what is wrong in words (no Java or Jackson names such as {@code StreamReadConstraints}, {@code VALUE_STRING},
 * {@code `com.fasterxml…`} or {@code [Source: …]}) and is never cut in the middle of a word.
 */
class JsonErrorMessagesTest {

    /** A Java or Jackson name: a dotted package, a backtick, a token type, Jackson's source description. */
    private static final Pattern MACHINE_WORDS = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Za-z]|`|\\b[A-Z]+_[A-Z]+\\b|\\[Source|Exception|"
            + "StreamReadConstraints|JsonToken");
    /** An ellipsis glued to a letter: a word was cut. */
    private static final Pattern CUT_WORD = Pattern.compile("\\p{L}…");

    static List<Arguments> documents() {
        String deep = "{\"title\": " + "[".repeat(100);
        return List.of(
                Arguments.of("{\"title\": \"ab", "title", "line 1, column 14", "closing quote is missing"),
                // '{"title": ' is 10 characters, so the 65th '[' (one level over the limit with the object) is at column 75
                Arguments.of(deep, "title[0][0]", "line 1, column 75", "too deeply nested (65, the limit is 64)"),
                Arguments.of("{\"title\": tru}", "title", "line 1, column 11", "'tru' is not a JSON value"),
                // line 2: two spaces, '"title": ' (9), the quoted text (302) and a space, so the stray quote is at column 315
                Arguments.of("{\n  \"title\": \"" + "x".repeat(300) + "\" \"b\"}", "title", "line 2, column 315",
                        "unexpected character '\"': was expecting comma to separate Object entries"),
                Arguments.of("{\"schemaVersion\": 1,\n \"title\": 1e99999999999}", "title", "line 2, column 24", "too large or too small"),
                Arguments.of("{\"a\":1,\"a\":2}", "a", "line 1, column 11", "duplicate field 'a': it appears twice"),
                Arguments.of("{\"title\": \"\u0001\"}", "title", "line 1, column 12", "U+0001 stands unescaped"),
                Arguments.of("{} {}", "", "line 1, column 4", "more after the end of the document"),
                Arguments.of("{\"title\": 'single'}", "title", "line 1, column 11", "unexpected character '''"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void aStrategyDocumentErrorNamesLineColumnAndPathInWords(String document, String path, String where, String what) {
        ValidationException e = catchThrowableOfType(
                () -> StrategyJson.create().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))), ValidationException.class);

        assertThat(e).as(document).isNotNull();
        Problem p = e.problems().get(0);
        assertThat(p.path()).isEqualTo(path.isEmpty() ? "" : p.path().startsWith(path) ? p.path() : path);
        assertThat(p.message()).startsWith(where + ": ").contains(what);
        assertReadable(p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"indicator\":\"A\",\"period\":\"2021\",\"value\":1", "{\"indicator\":\"A\",\"period\":\"2021\",\"value\":tru}",
        "{\"indicator\":\"A\",\"period\":\"2021\",\"value\":1,\"value\":2}", "{\"indicator\":\"A\",\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
            + "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]}"})
    void aJsonLinesErrorNamesLineColumnAndFieldInWords(String line) {
        ValidationException e = catchThrowableOfType(() -> ObservationJsonLinesReader.open(
                new ByteArrayInputStream(("{\"indicator\":\"A\",\"period\":\"2020\",\"value\":1}\n" + line + "\n").getBytes(StandardCharsets.UTF_8)))
                .readAll(o -> { }), ValidationException.class);

        assertThat(e).as(line).isNotNull();
        Problem p = e.problems().get(e.problems().size() - 1);
        assertThat(p.toString()).matches("line 2: column \\d+, at [a-z]+.*: .*");
        assertReadable(p.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100, 300})
    void aLongTokenIsShortenedButTheExplanationStaysWhole(int length) {
        String document = "{\"title\": " + "t".repeat(length) + "}";
        ValidationException e = catchThrowableOfType(
                () -> StrategyJson.create().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))), ValidationException.class);

        assertThat(e.problems().get(0).message()).endsWith("expected a text in double quotes, a number, an array, an object, true, false or null");
        assertThat(e.problems().get(0).message().length()).isLessThan(260);
    }

    private static void assertReadable(String message) {
        assertThat(MACHINE_WORDS.matcher(message).find()).as("a Java or Jackson name in: %s", message).isFalse();
        assertThat(CUT_WORD.matcher(message.replaceAll("'[^']*'", "''")).find()).as("a word cut in: %s", message).isFalse();
    }
}
