package eu.strateg.examples.data;

import static eu.strateg.core.project.FinancingSource.EU;
import static eu.strateg.core.project.FinancingSource.OTHER;
import static eu.strateg.core.project.FinancingSource.OWN;
import static eu.strateg.core.project.FinancingSource.STATE;
import static eu.strateg.core.project.ProjectStatus.COMPLETED;
import static eu.strateg.core.project.ProjectStatus.IDEA;
import static eu.strateg.core.project.ProjectStatus.IN_PROGRESS;
import static eu.strateg.core.project.ProjectStatus.PREPARED;
import static eu.strateg.core.project.ProjectStatus.SUSPENDED;

import eu.strateg.core.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * The project stack (zásobník projektů) of the illustrative Kyjov strategy, in CZK. Two projects are real OPZ
 * projects of the town (their registration numbers and, for "Kyjov 2030", the dates); every amount is invented.
 */
final class KyjovProjects {

    private static final String CZK = "CZK";
    private static final String INVESTMENTS = "Odbor investic a rozvoje";
    private static final String PROPERTY = "Odbor správy majetku";

    private KyjovProjects() {
    }

    static List<Project> build() {
        List<Project> all = new ArrayList<>(smartCity());
        all.addAll(services());
        all.addAll(qualityOfLife());
        return all;
    }

    private static List<Project> smartCity() {
        return List.of(
                Projects.of("K01", "Zateplení a rekuperace základní školy", CZK).measures("1.1.1").status(COMPLETED)
                        .planned("2021-03-01", "2022-08-31").actual("2021-04-12", "2022-11-30")
                        .line(2021, OWN, "3800000", "3912400").line(2022, OWN, "1200000", "1486900")
                        .line(2022, EU, "9800000", "9415200").line(2022, STATE, "1150000", "1107700")
                        .description("OPŽP a SFŽP; dokončeno se zpožděním kvůli dodávce vzduchotechniky.")
                        .responsible(INVESTMENTS).indicators("ENERGY_MWH").build(),
                Projects.of("K02", "Fotovoltaické elektrárny na střechách budov města – I. etapa", CZK).measures("1.1.2")
                        .status(COMPLETED).planned("2022-04-01", "2023-06-30").actual("2022-05-02", "2023-09-15")
                        .line(2022, OWN, "600000", "540000").line(2023, OWN, "1700000", "1820300").line(2023, EU, "5500000", "5210000")
                        .description("Modernizační fond.").responsible(INVESTMENTS).indicators("PV_KWP").build(),
                Projects.of("K03", "Modernizace výměníkových stanic a rozvodů CZT", CZK).measures("1.1.2").status(IN_PROGRESS)
                        .planned("2024-03-01", "2026-10-31").actual("2024-04-15", null)
                        .line(2024, OWN, "4000000", "3650000").line(2025, OWN, "6000000", null).line(2025, EU, "18000000", null)
                        .line(2026, EU, "12000000", null).line(2026, OWN, "3000000", null)
                        .responsible(INVESTMENTS).indicators("HEAT_RES_SHARE").build(),
                Projects.of("K04", "Cyklostezka Kyjov – Bohuslavice", CZK).measures("1.2.1").status(COMPLETED)
                        .planned("2021-09-01", "2022-06-30").actual("2021-10-04", "2022-06-24")
                        .line(2021, OWN, "1200000", "1180000").line(2022, STATE, "8400000", "8400000").line(2022, OWN, "2100000", "2315600")
                        .description("Dotace SFDI.").responsible(INVESTMENTS).indicators("CYCLE_KM").build(),
                Projects.of("K05", "Cyklostezka Nětčice – centrum", CZK).measures("1.2.1").status(PREPARED)
                        .planned("2025-04-01", "2026-06-30")
                        .line(2025, OWN, "1500000", null).line(2026, STATE, "7000000", null).line(2026, OWN, "2500000", null)
                        .responsible(INVESTMENTS).indicators("CYCLE_KM").build(),
                Projects.of("K06", "Chytré parkování v centru města", CZK).measures("1.2.2").status(COMPLETED)
                        .planned("2021-01-15", "2021-06-30").actual("2021-02-01", "2021-07-01")
                        .line(2021, OWN, "2350000", "2290000")
                        .description("Senzory obsazenosti, navigační tabule a mobilní aplikace.")
                        .responsible("Odbor dopravy").indicators("PARKING_OCCUPANCY").build(),
                Projects.of("K07", "Výměna svítidel veřejného osvětlení za LED – I. etapa", CZK).measures("1.3.1").status(COMPLETED)
                        .planned("2018-04-01", "2019-10-31").actual("2018-04-16", "2019-12-20")
                        .line(2018, OWN, "3100000", "3050000").line(2019, OWN, "2600000", "2940000").line(2019, STATE, "900000", "900000")
                        .description("Dálkově řízené osvětlení v rámci programu Smart City (od jara 2017); program EFEKT.")
                        .responsible(PROPERTY).indicators("LIGHT_MWH", "LED_SHARE").build(),
                Projects.of("K08", "Výměna svítidel za LED – II. etapa a dálkové řízení VO", CZK).measures("1.3.1").status(IN_PROGRESS)
                        .planned("2022-03-01", "2024-10-31").actual("2022-05-09", null)
                        .line(2022, OWN, "2800000", "2650000").line(2023, OWN, "3200000", "3010000").line(2023, EU, "4500000", "2100000")
                        .line(2024, EU, "4500000", "3800000").line(2024, OWN, "1500000", "1100000").line(2025, OWN, "1200000", null)
                        .description("Svítidla s kamerami, nabíječkami a Wi-Fi na vybraných stožárech; zpoždění dodávek.")
                        .responsible(PROPERTY).indicators("LIGHT_MWH", "LED_SHARE").build(),
                Projects.of("K09", "Dobíjecí stanice na parkovištích města", CZK).measures("1.3.2").status(IN_PROGRESS)
                        .planned("2020-05-01", "2026-12-31").actual("2020-06-01", null)
                        .line(2020, OWN, "480000", "465000").line(2022, OTHER, "900000", "900000").line(2023, EU, "1600000", "1420000")
                        .line(2024, OWN, "550000", "610000").line(2025, EU, "2000000", null)
                        .description("Podíl provozovatele stanic je veden jako jiný zdroj.")
                        .responsible(PROPERTY).indicators("EV_CHARGERS", "EV_ENERGY_MWH").build());
    }

