package eu.strateg.examples.cli;

import eu.strateg.core.comparison.IndicatorMapping;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the mapping file of {@code compare --mapping}: {@code territory,local_code,common_id} per line. */
final class ComparisonInputs {

    private ComparisonInputs() {
    }

    /**
     * The mapping in {@code file}: UTF-8, one {@code SCHEME:CODE,LOCAL_CODE,COMMON_ID} per line; an optional header line
     * starting with {@code territory}, blank lines and lines starting with {@code #} are skipped. Each bad line is
     * reported with its number.
     */
    static IndicatorMapping mapping(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mapping " + file + ": " + e.getMessage(), e);
        }
        Problems p = new Problems();
        Map<TerritoryCode, Map<String, String>> map = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || i == 0 && line.startsWith("territory")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                p.add(where, "a mapping line has three cells, territory,local_code,common_id; this one has %d", cells.length);
                continue;
            }
            TerritoryCode t;
            try {
                t = TerritoryCode.parse(cells[0].strip());
            } catch (ValidationException e) {
                p.addAll(where, e.problems());
                continue;
            }
            String earlier = map.computeIfAbsent(t, k -> new LinkedHashMap<>()).putIfAbsent(cells[1].strip(), cells[2].strip());
            if (earlier != null) {
                p.add(where, "%s of %s is already mapped to %s", cells[1].strip(), t, earlier);
            }
        }
        p.throwIfAny();
        IndicatorMapping result = p.collect(file.getFileName().toString(), () -> IndicatorMapping.of(map));
        p.throwIfAny();
        return result;
    }
}
