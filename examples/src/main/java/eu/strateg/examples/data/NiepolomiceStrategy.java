package eu.strateg.examples.data;

import static eu.strateg.core.indicator.Direction.DECREASE;
import static eu.strateg.core.indicator.Direction.INCREASE;
import static eu.strateg.core.indicator.Direction.MAINTAIN_AT_LEAST;
import static eu.strateg.core.indicator.Direction.MAINTAIN_AT_MOST;
import static eu.strateg.core.indicator.Direction.NONE;
import static eu.strateg.core.indicator.Direction.QUALITATIVE;
import static eu.strateg.core.indicator.Direction.RANGE;
import static eu.strateg.core.indicator.IndicatorType.CONTEXT;
import static eu.strateg.core.indicator.IndicatorType.IMPACT;
import static eu.strateg.core.indicator.IndicatorType.OUTPUT;
import static eu.strateg.core.indicator.IndicatorType.RESULT;
import static eu.strateg.core.indicator.Periodicity.ANNUAL;
import static eu.strateg.core.indicator.Periodicity.IRREGULAR;
import static eu.strateg.core.strategy.ElementKind.ACTIVITY;
import static eu.strateg.core.strategy.ElementKind.GOAL;
import static eu.strateg.core.strategy.ElementKind.MEASURE;
import static eu.strateg.core.strategy.ElementKind.PRIORITY_AREA;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The illustrative development strategy of the urban-rural gmina Niepołomice (TERYT 1219043, powiat wielicki 1219,
 * województwo małopolskie). The code and the four domains of the strategy update adopted on 22 April 2021 are real;
 * goals, indicators, values and budgets are invented, calibrated to public figures (population, the BDL share of
 * registered unemployed, accommodation places). Indicators that Statistics Poland publishes name their BDL
 * variable in {@code source} ({@code bdl:72305}), so a BDL-backed {@code IndicatorSource} can fill them.
 */
final class NiepolomiceStrategy {

    static final StrategyId ID = StrategyId.of("niepolomice-2030");
    /** The regional strategy the goals link to (illustrative id and element codes). */
    static final StrategyId REGION = StrategyId.of("malopolska-2030");

    private static final String ILLUSTRATIVE = "Przykład ilustracyjny: wartości są zmyślone, skalibrowane na danych publicznych.";

    private NiepolomiceStrategy() {
    }

    static Strategy build() {
        Territory gmina = new Territory(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"), "Niepołomice", TerritoryLevel.MUNICIPALITY,
                TerritoryCode.of(CodeScheme.PL_TERYT, "1219"));
        List<Indicator> indicators = new ArrayList<>();
        indicators.addAll(economyIndicators());
        indicators.addAll(communityIndicators());
        indicators.addAll(leisureAndEnvironmentIndicators());
        return new Strategy(ID, 0, gmina, "Strategia Rozwoju Gminy Niepołomice na lata 2021–2030 (przykład ilustracyjny)",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null,
                List.of("Domena", "Cel strategiczny", "Kierunek działań", "Zadanie"),
                "Gmina Niepołomice – stabilna gospodarka, zorganizowana wspólnota, atrakcyjny czas wolny i odpowiedzialność za "
                        + "środowisko. (Przykład ilustracyjny dla biblioteki Strateg: kod TERYT i cztery domeny są prawdziwe, cele, "
                        + "wskaźniki, wartości i budżety są zmyślone.)",
                elements(), indicators, NiepolomiceProjects.build());
    }

