package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 4: bad strategy documents end in one {@link ValidationException} with paths and readable messages,
 * never in a Jackson exception. One test per kind of bad input.
 */
class StrategyJsonBadInputTest {

    private final StrategyJson json = StrategyJson.create();
    private final String valid = json.toJson(ExampleStrategies.smallTown());

    private ValidationException readFails(String document) {
        return catchThrowableOfType(ValidationException.class, () -> json.fromJson(document));
    }

    private static List<String> texts(ValidationException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        // line 3 lacks the comma after "kyjov"; the parser notices at the quote of the next field name, line 3 column 18.
        String doc = "{\n  \"schemaVersion\": 1,\n  \"id\": \"kyjov\"  \"title\": \"x\"\n}";

        ValidationException e = readFails(doc);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("line 3, column 18: malformed JSON");
            assertThat(p.message()).contains("was expecting comma");
        });
    }

    @Test
    void aTruncatedDocumentIsMalformed() {
        ValidationException e = readFails(valid.substring(0, valid.length() / 2));

        assertThat(e.getMessage()).contains("malformed JSON").contains("line ");
    }

    @Test
    void wrongTypesAreReportedWithTheirPaths() {
        String doc = valid.replace("\"title\": \"Strategie rozvoje města Žďár nad Sázavou 2021–2030\"", "\"title\": 42")
                .replace("\"value\": 12.5", "\"value\": \"12.5\"")
                .replace("\"from\": 2021", "\"from\": 2021.5");

        ValidationException e = readFails(doc);

        assertThat(texts(e)).containsExactlyInAnyOrder(
                "title: must be a string, was the number 42",
                "period.from: must be a whole number, was the number 2021.5",
                "indicators[CYC-KM].target.value: must be a number, was the string '12.5'");
    }

    @Test
    void anUnknownSchemaVersionIsRejected() {
        ValidationException e = readFails(valid.replace("\"schemaVersion\": 1", "\"schemaVersion\": 99"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("schemaVersion");
            assertThat(p.message()).contains("version 99 is unknown").contains("written by a newer Strateg");
        });
    }

    @Test
    void aMissingSchemaVersionIsRejected() {
        ValidationException e = readFails(valid.replace("\"schemaVersion\": 1,", ""));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("schemaVersion"));
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        String doc = valid.replace("\"kind\": \"DEVELOPMENT_STRATEGY\",", "")
                .replace("\"unit\": \"km\",", "")
                .replace("\"name\": \"Žďár nad Sázavou\",", "");

        ValidationException e = readFails(doc);

        assertThat(texts(e)).containsExactlyInAnyOrder("kind: is required", "territory.name: is required",
                "indicators[CYC-KM].unit: is required");
    }

    @Test
    void duplicateKeysAreRejected() {
        String doc = valid.replace("\"revision\": 0,", "\"revision\": 0,\n  \"title\": \"Druhý název\",");

        ValidationException e = readFails(doc);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("malformed JSON").containsIgnoringCase("duplicate").contains("title");
            assertThat(p.message()).startsWith("line ");
        });
    }

    @Test
    void unknownFieldsAreRejectedWithTheirPath() {
        String doc = valid.replace("\"code\": \"1.1.1\",", "\"code\": \"1.1.1\",\n \"budgte\": 5,");

        ValidationException e = readFails(doc);

        assertThat(texts(e)).containsExactly("elements[1.1.1].budgte: is not a known field");
    }

    @Test
    void modelRulesAreReportedWithPathsToo() {
        // an element refers to an undefined indicator, and a target year precedes the baseline
        String doc = valid.replace("\"indicators\": [\n        \"CYC-KM\"", "\"indicators\": [\n        \"OUT-07\"")
                .replace("\"year\": 2030\n      },\n      \"milestones\"", "\"year\": 2018\n      },\n      \"milestones\"");

        ValidationException e = readFails(doc);

        assertThat(texts(e)).anySatisfy(t -> assertThat(t).startsWith("indicators[CYC-KM].target.year: target year 2018"));
        ValidationException unknownIndicator = readFails(valid.replace("\"indicators\": [\n        \"CYC-KM\"", "\"indicators\": [\n        \"OUT-07\""));
        assertThat(texts(unknownIndicator)).contains("elements[1.1.1].indicators[OUT-07]: indicator OUT-07 is not defined in this strategy");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRejectedWithoutReadingItAll() {
        // 50 MB: a valid start, then 50 million spaces, produced on the fly (never held in memory)
        long size = 50L * 1024 * 1024;
        CountingInput input = new CountingInput("{\"schemaVersion\": 1,", size);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> json.read(input));

        assertThat(e.getMessage()).contains("larger than the limit of " + StrategyJson.DEFAULT_MAX_DOCUMENT_BYTES + " bytes");
        // it stopped at the limit (plus at most one read buffer), far before the end
        assertThat(input.served).isLessThanOrEqualTo(StrategyJson.DEFAULT_MAX_DOCUMENT_BYTES + 64 * 1024).isLessThan(size);
    }

    @Test
    void theSizeLimitIsConfigurable() {
        StrategyJson small = json.withMaxDocumentBytes(1000);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> small.fromJson(valid));

        assertThat(e.getMessage()).contains("larger than the limit of 1000 bytes");
        assertThat(json.fromJson(valid)).isEqualTo(ExampleStrategies.smallTown());
    }

    @Test
    void anEmptyInputOrANonObjectIsRejected() {
        assertThat(readFails("").getMessage()).contains("empty");
        assertThat(readFails("[1, 2]").getMessage()).contains("is a JSON object, this is an array");
    }

    @Test
    void contentAfterTheDocumentIsRejected() {
        assertThat(readFails(valid + "{}").getMessage()).contains("malformed JSON");
    }

    @Test
    void invalidUtf8IsReportedNotThrownAsAJacksonError() {
        byte[] bytes = valid.replace("Doprava a mobilita", "Doprava XX").getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("XX");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> json.read(new ByteArrayInputStream(bytes)));

        assertThat(e.getMessage()).contains("malformed JSON").containsIgnoringCase("UTF-8");
    }

    /** Serves a prefix and then spaces up to {@code size} bytes, counting what was served. */
    static final class CountingInput extends InputStream {
        private final byte[] prefix;
        private final long size;
        long served;

        CountingInput(String prefix, long size) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            int b = served < prefix.length ? prefix[(int) served] : ' ';
            served++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = served < prefix.length ? prefix[(int) served] : (byte) ' ';
                served++;
            }
            return n;
        }
    }
}