    private static List<Project> services() {
        return List.of(
                Projects.of("K10", "Podpora standardizace, komunikace, strategie a vzdělávání MÚ Kyjov", CZK).measures("2.1.1")
                        .status(COMPLETED).planned("2017-06-01", "2019-05-31").actual("2017-07-01", "2019-06-30")
                        .line(2017, EU, "1020000", "980000").line(2017, STATE, "120000", "115300").line(2017, OWN, "60000", "57700")
                        .line(2018, EU, "1870000", "1812000").line(2018, STATE, "220000", "213200").line(2018, OWN, "110000", "106600")
                        .line(2019, EU, "340000", "322600").line(2019, STATE, "40000", "37950").line(2019, OWN, "20000", "18980")
                        .description("Skutečný projekt OPZ CZ.03.4.74/0.0/0.0/16_033/0002965 (certifikace ISO 9001 na konci roku 2018); "
                                + "termíny a rozpočet jsou ilustrativní.")
                        .responsible("Tajemník městského úřadu").indicators("ISO_9001").build(),
                Projects.of("K11", "Kyjov 2030", CZK).measures("2.1.2", "3.3.1").status(COMPLETED)
                        .planned("2019-04-01", "2020-12-31").actual("2019-04-01", "2020-12-31")
                        .line(2019, EU, "1450000", "1390000").line(2019, STATE, "170000", "163500").line(2019, OWN, "85000", "81800")
                        .line(2020, EU, "2100000", "2046000").line(2020, STATE, "250000", "240700").line(2020, OWN, "125000", "120400")
                        .description("Skutečný projekt OPZ CZ.03.4.74/0.0/0.0/17_080/0010013: strategie rozvoje, portál "
                                + "kyjovproobcana.cz a studie proveditelnosti krytého bazénu; rozpočet je ilustrativní.")
                        .responsible(INVESTMENTS).indicators("ONLINE_SHARE").build(),
                Projects.of("K12", "Živý Kyjov 2022 – realizace vítězných projektů participativního rozpočtu", CZK).measures("2.2.2")
                        .status(COMPLETED).planned("2023-04-01", "2023-10-31").actual("2023-04-03", "2023-11-24")
                        .line(2023, OWN, "1000000", "968400")
                        .description("Návrhy červen–červenec 2022, hlasování 14. 9. – 31. 10. 2022; částka je ilustrativní.")
                        .responsible("Kancelář starosty").indicators("PB_PROJECTS").build());
    }

    private static List<Project> qualityOfLife() {
        return List.of(
                Projects.of("K13", "Krytý plavecký bazén", CZK).measures("3.3.1").status(PREPARED)
                        .planned("2027-03-01", "2029-06-30")
                        .line(2027, OWN, "40000000", null).line(2027, STATE, "30000000", null).line(2028, OWN, "35000000", null)
                        .line(2028, EU, "60000000", null).line(2029, OWN, "15000000", null)
                        .responsible(INVESTMENTS).indicators("POOL_START").build(),
                Projects.of("K14", "Rozšíření sběrného dvora a sítě kontejnerů na tříděný odpad", CZK).measures("3.1.1")
                        .status(SUSPENDED).planned("2023-06-01", "2024-06-30").actual("2023-09-01", null)
                        .line(2023, OWN, "900000", "420000").line(2024, EU, "3200000", null)
                        .description("Pozastaveno do vyhlášení nové výzvy.")
                        .responsible("Odbor životního prostředí").indicators("SORTED_WASTE_KG").build(),
                Projects.of("K15", "Startovací byty v Boršově", CZK).measures("3.4.1").status(IDEA)
                        .line(2028, OWN, "25000000", null)
                        .responsible(INVESTMENTS).build());
    }
}