    private static List<Element> elements() {
        List<Element> e = new ArrayList<>();
        e.add(area("1", "Stabilna gospodarka oparta o Niepołomicką Strefę Inwestycyjną i lokalny potencjał gospodarczy",
                Link.sdg("8.3", "Polityka wspierająca przedsiębiorczość"), region("1", "Gospodarka")));
        e.add(goal("1.1", "1", "Rozwój przedsiębiorczości i rynku pracy", "PODMIOTY_REGON", "BEZROBOCIE")
                .withLinks(List.of(Link.sdg("8.5", "Pełne i produktywne zatrudnienie"))));
        e.add(measure("1.1.1", "1.1", "Obsługa inwestorów w Niepołomickiej Strefie Inwestycyjnej", "Referat Obsługi Inwestorów",
                "MIEJSCA_PRACY_NSI"));
        e.add(measure("1.1.2", "1.1", "Wsparcie lokalnych przedsiębiorców", "Referat Rozwoju Gospodarczego", "NOWE_FIRMY"));
        e.add(goal("1.2", "1", "Stabilne finanse gminy", "DOCHODY_PIT", "UDZIAL_MAJATKOWYCH"));
        e.add(measure("1.2.1", "1.2", "Planowanie inwestycji w Wieloletniej Prognozie Finansowej", "Skarbnik Gminy",
                "WYDATKI_OGOLEM", "WYDATKI_MAJATKOWE"));
        e.add(area("2", "Zorganizowana wspólnota – aktywni, zdrowi i wszechstronnie rozwijający się mieszkańcy",
                Link.sdg("11.1", "Dostęp do usług podstawowych"), region("2", "Społeczeństwo")).withIndicators(List.of("LUDNOSC",
                "SALDO_MIGRACJI")));
        e.add(goal("2.1", "2", "Wysoka jakość usług publicznych", "ZADOWOLENIE", "OCENA_USLUG")
                .withLinks(List.of(Link.sdg("16.6", "Skuteczne i przejrzyste instytucje"), region("2.3", "Usługi publiczne"))));
        e.add(measure("2.1.1", "2.1", "Edukacja i opieka nad dziećmi", "Referat Edukacji", "PRZEDSZKOLA"));
        e.add(measure("2.1.2", "2.1", "Badanie opinii mieszkańców o warunkach życia i usługach publicznych",
                "Referat Strategii i Rozwoju", "RESPONDENCI"));
        e.add(goal("2.2", "2", "Aktywna i współdecydująca wspólnota", "NGO")
                .withLinks(List.of(Link.sdg("16.7", "Partycypacyjne podejmowanie decyzji"))));
        e.add(measure("2.2.1", "2.2", "Budżet obywatelski", "Referat Komunikacji Społecznej",
                "BO_KWOTA", "BO_GLOSUJACY", "BO_FREKWENCJA", "BO_TERMINOWOSC"));
        e.add(Element.of("2.2.1.1", "2.2.1", ACTIVITY, "Edycja 2024 budżetu obywatelskiego"));
        e.add(measure("2.2.2", "2.2", "Wspieranie organizacji pozarządowych", "Referat Komunikacji Społecznej"));
        e.add(goal("2.3", "2", "Nowoczesne zarządzanie rozwojem", "NOWA_STRATEGIA"));
        e.add(measure("2.3.1", "2.3", "Przygotowanie strategii rozwoju gminy na lata 2024–2035", "Referat Strategii i Rozwoju"));
        e.add(area("3", "Zintegrowana i atrakcyjna oferta czasu wolnego", Link.sdg("11.7", "Dostęp do terenów zielonych i "
                + "przestrzeni publicznych"), region("3", "Dziedzictwo i czas wolny")));
        e.add(goal("3.1", "3", "Infrastruktura sportowa, rowerowa i rekreacyjna", "SCIEZKI_KM"));
        e.add(measure("3.1.1", "3.1", "Ścieżki rowerowe i szlaki w Puszczy Niepołomickiej", "Referat Inwestycji"));
        e.add(goal("3.2", "3", "Oferta kulturalna i turystyczna", "NOCLEGI"));
        e.add(measure("3.2.1", "3.2", "Zamek Królewski w Niepołomicach jako centrum kultury", "Dyrektor Zamku Królewskiego",
                "ZAMEK_ODWIEDZAJACY"));
        e.add(area("4", "Odpowiedzialność za środowisko", Link.sdg("13.2", "Przeciwdziałanie zmianie klimatu"),
                region("4", "Środowisko")));
        e.add(goal("4.1", "4", "Czyste powietrze", "PM10_DNI").withLinks(List.of(Link.sdg("11.6", "Jakość powietrza w miastach"),
                Link.sdg("3.9", "Choroby wywołane zanieczyszczeniem"), region("4.1", "Czyste powietrze"))));
        e.add(measure("4.1.1", "4.1", "Wymiana źródeł ciepła na niskoemisyjne", "Referat Ochrony Środowiska", "KOPCIUCHY"));
        e.add(goal("4.2", "4", "Gospodarka wodno-ściekowa", "KANALIZACJA")
                .withLinks(List.of(Link.sdg("6.3", "Oczyszczanie ścieków"))));
        e.add(measure("4.2.1", "4.2", "Rozbudowa sieci kanalizacji sanitarnej", "Referat Inwestycji"));
        return e;
    }

