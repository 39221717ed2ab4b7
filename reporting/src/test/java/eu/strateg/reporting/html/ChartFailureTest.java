package eu.strateg.reporting.html;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.reporting.ExampleReports;
import eu.strateg.reporting.chart.ChartData;
import eu.strateg.reporting.chart.ChartPoint;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A chart that cannot be drawn says which indicator it belongs to. */
class ChartFailureTest {

    @Test
    void aBrokenChartNamesItsIndicator() {
        ReportModel model = ReportModel.of(ExampleReports.zdar(Locale.ENGLISH), Messages.of(Locale.ENGLISH));
        IndicatorCard c = model.indicators().get(0);
        // chart labels missing: the chart writer cannot write its legend
        ChartData broken = new ChartData("x", "km", 1, Locale.ENGLISH, List.of(new ChartPoint(2021, 1, "")), null, List.of(), List.of(), null, null,
                null, null, List.of(), null, null);
        IndicatorCard card = new IndicatorCard(c.indicator(), c.evaluation(), c.code(), c.name(), c.description(), c.unit(), c.type(), c.direction(),
                c.elements(), c.status(), c.score(), c.scoreText(), c.method(), c.methodName(), c.methodCategory(), c.explanation(), c.figures(),
                c.stale(), c.staleText(), c.latestPeriod(), broken, c.series(), c.observations());
        assertThatThrownBy(() -> new TemplateCharts().line(card)).hasMessageContaining("indicator CYC-KM");
    }
}
