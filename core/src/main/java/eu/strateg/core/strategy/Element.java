package eu.strateg.core.strategy;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.List;

/**
 * One node of the strategy tree: a priority area, goal, measure or activity, identified by its code
 * ({@code 1.2.3}) and placed by its parent's code (null for a top-level element).
 *
 * @param weight the element's weight in its parent's roll-up (default 1)
 * @param indicatorCodes the indicators that measure this element, defined in the strategy
 */
public record Element(
        String code,
        String parentCode,
        ElementKind kind,
        String title,
        String description,
        String responsible,
        BigDecimal weight,
        List<String> indicatorCodes,
        List<Link> links) {

    public Element {
        Problems p = new Problems();
        Check.code(p, "code", code);
        if (parentCode != null) {
            Check.code(p, "parent", parentCode);
        }
        Check.required(p, "kind", kind);
        Check.text(p, "title", title);
        Check.optionalText(p, "description", description);
        Check.optionalText(p, "responsible", responsible);
        weight = weight == null ? BigDecimal.ONE : Check.weight(p, "weight", weight);
        indicatorCodes = Check.list(p, "indicators", indicatorCodes);
        links = Check.list(p, "links", links);
        p.throwIfAny();
    }

    public static Element of(String code, String parentCode, ElementKind kind, String title) {
        return new Element(code, parentCode, kind, title, null, null, BigDecimal.ONE, List.of(), List.of());
    }

    public Element withIndicators(List<String> codes) {
        return new Element(code, parentCode, kind, title, description, responsible, weight, codes, links);
    }

    public Element withLinks(List<Link> newLinks) {
        return new Element(code, parentCode, kind, title, description, responsible, weight, indicatorCodes, newLinks);
    }

    public Element withWeight(BigDecimal w) {
        return new Element(code, parentCode, kind, title, description, responsible, w, indicatorCodes, links);
    }

    public Element withDetails(String newDescription, String newResponsible) {
        return new Element(code, parentCode, kind, title, newDescription, newResponsible, weight, indicatorCodes, links);
    }

    public boolean isTopLevel() {
        return parentCode == null;
    }
}