    private static Element area(String code, String title, Link... links) {
        return Element.of(code, null, PRIORITY_AREA, title).withLinks(List.of(links));
    }

    private static Element goal(String code, String parent, String title, String... indicators) {
        return Element.of(code, parent, GOAL, title).withIndicators(List.of(indicators));
    }

    private static Element measure(String code, String parent, String title, String responsible, String... indicators) {
        return Element.of(code, parent, MEASURE, title).withIndicators(List.of(indicators)).withDetails(null, responsible);
    }

    private static Link region(String code, String label) {
        return Link.toStrategy(REGION, code, "Strategia Rozwoju Województwa Małopolskiego 2030 – " + label + " (powiązanie ilustracyjne)");
    }

    private static List<Indicator> economyIndicators() {
        return List.of(
                Indicators.of("PODMIOTY_REGON", "Podmioty gospodarki narodowej w rejestrze REGON na 10 tys. ludności",
                        "podmioty/10 tys.", RESULT, INCREASE, ANNUAL).baseline("2019", "1402").target("1600", 2030).method("open-sdg")
                        .details("GUS, Bank Danych Lokalnych, zmienna 60530. " + ILLUSTRATIVE, "bdl:60530", "Referat Rozwoju Gospodarczego", 0),
                Indicators.of("NOWE_FIRMY", "Nowo zarejestrowane podmioty gospodarki narodowej", "liczba/rok", OUTPUT, MAINTAIN_AT_LEAST,
                        ANNUAL).baseline("2019", "468").target("450", 2030)
                        .details(ILLUSTRATIVE, "GUS REGON", "Referat Rozwoju Gospodarczego", 0),
                Indicators.of("BEZROBOCIE", "Udział bezrobotnych zarejestrowanych w liczbie ludności w wieku produkcyjnym", "%", RESULT,
                        MAINTAIN_AT_MOST, ANNUAL).baseline("2019", "1.9").target("2.5", 2030).limit("100")
                        .details("GUS, Bank Danych Lokalnych, zmienna 79214 (do sprawdzenia). Wartość 1,5 % za 2024 r. według BDL.",
                                "bdl:79214", "Powiatowy Urząd Pracy w Wieliczce", 1),
                Indicators.of("MIEJSCA_PRACY_NSI", "Miejsca pracy w Niepołomickiej Strefie Inwestycyjnej", "osoby", RESULT, INCREASE, ANNUAL)
                        .baseline("2019", "10400").target("13000", 2030).method("linear")
                        .details(ILLUSTRATIVE, "Ankieta wśród pracodawców strefy", "Referat Obsługi Inwestorów", 0),
                Indicators.of("DOCHODY_PIT", "Dochody gminy z udziału w podatku PIT na mieszkańca", "zł/mieszk.", IMPACT, INCREASE, ANNUAL)
                        .baseline("2015", "1020").target("2400", 2030).method("eurostat")
                        .details(ILLUSTRATIVE, "Sprawozdania Rb-27S", "Skarbnik Gminy", 0),
                Indicators.of("WYDATKI_OGOLEM", "Wydatki budżetu gminy ogółem", "zł", CONTEXT, NONE, ANNUAL)
                        .details("GUS, Bank Danych Lokalnych, zmienna 76477. " + ILLUSTRATIVE, "bdl:76477", "Skarbnik Gminy", 2),
                Indicators.of("WYDATKI_MAJATKOWE", "Wydatki majątkowe budżetu gminy", "zł", CONTEXT, NONE, ANNUAL)
                        .details("GUS, Bank Danych Lokalnych, zmienna 76453. " + ILLUSTRATIVE, "bdl:76453", "Skarbnik Gminy", 2),
                Indicators.of("UDZIAL_MAJATKOWYCH", "Udział wydatków majątkowych w wydatkach ogółem", "%", RESULT, RANGE, ANNUAL)
                        .baseline("2019", "27.3").range("20", "35", 2030).limit("100").formula("WYDATKI_MAJATKOWE / WYDATKI_OGOLEM * 100")
                        .details("Obliczany z dwóch zmiennych BDL; przedział bezpieczny dla Wieloletniej Prognozy Finansowej. "
                                + ILLUSTRATIVE, null, null, 1));
    }

