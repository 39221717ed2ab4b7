package eu.strateg.reporting.html;

import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.TreeNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards of a large report grouped by priority area, each group a collapsed section of the single-file HTML: a
 * browser lays out none of a closed section's cards, so a page of thousands loads in seconds. A card belongs to the
 * area of the first element (or project) that uses it; cards no element uses come last, in a group without area.
 */
public final class CardGroups {

    /** Above this many indicators the cards are grouped; below, they are one list as the strategy orders them. */
    public static final int THRESHOLD = 100;

    /** One collapsed section: the area (null for the cards no element uses) and its cards in the strategy's order. */
    public record Group(TreeNode area, List<IndicatorCard> cards) {
    }

    private CardGroups() {
    }

    /** The groups, areas in the tree's order; empty when the report has at most {@link #THRESHOLD} indicators. */
    public static List<Group> of(ReportModel model) {
        if (model.indicators().size() <= THRESHOLD) {
            return List.of();
        }
        Map<String, TreeNode> byCode = new LinkedHashMap<>();
        Map<String, List<IndicatorCard>> byArea = new LinkedHashMap<>();
        for (TreeNode n : model.tree()) {
            byCode.put(n.code(), n);
            if (n.depth() == 0) {
                byArea.put(n.code(), new ArrayList<>());
            }
        }
        List<IndicatorCard> other = new ArrayList<>();
        for (IndicatorCard c : model.indicators()) {
            String area = c.elements().isEmpty() ? "" : SiteIndex.area(c.elements().get(0), byCode);
            byArea.getOrDefault(area, other).add(c);
        }
        List<Group> out = new ArrayList<>();
        byArea.forEach((code, cards) -> {
            if (!cards.isEmpty()) {
                out.add(new Group(byCode.get(code), cards));
            }
        });
        if (!other.isEmpty()) {
            out.add(new Group(null, other));
        }
        return out;
    }
}
