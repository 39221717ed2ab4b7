package eu.strateg.examples.data;

import static eu.strateg.core.project.FinancingSource.EU;
import static eu.strateg.core.project.FinancingSource.OWN;
import static eu.strateg.core.project.FinancingSource.STATE;
import static eu.strateg.core.project.ProjectStatus.CANCELLED;
import static eu.strateg.core.project.ProjectStatus.COMPLETED;
import static eu.strateg.core.project.ProjectStatus.IN_PROGRESS;
import static eu.strateg.core.project.ProjectStatus.PREPARED;

import eu.strateg.core.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects of the illustrative Niepołomice strategy (bank projektów), in PLN, including the winning projects of
 * the participatory budget (budżet obywatelski). Places are real villages of the gmina; every project and amount is
 * invented.
 */
final class NiepolomiceProjects {

    private static final String PLN = "PLN";
    private static final String BO = "2.2.1";
    private static final String INVESTMENTS = "Referat Inwestycji";
    private static final String COMMUNITY = "Referat Komunikacji Społecznej";

    private NiepolomiceProjects() {
    }

    static List<Project> build() {
        List<Project> all = new ArrayList<>(investments());
        all.addAll(participatoryBudget());
        return all;
    }

    private static List<Project> investments() {
        return List.of(
                Projects.of("N01", "Ścieżka rowerowa wzdłuż Wisły – odcinek Niepołomice – Zabierzów Bocheński", PLN).measures("3.1.1")
                        .status(COMPLETED).planned("2020-04-01", "2021-09-30").actual("2020-05-11", "2021-10-29")
                        .line(2020, OWN, "1450000", "1392000").line(2021, EU, "4800000", "4655300").line(2021, OWN, "1100000", "1246800")
                        .description("Dofinansowanie z Regionalnego Programu Operacyjnego Województwa Małopolskiego.")
                        .responsible(INVESTMENTS).indicators("SCIEZKI_KM").build(),
                Projects.of("N02", "Dotacje do wymiany pozaklasowych kotłów (program gminny i „Czyste Powietrze”)", PLN)
                        .measures("4.1.1").status(IN_PROGRESS).planned("2019-01-01", "2025-12-31").actual("2019-03-01", null)
                        .line(2019, OWN, "900000", "860000").line(2020, OWN, "1000000", "940000").line(2021, OWN, "1200000", "1185000")
                        .line(2021, STATE, "2500000", "2310000").line(2022, STATE, "3000000", "2880000").line(2022, EU, "1500000", "1420000")
                        .line(2023, OWN, "1000000", "905000").line(2024, OWN, "1000000", "1012000").line(2025, OWN, "1000000", null)
                        .responsible("Referat Ochrony Środowiska").indicators("KOPCIUCHY").build(),
                Projects.of("N03", "Rozbudowa sieci kanalizacji sanitarnej w Staniątkach i Woli Batorskiej", PLN).measures("4.2.1")
                        .status(IN_PROGRESS).planned("2021-06-01", "2024-06-30").actual("2021-09-15", null)
                        .line(2021, OWN, "2000000", "1640000").line(2022, STATE, "9500000", "6200000").line(2023, STATE, "6500000", "5950000")
                        .line(2023, OWN, "3000000", "3380000").line(2024, OWN, "2500000", "1900000").line(2025, OWN, "2000000", null)
                        .description("Opóźnienie: kolizje z siecią gazową i przetarg powtórzony w 2022 r.")
                        .responsible(INVESTMENTS).indicators("KANALIZACJA").build(),
                Projects.of("N04", "Rozbudowa przedszkola samorządowego w Podłężu", PLN).measures("2.1.1").status(COMPLETED)
                        .planned("2022-03-01", "2023-08-31").actual("2022-04-04", "2023-08-25")
                        .line(2022, OWN, "3200000", "3150000").line(2023, OWN, "2600000", "2710000").line(2023, STATE, "4000000", "4000000")
                        .responsible(INVESTMENTS).indicators("PRZEDSZKOLA").build(),
                Projects.of("N05", "Badanie ankietowe mieszkańców 2024: warunki życia i usługi publiczne", PLN).measures("2.1.2")
                        .status(COMPLETED).planned("2024-03-01", "2024-06-30").actual("2024-03-11", "2024-07-19")
                        .line(2024, OWN, "48000", "46740")
                        .description("Ankieta internetowa i papierowa, ponad 1000 respondentów.")
                        .responsible("Referat Strategii i Rozwoju").indicators("ZADOWOLENIE", "OCENA_USLUG", "RESPONDENCI").build(),
                Projects.of("N06", "Centrum obsługi inwestora – e-usługi dla firm w strefie inwestycyjnej", PLN).measures("1.1.1")
                        .status(PREPARED).planned("2025-09-01", "2026-12-31")
                        .line(2025, OWN, "350000", null).line(2026, EU, "1400000", null)
                        .description("Wniosek do programu Fundusze Europejskie dla Małopolski 2021–2027.")
                        .responsible("Referat Obsługi Inwestorów").indicators("MIEJSCA_PRACY_NSI").build(),
                Projects.of("N07", "Opracowanie Strategii Rozwoju Gminy Niepołomice na lata 2024–2035", PLN).measures("2.3.1")
                        .status(IN_PROGRESS).planned("2023-03-01", "2024-12-31").actual("2023-04-01", null)
                        .line(2023, OWN, "90000", "85000").line(2024, OWN, "60000", "42000").line(2025, OWN, "30000", null)
                        .description("Z firmą doradczą; konsultacje społeczne przedłużone.")
                        .responsible("Referat Strategii i Rozwoju").indicators("NOWA_STRATEGIA").build());
    }

