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
import static eu.strateg.core.indicator.Periodicity.MONTHLY;
import static eu.strateg.core.indicator.Periodicity.QUARTERLY;
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
 * The illustrative strategy of Kyjov (kód obce 586307, okres Hodonín CZ0645, Jihomoravský kraj CZ064): a smart-city
 * programme, quality of public services and a project stack. The code, the territory and a few facts (ISO 9001
 * since 2018, the "Kyjov 2030" project, the participatory budget "Živý Kyjov") are real; goals, indicators, values
 * and budgets are invented, calibrated to public figures of comparable Czech towns.
 */
final class KyjovStrategy {

    static final StrategyId ID = StrategyId.of("kyjov-2030");
    /** The regional strategy the goals link to (illustrative id and element codes). */
    static final StrategyId REGION = StrategyId.of("jmk-2030");

    private static final String ILLUSTRATIVE = "Ilustrativní příklad: hodnoty jsou smyšlené, kalibrované podle veřejných údajů srovnatelných měst.";

    private KyjovStrategy() {
    }

    static Strategy build() {
        Territory kyjov = new Territory(TerritoryCode.of(CodeScheme.CZ_ZUJ, "586307"), "Kyjov", TerritoryLevel.MUNICIPALITY,
                TerritoryCode.of(CodeScheme.LAU, "CZ0645"));
        List<Indicator> indicators = new ArrayList<>();
        indicators.addAll(smartCityIndicators());
        indicators.addAll(serviceIndicators());
        indicators.addAll(environmentIndicators());
        return new Strategy(ID, 0, kyjov, "Strategie rozvoje města Kyjova 2021–2030 (ilustrativní příklad)",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null,
                List.of("Prioritní oblast", "Strategický cíl", "Opatření", "Aktivita"),
                "Kyjov – chytré a živé město s kvalitními službami pro všechny generace. (Ilustrativní příklad pro knihovnu "
                        + "Strateg: kód obce a území jsou skutečné, cíle, indikátory, hodnoty a rozpočty jsou smyšlené.)",
                elements(), indicators, KyjovProjects.build());
    }

    private static List<Element> elements() {
        List<Element> e = new ArrayList<>();
        e.add(area("1", "Chytré město", Link.sdg("11.3", "Udržitelná urbanizace a plánování"),
                region("1", "Konkurenceschopný a inovativní kraj")));
        e.add(goal("1.1", "1", "Úspory energie a čisté teplo", "CO2_T").withLinks(List.of(Link.sdg("7.2", "Podíl obnovitelné energie"),
                Link.sdg("13.2", "Opatření ke změně klimatu"), region("3.2", "Energetické úspory a obnovitelné zdroje"))));
        e.add(measure("1.1.1", "1.1", "Energetické úspory v budovách města", "Odbor investic a rozvoje", "ENERGY_MWH"));
        e.add(measure("1.1.2", "1.1", "Obnovitelné zdroje a modernizace soustavy CZT", "Odbor investic a rozvoje",
                "HEAT_RES_SHARE", "PV_KWP"));
        e.add(goal("1.2", "1", "Udržitelná doprava", "BUS_PASSENGERS").withLinks(List.of(Link.sdg("11.2", "Dostupná a udržitelná doprava"),
                region("2.1", "Dopravní dostupnost a udržitelná mobilita"))));
        e.add(measure("1.2.1", "1.2", "Cyklostezky a bezpečné chodníky", "Odbor investic a rozvoje", "CYCLE_KM"));
        e.add(measure("1.2.2", "1.2", "Chytré parkování a městská autobusová doprava", "Odbor dopravy", "PARKING_OCCUPANCY"));
        e.add(goal("1.3", "1", "Chytré veřejné osvětlení a elektromobilita").withLinks(List.of(Link.sdg("7.3", "Energetická účinnost"))));
        e.add(measure("1.3.1", "1.3", "Modernizace veřejného osvětlení", "Odbor správy majetku", "LIGHT_MWH", "LED_SHARE"));
        e.add(Element.of("1.3.1.1", "1.3.1", ACTIVITY, "Výměna svítidel za LED – II. etapa"));
        e.add(Element.of("1.3.1.2", "1.3.1", ACTIVITY, "Dálkové řízení osvětlení, kamery a Wi-Fi na stožárech"));
        e.add(measure("1.3.2", "1.3", "Dobíjecí infrastruktura pro elektromobily", "Odbor správy majetku",
                "EV_CHARGERS", "EV_ENERGY_MWH", "EV_PER_1000"));
        e.add(area("2", "Kvalitní veřejné služby", Link.sdg("16.6", "Efektivní a transparentní instituce"),
                region("4", "Efektivní veřejná správa")));
        e.add(goal("2.1", "2", "Moderní a certifikovaný úřad", "ISO_9001"));
        e.add(measure("2.1.1", "2.1", "Systém řízení kvality podle ISO 9001", "Tajemník městského úřadu", "COMPLAINTS"));
        e.add(measure("2.1.2", "2.1", "Katalog služeb a elektronizace agend", "Oddělení informatiky", "SERVICE_CATALOGUE", "ONLINE_SHARE"));
        e.add(goal("2.2", "2", "Spokojení a zapojení občané").withLinks(List.of(Link.sdg("16.7", "Participativní rozhodování"))));
        e.add(measure("2.2.1", "2.2", "Měření spokojenosti klientů úřadu", "Tajemník městského úřadu",
                "CLIENT_SATISFACTION", "SATISFACTION_GRADE", "WAIT_MINUTES"));
        e.add(measure("2.2.2", "2.2", "Participativní rozpočet „Živý Kyjov“", "Kancelář starosty", "PB_PROJECTS", "PB_VOTERS_SHARE"));
        e.add(area("3", "Životní prostředí a kvalita života", Link.sdg("11.6", "Dopad měst na životní prostředí"),
                region("3", "Kvalitní životní prostředí")));
        e.add(goal("3.1", "3", "Méně odpadu, více třídění", "WASTE_PER_1000").withLinks(List.of(Link.sdg("12.5", "Snížení produkce odpadu"))));
        e.add(measure("3.1.1", "3.1", "Třídění a předcházení vzniku odpadu", "Odbor životního prostředí",
                "SORTED_WASTE_KG", "WASTE_T", "SORTING_RESIDENTS"));
        e.add(goal("3.2", "3", "Zdravé ovzduší", "PM10").withLinks(List.of(Link.sdg("11.6", "Kvalita ovzduší ve městech"))));
        e.add(measure("3.2.1", "3.2", "Omezení emisí z dopravy a lokálních topenišť", "Odbor životního prostředí"));
        e.add(goal("3.3", "3", "Sport a volný čas"));
        e.add(measure("3.3.1", "3.3", "Krytý plavecký bazén", "Odbor investic a rozvoje", "POOL_START"));
        e.add(goal("3.4", "3", "Atraktivní bydlení a stabilizace počtu obyvatel", "POPULATION", "UNEMPLOYMENT", "INVEST_PER_CAPITA"));
        e.add(measure("3.4.1", "3.4", "Startovací byty a příprava nové zástavby", "Odbor investic a rozvoje"));
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
        return Link.toStrategy(REGION, code, "Strategie rozvoje Jihomoravského kraje 2030 – " + label + " (ilustrativní vazba)");
    }