    private static List<Indicator> communityIndicators() {
        return List.of(
                Indicators.of("LUDNOSC", "Ludność ogółem (stan na 31 XII)", "osoby", CONTEXT, NONE, ANNUAL)
                        .details("GUS, Bank Danych Lokalnych, zmienna 72305. 28 129 mieszkańców 1 I 2019 według rejestru gminy.",
                                "bdl:72305", "Referat Strategii i Rozwoju", 0),
                Indicators.of("SALDO_MIGRACJI", "Saldo migracji na 1000 ludności", "‰", CONTEXT, NONE, ANNUAL)
                        .details(ILLUSTRATIVE, "GUS BDL", "Referat Strategii i Rozwoju", 1),
                Indicators.of("PRZEDSZKOLA", "Dzieci w wieku 3–5 lat objęte wychowaniem przedszkolnym", "%", RESULT, INCREASE, ANNUAL)
                        .baseline("2019", "88.5").target("98", 2030).limit("100").method("linear")
                        .details(ILLUSTRATIVE, "System Informacji Oświatowej", "Referat Edukacji", 1),
                Indicators.of("ZADOWOLENIE", "Mieszkańcy zadowoleni z warunków życia w gminie", "%", IMPACT, INCREASE, IRREGULAR)
                        .baseline("2018", "78.4").target("85", 2030).limit("100")
                        .details("Badanie ankietowe mieszkańców co trzy lata, także osobno dla miasta i obszaru wiejskiego. "
                                + ILLUSTRATIVE, "Badanie ankietowe mieszkańców", "Referat Strategii i Rozwoju", 1),
                Indicators.of("OCENA_USLUG", "Średnia ocena usług publicznych (skala 1–5)", "pkt", RESULT, INCREASE, IRREGULAR)
                        .baseline("2018", "3.72").target("4.2", 2030)
                        .details("Badanie ankietowe mieszkańców; ogółem i według rodzaju usługi. " + ILLUSTRATIVE,
                                "Badanie ankietowe mieszkańców", "Referat Strategii i Rozwoju", 2),
                Indicators.of("RESPONDENCI", "Respondenci badania ankietowego mieszkańców", "osoby", CONTEXT, NONE, IRREGULAR)
                        .details(ILLUSTRATIVE, "Badanie ankietowe mieszkańców", "Referat Strategii i Rozwoju", 0),
                Indicators.of("BO_KWOTA", "Pula budżetu obywatelskiego", "zł", OUTPUT, MAINTAIN_AT_LEAST, ANNUAL)
                        .baseline("2019", "500000").target("1000000", 2030)
                        .details("Edycja 2020 została odwołana. " + ILLUSTRATIVE, "Uchwała budżetowa", "Skarbnik Gminy", 0),
                Indicators.of("BO_GLOSUJACY", "Głosujący w budżecie obywatelskim", "osoby", RESULT, INCREASE, ANNUAL)
                        .baseline("2019", "2150").target("4500", 2030).method("linear")
                        .details(ILLUSTRATIVE, "Protokół z głosowania", "Referat Komunikacji Społecznej", 0),
                Indicators.of("BO_FREKWENCJA", "Frekwencja w głosowaniu nad budżetem obywatelskim", "%", RESULT, INCREASE, ANNUAL)
                        .baseline("2019", "7.5").target("14", 2030).limit("100").formula("BO_GLOSUJACY / LUDNOSC * 100")
                        .details("Obliczana z liczby głosujących i liczby ludności. " + ILLUSTRATIVE, null, null, 1),
                Indicators.of("BO_TERMINOWOSC", "Zwycięskie projekty budżetu obywatelskiego zrealizowane w terminie", "%", OUTPUT,
                        MAINTAIN_AT_LEAST, ANNUAL).baseline("2019", "100").target("90", 2030).limit("100")
                        .details(ILLUSTRATIVE, "Sprawozdanie z realizacji budżetu obywatelskiego", "Referat Komunikacji Społecznej", 1),
                Indicators.of("NGO", "Fundacje, stowarzyszenia i organizacje społeczne na 10 tys. mieszkańców", "liczba/10 tys.", RESULT,
                        INCREASE, ANNUAL).baseline("2019", "28").target("33", 2030).method("open-sdg")
                        .details("GUS, Bank Danych Lokalnych, zmienna 288095. " + ILLUSTRATIVE, "bdl:288095",
                                "Referat Komunikacji Społecznej", 1),
                Indicators.of("NOWA_STRATEGIA", "Przyjęcie Strategii Rozwoju Gminy Niepołomice na lata 2024–2035", "tak/nie", OUTPUT,
                        QUALITATIVE, ANNUAL).target("1", 2025)
                        .details("1 = przyjęta uchwałą Rady Miejskiej, 0 = w przygotowaniu.", "Uchwały Rady Miejskiej",
                                "Referat Strategii i Rozwoju", 0));
    }