    private static List<Project> participatoryBudget() {
        return List.of(
                Projects.of("N08", "BO 2022: Siłownia plenerowa i strefa rekreacji w Woli Zabierzowskiej", PLN).measures(BO)
                        .status(COMPLETED).planned("2022-04-01", "2022-09-30").actual("2022-04-20", "2022-09-16")
                        .line(2022, OWN, "180000", "171350").responsible(COMMUNITY).indicators("BO_TERMINOWOSC").build(),
                Projects.of("N09", "BO 2023: Zielony skwer z ławkami przy Rynku w Niepołomicach", PLN).measures(BO)
                        .status(COMPLETED).planned("2023-04-01", "2023-10-31").actual("2023-05-08", "2023-12-12")
                        .line(2023, OWN, "250000", "268900").responsible(COMMUNITY).indicators("BO_TERMINOWOSC").build(),
                Projects.of("N10", "BO 2023: Doposażenie świetlicy wiejskiej w Ochmanowie", PLN).measures(BO)
                        .status(COMPLETED).planned("2023-03-01", "2023-06-30").actual("2023-03-13", "2023-06-21")
                        .line(2023, OWN, "60000", "58420").responsible(COMMUNITY).indicators("BO_TERMINOWOSC").build(),
                Projects.of("N11", "BO 2024: Plac zabaw w Chobocie", PLN).measures(BO)
                        .status(IN_PROGRESS).planned("2024-04-01", "2024-10-31").actual("2024-06-03", null)
                        .line(2024, OWN, "220000", "95000").line(2025, OWN, "125000", null)
                        .description("Opóźnienie: zmiana lokalizacji po konsultacjach z sołectwem.")
                        .responsible(COMMUNITY).indicators("BO_TERMINOWOSC").build(),
                Projects.of("N12", "BO 2024: Oświetlenie przejścia dla pieszych w Słomirogu", PLN).measures(BO)
                        .status(CANCELLED).planned("2024-05-01", "2024-09-30")
                        .line(2024, OWN, "90000", "0")
                        .description("Anulowany: przejście leży w pasie drogi powiatowej; zadanie przekazano zarządcy drogi.")
                        .responsible(COMMUNITY).build(),
                Projects.of("N13", "BO 2024: Zajęcia sportowe dla seniorów", PLN).measures(BO)
                        .status(COMPLETED).planned("2024-03-01", "2024-11-30").actual("2024-03-04", "2024-11-29")
                        .line(2024, OWN, "40000", "38500").responsible(COMMUNITY).indicators("BO_TERMINOWOSC").build());
    }
}