    private static List<Indicator> smartCityIndicators() {
        return List.of(
                Indicators.of("ENERGY_MWH", "Spotřeba energie v budovách města", "MWh/rok", RESULT, DECREASE, ANNUAL)
                        .baseline("2019", "6850").target("5100", 2030).milestones(2025, "5950").method("linear")
                        .details("Teplo a elektřina ve školách, na úřadě a ve sportovištích. " + ILLUSTRATIVE,
                                "Energetický management města", "Energetický manažer", 0),
                Indicators.of("HEAT_RES_SHARE", "Podíl obnovitelných zdrojů na dodávce tepla z CZT", "%", RESULT, INCREASE, ANNUAL)
                        .baseline("2019", "11.5").target("45", 2030).limit("100").method("linear")
                        .details(ILLUSTRATIVE, "Provozovatel soustavy CZT", "Odbor investic a rozvoje", 1),
                Indicators.of("CO2_T", "Emise CO₂ z budov a veřejného osvětlení města", "t CO₂/rok", IMPACT, DECREASE, ANNUAL)
                        .baseline("2015", "4120").target("2470", 2030).method("eurostat")
                        .details("Cíl −40 % proti roku 2015 podle Paktu starostů a primátorů. " + ILLUSTRATIVE,
                                "Bilance emisí (SECAP)", "Energetický manažer", 0),
                Indicators.of("PV_KWP", "Instalovaný výkon fotovoltaiky na budovách města", "kWp", OUTPUT, INCREASE, ANNUAL)
                        .baseline("2020", "0").target("600", 2030).milestones(2024, "250").method("linear")
                        .details(ILLUSTRATIVE, "Evidence majetku", "Odbor investic a rozvoje", 0),
                Indicators.of("CYCLE_KM", "Délka cyklostezek a vyhrazených cyklopruhů", "km", OUTPUT, INCREASE, ANNUAL)
                        .baseline("2019", "8.4").target("18", 2030).method("linear")
                        .details(ILLUSTRATIVE, "Pasport komunikací", "Odbor dopravy", 1),
                Indicators.of("BUS_PASSENGERS", "Cestující v městské autobusové dopravě", "tis. cestujících/čtvrtletí", RESULT, INCREASE,
                        QUARTERLY).baseline("2019-Q4", "62.7").target("68", 2030)
                        .details(ILLUSTRATIVE, "Dopravce (odbavovací systém)", "Odbor dopravy", 1),
                Indicators.of("PARKING_OCCUPANCY", "Průměrná obsazenost parkovišť v centru", "%", RESULT, RANGE, MONTHLY)
                        .baseline("2021-07", "89.8").range("70", "85", 2030).limit("100")
                        .details("Senzory chytrého parkování; cílem je volné místo bez kroužení. " + ILLUSTRATIVE,
                                "Systém chytrého parkování", "Odbor dopravy", 1),
                Indicators.of("LIGHT_MWH", "Spotřeba elektřiny veřejného osvětlení", "MWh/rok", RESULT, DECREASE, ANNUAL)
                        .baseline("2017", "735").target("310", 2028).milestones(2022, "540", 2025, "410").method("linear")
                        .details(ILLUSTRATIVE, "Faktury dodavatele elektřiny", "Odbor správy majetku", 0),
                Indicators.of("LED_SHARE", "Podíl svítidel veřejného osvětlení se zdroji LED", "%", OUTPUT, INCREASE, ANNUAL)
                        .baseline("2017", "4").target("100", 2028).milestones(2022, "45").limit("100").method("linear")
                        .details(ILLUSTRATIVE, "Pasport veřejného osvětlení", "Odbor správy majetku", 0),
                Indicators.of("EV_CHARGERS", "Veřejné dobíjecí body pro elektromobily", "počet", OUTPUT, INCREASE, ANNUAL)
                        .baseline("2018", "2").target("24", 2030).milestones(2025, "12").method("linear")
                        .details(ILLUSTRATIVE, "Evidence dobíjecích stanic MPO", "Odbor správy majetku", 0),
                Indicators.of("EV_ENERGY_MWH", "Energie odebraná z městských dobíjecích stanic", "MWh/čtvrtletí", RESULT, INCREASE,
                        QUARTERLY).baseline("2019-Q4", "2.28").target("25", 2030).method("open-sdg")
                        .details(ILLUSTRATIVE, "Provozovatel dobíjecích stanic", "Odbor správy majetku", 2),
                Indicators.of("EV_PER_1000", "Veřejné dobíjecí body na 1 000 obyvatel", "počet/1 000 obyv.", RESULT, INCREASE, ANNUAL)
                        .baseline("2018", "0.18").target("2.2", 2030).formula("EV_CHARGERS / POPULATION * 1000")
                        .details("Vypočteno z počtu dobíjecích bodů a počtu obyvatel. " + ILLUSTRATIVE, null, null, 2));
    }

