package eu.strateg.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The territories this server hosts, kept in {@code territories.json} in the data folder: a region hosting its towns
 * has one entry per town. A territory is registered when the first strategy of it is stored; an administrator sees all
 * registered territories, other accounts those of their account. A territory with {@code "public": true} opts in to
 * anonymous reading of its adopted strategies ({@link #publicCodes}); the flag is set in the file by hand or with
 * {@link #setPublic}.
 */
public final class TerritoryRegister {

    /** The file name in the data folder. */
    public static final String FILE = "territories.json";

    private final Path file;
    private final Map<String, Territory> territories = new TreeMap<>();
    private final Set<String> open = new HashSet<>();

    private TerritoryRegister(Path file) {
        this.file = file;
    }

    /**
     * Opens the register of a data folder (empty when the file does not exist yet).
     *
     * @param dataDirectory the data folder
     * @return the register
     */
    public static TerritoryRegister open(Path dataDirectory) {
        TerritoryRegister r = new TerritoryRegister(dataDirectory.resolve(FILE));
        JsonNode json = JsonFiles.read(r.file);
        if (json != null) {
            for (JsonNode t : json.path("territories")) {
                Territory territory = new Territory(TerritoryCode.parse(t.path("code").asText()), t.path("name").asText(),
                        TerritoryLevel.valueOf(t.path("level").asText()),
                        t.hasNonNull("parent") ? TerritoryCode.parse(t.get("parent").asText()) : null);
                r.territories.put(territory.code().toString(), territory);
                if (t.path("public").asBoolean(false)) {
                    r.open.add(territory.code().toString());
                }
            }
        }
        return r;
    }

    /**
     * Registers a territory, or updates its name, level and parent; written to the file at once.
     *
     * @param territory the territory
     */
    public synchronized void register(Territory territory) {
        if (territory.equals(territories.get(territory.code().toString()))) {
            return;
        }
        territories.put(territory.code().toString(), territory);
        save();
    }

    /**
     * Opens a registered territory's adopted strategies to anonymous reading, or closes them; written to the file at once.
     *
     * @param code the territory
     * @param readable whether anyone may read its adopted strategies without an account
     * @throws IllegalArgumentException if the territory is not registered
     */
    public synchronized void setPublic(TerritoryCode code, boolean readable) {
        if (!territories.containsKey(code.toString())) {
            throw new IllegalArgumentException("the territory " + code + " is not registered");
        }
        if (readable) {
            open.add(code.toString());
        } else {
            open.remove(code.toString());
        }
        save();
    }

    /** The codes of the registered territories whose adopted strategies anyone may read. */
    public synchronized Set<TerritoryCode> publicCodes() {
        Set<TerritoryCode> codes = new LinkedHashSet<>();
        territories.values().stream().filter(t -> open.contains(t.code().toString())).forEach(t -> codes.add(t.code()));
        return codes;
    }

    private void save() {
        ArrayNode list = JsonFiles.MAPPER.createArrayNode();
        for (Territory t : territories.values()) {
            var node = list.addObject().put("code", t.code().toString()).put("name", t.name()).put("level", t.level().name());
            if (t.parent() != null) {
                node.put("parent", t.parent().toString());
            }
            if (open.contains(t.code().toString())) {
                node.put("public", true);
            }
        }
        JsonFiles.write(file, JsonFiles.MAPPER.createObjectNode().set("territories", list));
    }

    /** Every registered territory, ordered by code. */
    public synchronized List<Territory> all() {
        return List.copyOf(territories.values());
    }

    /** The codes of every registered territory. */
    public synchronized Set<TerritoryCode> codes() {
        Set<TerritoryCode> codes = new LinkedHashSet<>();
        territories.values().forEach(t -> codes.add(t.code()));
        return codes;
    }

    /**
     * A registered territory.
     *
     * @param code its code
     * @return the territory, if registered
     */
    public synchronized Optional<Territory> find(TerritoryCode code) {
        return Optional.ofNullable(territories.get(code.toString()));
    }
}
