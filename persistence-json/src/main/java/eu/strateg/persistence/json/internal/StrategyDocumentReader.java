package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.strategy.StrategyRules;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Maps a strategy document (already upgraded to the current schema version) to a {@link Strategy}, collecting
 * every problem with its path. Each part is built only when its own fields were readable, so a wrong type is
 * reported once and not again as a missing value.
 */
public final class StrategyDocumentReader {

    private StrategyDocumentReader() {
    }

    /** The strategy, or null with the problems recorded in {@code p}. */
    public static Strategy read(JsonNode root, Problems p) {
        Fields f = Fields.of(root, "", p);
        if (f == null) {
            return null;
        }
        f.raw("schemaVersion");
        int before = p.size();
        String idText = f.text("id");
        StrategyId id = idText == null ? null : p.collect("id", () -> StrategyId.of(idText));
        Integer revision = f.optInteger("revision", 0, Integer.MAX_VALUE);
        String title = f.text("title");
        StrategyKind kind = f.enumValue("kind", StrategyKind.class);
        StrategyPeriod period = period(f.object("period"), p);
        Territory territory = territory(f.object("territory"), p);
        Fields lf = f.optObject("lifecycle");
        Lifecycle lifecycle = lf == null ? Lifecycle.DRAFT : lifecycle(lf, p);
        List<String> levelNames = f.strings("levelNames");
        String vision = f.optText("vision");
        List<Element> elements = list(f, "elements", p, StrategyDocumentReader::element);
        List<Indicator> indicators = list(f, "indicators", p, IndicatorDocumentReader::indicator);
        List<Project> projects = list(f, "projects", p, ProjectDocumentReader::project);
        f.finish();
        if (p.size() > before) {
            // Report what the whole strategy would also reject, so a person sees every problem at once.
            p.addAll("", StrategyRules.structural(period, elements, indicators, projects,
                    broken(root.get("elements"), elements, Element::code), broken(root.get("indicators"), indicators, Indicator::code)));
            return null;
        }
        long rev = revision == null ? 0 : revision;
        return p.collect("", () -> new Strategy(id, rev, territory, title, kind, period, lifecycle, levelNames, vision,
                elements, indicators, projects));
    }

    /** Codes present in the document whose items could not be built. */
    private static <T> Set<String> broken(JsonNode raw, List<T> built, java.util.function.Function<T, String> code) {
        Set<String> codes = new HashSet<>();
        if (raw == null || !raw.isArray()) {
            return codes;
        }
        for (JsonNode item : raw) {
            JsonNode c = item == null ? null : item.get("code");
            if (c != null && c.isTextual()) {
                codes.add(c.textValue());
            }
        }
        for (T t : built) {
            codes.remove(code.apply(t));
        }
        return codes;
    }

    /** Reads one item of a list of objects. */
    interface ItemReader<T> {
        T read(Fields item, Problems p);
    }

    static <T> List<T> list(Fields f, String name, Problems p, ItemReader<T> reader) {
        List<JsonNode> items = f.array(name);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Fields item = Fields.of(items.get(i), itemPath(f.path(name), items.get(i), i), p);
            if (item != null) {
                T value = reader.read(item, p);
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    /** {@code elements[1.2]} when the item has a code, {@code elements[3]} (its position) otherwise. */
    static String itemPath(String list, JsonNode item, int index) {
        JsonNode code = item == null ? null : item.get("code");
        if (code != null && code.isTextual() && !code.textValue().isEmpty()) {
            return Paths.keyed(list, Check.printable(code.textValue()));
        }
        return list + "[" + index + "]";
    }

    /**
     * Builds a model value when the fields read since {@code before} were all readable: the model's own
     * validation problems are recorded under {@code at}.
     */
    static <T> T build(Problems p, int before, String at, Supplier<T> factory) {
        return p.size() > before ? null : p.collect(at, factory);
    }

    private static StrategyPeriod period(Fields f, Problems p) {
        if (f == null) {
            return null;
        }
        int before = p.size();
        Integer from = f.integer("from", 1900, 2200);
        Integer to = f.integer("to", 1900, 2200);
        f.finish();
        return build(p, before, f.path(), () -> StrategyPeriod.of(from, to));
    }

    private static Territory territory(Fields f, Problems p) {
        if (f == null) {
            return null;
        }
        int before = p.size();
        TerritoryCode code = territoryCode(f, p);
        String name = f.text("name");
        TerritoryLevel level = f.enumValue("level", TerritoryLevel.class);
        Fields pf = f.optObject("parent");
        TerritoryCode parent = null;
        if (pf != null) {
            parent = territoryCode(pf, p);
            pf.finish();
        }
        f.finish();
        TerritoryCode parentCode = parent;
        return build(p, before, f.path(), () -> new Territory(code, name, level, parentCode));
    }

    private static TerritoryCode territoryCode(Fields f, Problems p) {
        int before = p.size();
        CodeScheme scheme = f.enumValue("scheme", CodeScheme.class);
        String code = f.text("code");
        return build(p, before, f.path(), () -> TerritoryCode.of(scheme, code));
    }

    private static Lifecycle lifecycle(Fields f, Problems p) {
        int before = p.size();
        LifecycleState state = f.enumValue("state", LifecycleState.class);
        LocalDate adoptedOn = f.optDate("adoptedOn");
        String resolution = f.optText("resolution");
        LocalDate archivedOn = f.optDate("archivedOn");
        f.finish();
        return build(p, before, f.path(), () -> new Lifecycle(state, adoptedOn, resolution, archivedOn));
    }

    private static Element element(Fields f, Problems p) {
        int before = p.size();
        String code = f.text("code");
        String parent = f.optText("parent");
        ElementKind kind = f.enumValue("kind", ElementKind.class);
        String title = f.text("title");
        String description = f.optText("description");
        String responsible = f.optText("responsible");
        BigDecimal weight = f.optDecimal("weight");
        List<String> indicators = f.strings("indicators");
        List<Link> links = list(f, "links", p, StrategyDocumentReader::link);
        f.finish();
        return build(p, before, f.path(),
                () -> new Element(code, parent, kind, title, description, responsible, weight, indicators, links));
    }

    private static Link link(Fields f, Problems p) {
        int before = p.size();
        String scheme = f.text("scheme");
        String code = f.text("code");
        String label = f.optText("label");
        f.finish();
        return build(p, before, f.path(), () -> new Link(scheme, code, label));
    }
}