    private static List<Indicator> serviceIndicators() {
        return List.of(
                Indicators.of("ISO_9001", "Platný certifikát ISO 9001:2015 městského úřadu", "ano/ne", OUTPUT, QUALITATIVE, ANNUAL)
                        .target("1", 2021)
                        .details("1 = certifikát platí, 0 = neplatí. Úřad je certifikován od konce roku 2018.", "Certifikační orgán",
                                "Tajemník městského úřadu", 0),
                Indicators.of("COMPLAINTS", "Stížnosti na postup městského úřadu", "počet/rok", RESULT, DECREASE, ANNUAL)
                        .baseline("2018", "21").target("10", 2030)
                        .details("Od roku 2020 se souhrnně nevykazuje (zastaralá řada). " + ILLUSTRATIVE, "Evidence stížností",
                                "Tajemník městského úřadu", 0),
                Indicators.of("SERVICE_CATALOGUE", "Služby popsané v katalogu služeb úřadu", "počet", OUTPUT, INCREASE, ANNUAL)
                        .baseline("2019", "48").target("130", 2026).milestones(2023, "100").method("linear")
                        .details(ILLUSTRATIVE, "Katalog služeb", "Manažer kvality", 0),
                Indicators.of("ONLINE_SHARE", "Podíl služeb z katalogu vyřiditelných elektronicky", "%", RESULT, INCREASE, ANNUAL)
                        .baseline("2020", "16").target("60", 2030).limit("100")
                        .details("Portál občana a datová schránka. " + ILLUSTRATIVE, "Katalog služeb", "Oddělení informatiky", 0),
                Indicators.of("CLIENT_SATISFACTION", "Podíl spokojených klientů městského úřadu", "%", RESULT, MAINTAIN_AT_LEAST, ANNUAL)
                        .baseline("2018", "96.5").target("95", 2030).limit("100")
                        .details("Dotazníkové šetření mezi klienty (asi 250 respondentů ročně). " + ILLUSTRATIVE,
                                "Průzkum spokojenosti klientů", "Manažer kvality", 1),
                Indicators.of("SATISFACTION_GRADE", "Průměrná známka spokojenosti klientů (1 nejlepší – 4 nejhorší)", "známka", RESULT,
                        MAINTAIN_AT_MOST, ANNUAL).baseline("2018", "1.31").target("1.5", 2030)
                        .details(ILLUSTRATIVE, "Průzkum spokojenosti klientů", "Manažer kvality", 2),
                Indicators.of("WAIT_MINUTES", "Průměrná doba čekání na přepážkách", "min", RESULT, DECREASE, MONTHLY)
                        .baseline("2020-01", "14.0").target("7", 2026)
                        .details("Vyvolávací systém; v dubnu a květnu 2020 byl provoz úřadu omezen. " + ILLUSTRATIVE,
                                "Vyvolávací systém", "Tajemník městského úřadu", 1),
                Indicators.of("PB_PROJECTS", "Zrealizované projekty participativního rozpočtu (kumulativně)", "počet", OUTPUT, INCREASE,
                        ANNUAL).baseline("2022", "0").target("30", 2030).milestones(2026, "12").method("linear")
                        .details(ILLUSTRATIVE, "Participativní rozpočet Živý Kyjov", "Kancelář starosty", 0),
                Indicators.of("PB_VOTERS_SHARE", "Podíl obyvatel hlasujících v participativním rozpočtu", "%", RESULT, INCREASE, ANNUAL)
                        .baseline("2022", "6.1").target("12", 2030).limit("100")
                        .details(ILLUSTRATIVE, "Hlasovací platforma", "Kancelář starosty", 1));
    }

