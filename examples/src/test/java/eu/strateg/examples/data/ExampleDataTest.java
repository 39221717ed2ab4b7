package eu.strateg.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyRules;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.examples.data.ExampleData.Example;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example data are what issue 7 asks for; every count is computed from the data, not written down. */
class ExampleDataTest {

    private static final List<Example> ALL = ExampleData.all();

    private static List<Indicator> allIndicators() {
        return ALL.stream().flatMap(e -> e.strategy().indicators().stream()).toList();
    }

    private static List<Project> allProjects() {
        return ALL.stream().flatMap(e -> e.strategy().projects().stream()).toList();
    }

    @Test
    void territoriesCarryTheRealCodesFromTheFactSheet() {
        assertThat(ExampleData.kyjov().territory().code()).isEqualTo(TerritoryCode.of(CodeScheme.CZ_ZUJ, "586307"));
        assertThat(ExampleData.kyjov().territory().parent()).isEqualTo(TerritoryCode.of(CodeScheme.LAU, "CZ0645"));
        assertThat(ExampleData.niepolomice().territory().code()).isEqualTo(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"));
        assertThat(ExampleData.niepolomice().territory().parent()).isEqualTo(TerritoryCode.of(CodeScheme.PL_TERYT, "1219"));
    }

    @Test
    void bothAreMarkedIllustrativeInTitleAndVision() {
        assertThat(ExampleData.kyjov().title()).contains("ilustrativní");
        assertThat(ExampleData.kyjov().vision()).contains("Ilustrativní");
        assertThat(ExampleData.niepolomice().title()).contains("ilustracyjny");
        assertThat(ExampleData.niepolomice().vision()).contains("ilustracyjny");
    }

    @Test
    void bothPassTheAdoptionRules() {
        for (Example e : ALL) {
            assertThat(StrategyRules.forAdoption(e.strategy())).as(e.strategy().id().value()).isEmpty();
        }
    }

    @Test
    void bothAreAdoptedAndTheirObservationsRecordedThroughTheServices() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        var repository = new InMemoryStrategyRepository(clock);
        var store = new InMemoryObservationStore(clock);
        var strategies = new StrategyService(repository);
        var observations = new ObservationService(store, repository, clock);
        for (Example e : ALL) {
            Strategy draft = strategies.create(e.strategy());
            Strategy adopted = strategies.adopt(draft.id(), draft.revision(), e.adoptedOn(), e.resolution());
            assertThat(adopted.lifecycle().state()).isEqualTo(LifecycleState.ADOPTED);
            var result = observations.record(adopted.id(), e.observations());
            assertThat(result.corrected()).as("corrections in %s", adopted.id()).isPositive();
            assertThat(result.inserted() + result.corrected()).isEqualTo(e.observations().size());
        }
    }

