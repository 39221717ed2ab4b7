package eu.strateg.persistence.json.csv;

import eu.strateg.persistence.json.internal.StrictTextReader;
import eu.strateg.persistence.json.internal.TextSniffer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** A CSV file opened as text: its encoding and delimiter found (or taken as given), the reader positioned after any byte order mark. */
record CsvSource(Reader reader, TextSniffer.Found encoding, char delimiter, String delimiterHow) {

    private static final int HEADER_BYTES = TextSniffer.SAMPLE - 16;
    private static final char[] CANDIDATES = {',', ';', '\t'};

    static CsvSource open(InputStream in, CsvDialect dialect) throws IOException {
        BufferedInputStream bin = new BufferedInputStream(in, TextSniffer.SAMPLE + 16);
        TextSniffer.Found found = TextSniffer.sniff(bin, dialect.charset());
        bin.skipNBytes(found.bomLength());
        Reader reader = new StrictTextReader(bin, found.charset());
        if (dialect.delimiter() != null) {
            return new CsvSource(reader, found, dialect.delimiter(), "given");
        }
        // the header decoded leniently: a bad byte is reported by the strict reader, with its line, when the parser meets it
        bin.mark(HEADER_BYTES + 1);
        String head = new String(bin.readNBytes(HEADER_BYTES), found.charset());
        bin.reset();
        return new CsvSource(reader, found, delimiterOf(head), "detected from the header");
    }

    /** The candidate that appears most often outside quotes in the first row; a comma when none does. */
    private static char delimiterOf(String head) {
        int n = head.length();
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int k = 0; k < n; k++) {
            char c = head.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < CANDIDATES.length; d++) {
                    counts[d] += c == CANDIDATES[d] ? 1 : 0;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < CANDIDATES.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return CANDIDATES[best];
    }

    /** e.g. {@code ';' (detected from the header)}. */
    String describeDelimiter() {
        return (delimiter == '\t' ? "tab" : "'" + delimiter + "'") + " (" + delimiterHow + ")";
    }
}