    private static List<Indicator> environmentIndicators() {
        return List.of(
                Indicators.of("SORTED_WASTE_KG", "Výtěžnost tříděného sběru (papír, plasty, sklo, kovy)", "kg/obyv./rok", RESULT,
                        INCREASE, ANNUAL).baseline("2019", "66").target("90", 2030).method("open-sdg")
                        .details("Průměr ČR 78 kg (2022). " + ILLUSTRATIVE, "EKO-KOM", "Odbor životního prostředí", 1),
                Indicators.of("WASTE_T", "Směsný komunální odpad", "t/rok", RESULT, DECREASE, ANNUAL)
                        .baseline("2019", "2480").target("1950", 2030)
                        .details(ILLUSTRATIVE, "Evidence odpadů (ISPOP)", "Odbor životního prostředí", 0),
                Indicators.of("WASTE_PER_1000", "Směsný komunální odpad na 1 000 obyvatel", "t/1 000 obyv.", IMPACT, DECREASE, ANNUAL)
                        .baseline("2019", "220.4").target("185", 2030).formula("WASTE_T / POPULATION * 1000")
                        .details("Vypočteno ze směsného odpadu a počtu obyvatel. " + ILLUSTRATIVE, null, null, 1),
                Indicators.of("SORTING_RESIDENTS", "Obyvatelé, kteří pravidelně třídí odpad", "%", RESULT, INCREASE, IRREGULAR)
                        .baseline("2018", "68").target("82", 2030).limit("100")
                        .details("Průzkum mezi obyvateli jednou za čtyři roky. " + ILLUSTRATIVE, "Průzkum mezi obyvateli",
                                "Odbor životního prostředí", 0),
                Indicators.of("PM10", "Průměrná roční koncentrace PM10", "µg/m³", IMPACT, MAINTAIN_AT_MOST, ANNUAL)
                        .baseline("2015", "27.4").target("25", 2030)
                        .details("Měřicí stanice byla v roce 2019 zrušena (zastaralá řada). " + ILLUSTRATIVE, "ČHMÚ",
                                "Odbor životního prostředí", 1),
                Indicators.of("POOL_START", "Zahájení stavby krytého plaveckého bazénu", "ano/ne", OUTPUT, QUALITATIVE, ANNUAL)
                        .target("1", 2027)
                        .details("Studie proveditelnosti vznikla v projektu Kyjov 2030.", "Stavební deník", "Odbor investic a rozvoje", 0),
                Indicators.of("POPULATION", "Počet obyvatel k 1. 1.", "osob", CONTEXT, NONE, ANNUAL)
                        .details("Kyjov: 11 505 (2015), 11 185 (2020), 10 799 (2024).", "ČSÚ", "Odbor investic a rozvoje", 0),
                Indicators.of("UNEMPLOYMENT", "Podíl nezaměstnaných osob (15–64 let)", "%", CONTEXT, NONE, MONTHLY)
                        .details(ILLUSTRATIVE, "Úřad práce ČR", "Odbor investic a rozvoje", 1),
                Indicators.of("INVEST_PER_CAPITA", "Kapitálové výdaje města na obyvatele", "Kč/obyv.", CONTEXT, NONE, ANNUAL)
                        .details(ILLUSTRATIVE, "Monitor státní pokladny", "Finanční odbor", 0));
    }
}