    private static List<Indicator> leisureAndEnvironmentIndicators() {
        return List.of(
                Indicators.of("SCIEZKI_KM", "Długość ścieżek rowerowych", "km", OUTPUT, INCREASE, ANNUAL)
                        .baseline("2019", "42").target("70", 2030).milestones(2025, "55").method("linear")
                        .details(ILLUSTRATIVE, "Ewidencja dróg gminnych", "Referat Inwestycji", 1),
                Indicators.of("ZAMEK_ODWIEDZAJACY", "Odwiedzający Zamek Królewski w Niepołomicach", "osoby/rok", RESULT, INCREASE,
                        ANNUAL).baseline("2019", "68200").target("85000", 2030)
                        .details("Sprzedane bilety i wejścia na wydarzenia. " + ILLUSTRATIVE, "Zamek Królewski w Niepołomicach",
                                "Dyrektor Zamku Królewskiego", 0),
                Indicators.of("NOCLEGI", "Miejsca noclegowe", "liczba", CONTEXT, NONE, ANNUAL)
                        .details("213 miejsc w 2024 r. według BDL.", "GUS BDL", "Referat Promocji", 0),
                Indicators.of("KOPCIUCHY", "Zlikwidowane pozaklasowe kotły na paliwa stałe (narastająco)", "szt.", OUTPUT, INCREASE, ANNUAL)
                        .baseline("2018", "0").target("2400", 2027).milestones(2023, "1600").method("linear")
                        .details("Uchwała antysmogowa dla Małopolski. " + ILLUSTRATIVE, "Ewidencja dotacji i CEEB",
                                "Referat Ochrony Środowiska", 0),
                Indicators.of("PM10_DNI", "Dni z przekroczeniem dobowego poziomu dopuszczalnego PM10", "dni/rok", IMPACT, DECREASE, ANNUAL)
                        .baseline("2015", "72").target("15", 2030).method("open-sdg")
                        .details(ILLUSTRATIVE, "GIOŚ", "Referat Ochrony Środowiska", 0),
                Indicators.of("KANALIZACJA", "Ludność korzystająca z sieci kanalizacyjnej", "%", RESULT, INCREASE, ANNUAL)
                        .baseline("2019", "68").target("85", 2030).limit("100").method("eurostat")
                        .details("Ostatnia opublikowana wartość za 2020 r. (seria nieaktualna). " + ILLUSTRATIVE, "GUS BDL",
                                "Referat Inwestycji", 1));
    }
}