    @Test
    void haveAtLeastFortyIndicatorsOfEveryTypeAndEveryDirection() {
        List<Indicator> indicators = allIndicators();
        assertThat(indicators).hasSizeGreaterThanOrEqualTo(40);
        Set<IndicatorType> types = indicators.stream().map(Indicator::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(IndicatorType.class)));
        Set<Direction> directions = indicators.stream().map(Indicator::direction).collect(Collectors.toCollection(() -> EnumSet.noneOf(Direction.class)));
        assertThat(types).containsExactlyInAnyOrder(IndicatorType.values());
        assertThat(directions).containsExactlyInAnyOrder(Direction.values());
        for (Example e : ALL) {
            Set<IndicatorType> own = e.strategy().indicators().stream().map(Indicator::type).collect(Collectors.toSet());
            assertThat(own).as("every type in %s", e.strategy().id()).containsExactlyInAnyOrder(IndicatorType.values());
        }
    }

    @Test
    void haveMilestonesNaturalLimitsFormulasAndTheThreeMethods() {
        List<Indicator> indicators = allIndicators();
        assertThat(indicators).filteredOn(i -> !i.milestones().isEmpty()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(indicators).filteredOn(i -> i.naturalLimit() != null).allSatisfy(i -> assertThat(i.unit()).isEqualTo("%"));
        assertThat(indicators).filteredOn(i -> i.naturalLimit() != null).isNotEmpty();
        assertThat(indicators.stream().map(Indicator::method).collect(Collectors.toSet())).contains("linear", "open-sdg", "eurostat");
        assertThat(indicators).filteredOn(Indicator::isComputed).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void formulasNameOnlyMeasuredIndicatorsOfTheSameStrategy() {
        Pattern identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        for (Example e : ALL) {
            Map<String, Indicator> byCode = e.strategy().indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i));
            for (Indicator i : e.strategy().indicators()) {
                if (!i.isComputed()) {
                    continue;
                }
                assertThat(i.formula()).matches("[A-Z0-9_ */+()-]+");
                Matcher m = identifier.matcher(i.formula());
                List<String> names = new ArrayList<>();
                while (m.find()) {
                    names.add(m.group());
                }
                assertThat(names).as(i.code()).isNotEmpty().allSatisfy(n -> {
                    assertThat(byCode).containsKey(n);
                    assertThat(byCode.get(n).isComputed()).isFalse();
                });
            }
        }
    }

    @Test
    void haveAtLeastFifteenProjectsWithVariedStatusesSourcesAndLateSchedules() {
        List<Project> projects = allProjects();
        assertThat(projects).hasSizeGreaterThanOrEqualTo(15);
        assertThat(projects.stream().map(Project::status).collect(Collectors.toSet())).containsExactlyInAnyOrder(ProjectStatus.values());
        Set<FinancingSource> sources = projects.stream().flatMap(p -> p.budget().stream()).map(BudgetLine::source).collect(Collectors.toSet());
        assertThat(sources).contains(FinancingSource.OWN, FinancingSource.STATE, FinancingSource.EU);
        long late = projects.stream().filter(ExampleDataTest::isLate).count();
        assertThat(late).isGreaterThanOrEqualTo(3);
        assertThat(projects).filteredOn(p -> p.budget().stream().anyMatch(b -> b.actual() != null)).isNotEmpty();
        assertThat(projects).filteredOn(p -> p.budget().stream().anyMatch(b -> b.actual() == null)).isNotEmpty();
        assertThat(currencies(ExampleData.kyjov())).containsExactly("CZK");
        assertThat(currencies(ExampleData.niepolomice())).containsExactly("PLN");
    }

    @Test
    void everyProjectHasABudgetInItsCountrysCurrencyExceptAnIdea() {
        assertThat(allProjects()).filteredOn(p -> p.status() != ProjectStatus.IDEA).allSatisfy(p -> assertThat(p.budget()).isNotEmpty());
    }

    private static Set<String> currencies(Strategy s) {
        return s.projects().stream().flatMap(p -> p.budget().stream())
                .map(b -> b.planned().currency().getCurrencyCode()).collect(Collectors.toSet());
    }

    /** Ended after its planned end, or still running (no actual end) past its planned end on the demo date. */
    private static boolean isLate(Project p) {
        LocalDate plannedEnd = p.planned().end();
        if (plannedEnd == null) {
            return false;
        }
        LocalDate actualEnd = p.actual().end();
        return actualEnd != null ? actualEnd.isAfter(plannedEnd) : ExampleData.DEMO_AS_OF.isAfter(plannedEnd);
    }

    @Test
    void linkToSdgTargetsAndToTheirRegionalStrategy() {
        for (Example e : ALL) {
            List<Link> links = e.strategy().elements().stream().flatMap(el -> el.links().stream()).toList();
            assertThat(links).filteredOn(l -> l.scheme().equals(Link.SDG)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(links).filteredOn(l -> l.scheme().startsWith(Link.STRATEGY_PREFIX)).isNotEmpty()
                    .extracting(Link::scheme).containsOnly(
                            e.strategy().id().equals(KyjovStrategy.ID) ? "strategy:jmk-2030" : "strategy:malopolska-2030");
        }
    }

    @Test
    void everyMeasuredIndicatorHasObservationsAndNoComputedOneHas() {
        for (Example e : ALL) {
            Set<String> observed = e.observations().stream().map(Observation::indicatorCode).collect(Collectors.toSet());
            for (Indicator i : e.strategy().indicators()) {
                assertThat(observed.contains(i.code())).as(i.code()).isEqualTo(!i.isComputed());
            }
        }
    }

    @Test
    void observationsSpanAtLeastTenYearsWithAnnualMonthlyAndQuarterlySeries() {
        for (Example e : ALL) {
            TreeSet<Integer> years = e.observations().stream().map(o -> o.period().year()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(years.last() - years.first() + 1).as(e.strategy().id().value()).isGreaterThanOrEqualTo(10);
        }
        Set<String> periodKinds = ALL.stream().flatMap(e -> e.observations().stream()).map(o -> o.period().type().name())
                .collect(Collectors.toSet());
        assertThat(periodKinds).contains("YEAR", "QUARTER", "MONTH");
    }

    @Test
    void someSeriesHaveGaps() {
        int withGaps = 0;
        for (Example e : ALL) {
            for (List<Period> periods : periodsBySeries(e.observations()).values()) {
                if (hasGap(periods)) {
                    withGaps++;
                }
            }
        }
        assertThat(withGaps).isGreaterThanOrEqualTo(3);
    }

    /** A gap: consecutive periods of a series that are not adjacent (annual: a year missing; monthly: a month…). */
    private static boolean hasGap(List<Period> periods) {
        TreeSet<Period> sorted = new TreeSet<>(periods);
        Period previous = null;
        for (Period p : sorted) {
            if (previous != null && !previous.end().plusDays(1).equals(p.start())) {
                return true;
            }
            previous = p;
        }
        return false;
    }

    @Test
    void someValuesAreCorrectedLaterSoAnAsOfReportDiffers() {
        for (Example e : ALL) {
            Map<String, List<Observation>> versions = new HashMap<>();
            for (Observation o : e.observations()) {
                versions.computeIfAbsent(o.seriesKey() + "@" + o.period(), k -> new ArrayList<>()).add(o);
            }
            List<List<Observation>> corrected = versions.values().stream().filter(v -> v.size() > 1).toList();
            assertThat(corrected).as("corrections in %s", e.strategy().id()).hasSizeGreaterThanOrEqualTo(2);
            for (List<Observation> v : corrected) {
                assertThat(v.get(1).recordedAt()).isAfter(v.get(0).recordedAt());
                assertThat(v.get(1).value()).isNotEqualByComparingTo(v.get(0).value());
            }
        }
    }

    @Test
    void aReportAsOfTheDemoDateSeesOlderValuesThanOneAYearLater() {
        Clock clock = Clock.systemUTC();
        var store = new InMemoryObservationStore(clock);
        for (Example e : ALL) {
            store.upsert(e.strategy().id(), e.observations());
            Instant demo = ExampleData.DEMO_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC);
            List<Observation> atDemo = store.find(ObservationQuery.all(e.strategy().id()).asOf(demo));
            List<Observation> later = store.find(ObservationQuery.all(e.strategy().id()).asOf(demo.plusSeconds(365L * 24 * 3600)));
            assertThat(values(atDemo)).as("values as of the demo date and a year later, %s", e.strategy().id())
                    .isNotEqualTo(values(later));
        }
    }

    private static Set<String> values(Collection<Observation> observations) {
        return observations.stream().map(o -> o.seriesKey() + "@" + o.period() + "=" + o.value().toPlainString()).collect(Collectors.toSet());
    }

    @Test
    void someSeriesAreStaleOnTheDemoDate() {
        int stale = 0;
        for (Example e : ALL) {
            Map<String, Indicator> byCode = e.strategy().indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i));
            for (Map.Entry<String, List<Period>> series : periodsBySeries(e.observations()).entrySet()) {
                String code = series.getKey().substring(0, series.getKey().indexOf('|'));
                Period latest = new TreeSet<>(series.getValue()).last();
                LocalDate freshUntil = latest.end().plus(byCode.get(code).periodicity().staleAfter());
                if (freshUntil.isBefore(ExampleData.DEMO_AS_OF)) {
                    stale++;
                }
            }
        }
        assertThat(stale).isGreaterThanOrEqualTo(2);
    }

    @Test
    void someSeriesAreDisaggregated() {
        assertThat(ExampleData.niepolomiceObservations()).filteredOn(o -> !o.disaggregation().isEmpty())
                .extracting(o -> o.disaggregation().firstKey()).contains("obszar", "usługa");
    }

    @Test
    void treesUseAllFourElementKindsIncludingActivities() {
        for (Example e : ALL) {
            assertThat(e.strategy().elements()).filteredOn(el -> el.kind() == eu.strateg.core.strategy.ElementKind.ACTIVITY).isNotEmpty();
            assertThat(e.strategy().elements().stream().map(Element::kind).collect(Collectors.toSet())).hasSize(4);
        }
    }

    @Test
    void buildingTwiceGivesEqualData() {
        assertThat(ExampleData.kyjov()).isEqualTo(ExampleData.kyjov());
        assertThat(ExampleData.niepolomiceObservations()).isEqualTo(ExampleData.niepolomiceObservations());
    }

    private static Map<String, List<Period>> periodsBySeries(List<Observation> observations) {
        Map<String, List<Period>> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Observation o : observations) {
            String key = o.indicatorCode() + "|" + o.disaggregation();
            if (seen.add(key + "@" + o.period())) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(o.period());
            }
        }
        return out;
    }
}
