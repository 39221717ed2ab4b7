package eu.strateg.examples.data;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The measured values of the illustrative Niepołomice strategy, 2013 to spring 2025. Calibrated to public figures
 * (about 25 100 inhabitants in 2011–13 growing by about 500 a year, 1.5 % registered unemployed in 2024, 213
 * accommodation places in 2024); everything else is invented. The resident survey runs every three years and is
 * disaggregated by area (town, rural) and by kind of service. Gaps: the cancelled 2020 participatory budget, a
 * missing year of castle visitors; corrections: population after the 2021 census, survey weights, castle visitors, and the 2024
 * unemployment share; a stale series: sewerage coverage, last published for 2020.
 */
final class NiepolomiceObservations {

    private static final Map<String, String> TOWN = Map.of("obszar", "miasto");
    private static final Map<String, String> RURAL = Map.of("obszar", "obszar wiejski");

    private NiepolomiceObservations() {
    }

    static List<Observation> build() {
        SeriesBuilder s = new SeriesBuilder("Urząd Miasta i Gminy Niepołomice (dane ilustracyjne)");
        economy(s);
        community(s);
        survey(s);
        leisureAndEnvironment(s);
        return s.build();
    }

    private static void economy(SeriesBuilder s) {
        s.annual("PODMIOTY_REGON", 2013, "1188", "1214", "1243", "1270", "1311", "1356", "1402", "1431", "1478", "1502", "1529", "1561");
        s.annual("NOWE_FIRMY", 2013, "352", "371", "389", "402", "421", "447", "468", "412", "495", "478", "461", "472");
        s.annual("BEZROBOCIE", 2013, "4.6", "4.0", "3.4", "2.8", "2.3", "2.0", "1.9", "2.4", "2.1", "1.7", "1.6", "1.4");
        s.status("BEZROBOCIE", ObservationStatus.PROVISIONAL, "2024");
        s.correction("BEZROBOCIE", "2024", "1.5", LocalDate.of(2025, 7, 31), "Dane ostateczne GUS");
        s.annual("MIEJSCA_PRACY_NSI", 2013, "7900", "8350", "8700", "9150", "9600", "10050", "10400", "10150", "10600", "11050", "11300");
        s.annual("DOCHODY_PIT", 2013, "842", "905", "1020", "1118", "1240", "1392", "1531", "1568", "1744", "1862", "1651", "1938");
        s.annual("WYDATKI_OGOLEM", 2013, "118412560.34", "126905118.70", "131248930.12", "140816205.55", "162534870.09",
                "189306442.81", "201733015.27", "214618904.66", "238927311.40", "276402558.93", "301215774.18", "322846090.52");
        s.annual("WYDATKI_MAJATKOWE", 2013, "25103462.79", "31091754.08", "25987288.16", "25910181.82", "43721880.05", "59631529.49",
                "55073113.17", "51508537.12", "71200338.80", "100610531.45", "99702421.25", "97499519.34");
    }

    private static void community(SeriesBuilder s) {
        s.annual("LUDNOSC", 2013, "25350", "25902", "26448", "26940", "27518", "28010", "28531", "29034", "29466", "29980", "30412",
                "30868");
        s.correction("LUDNOSC", "2021", "29213", LocalDate.of(2022, 10, 3), "Korekta po Narodowym Spisie Powszechnym 2021");
        s.annual("SALDO_MIGRACJI", 2013, "19.8", "18.1", "17.2", "16.0", "17.9", "15.4", "15.1", "14.0", "12.9", "14.6", "12.2");
        s.annual("PRZEDSZKOLA", 2013, "71.2", "74.5", "79.8", "82.1", "84.0", "86.3", "88.5", "85.2", "89.7", "91.4", "92.8", "94.1");
        s.annual("BO_KWOTA", 2019, "500000", null, "700000", "800000", "1000000", "1000000");
        s.annual("BO_GLOSUJACY", 2019, "2150", null, "2688", "3105", "3472", "3390");
        s.annual("BO_TERMINOWOSC", 2019, "100", null, "88.9", "91.7", "84.6", "90.0");
        s.annual("NGO", 2013, "26.4", "26.9", "27.1", "27.6", "27.5", "27.8", "28.0", "28.3", "28.1", "28.7", "29.2");
        s.annual("NOWA_STRATEGIA", 2023, "0", "0");
    }

    private static void survey(SeriesBuilder s) {
        s.annual("ZADOWOLENIE", 2015, "74.9", null, null, "78.4", null, null, "81.2", null, null, "80.6");
        s.annual("ZADOWOLENIE", TOWN, 2015, "77.8", null, null, "80.9", null, null, "83.5", null, null, "82.7");
        s.annual("ZADOWOLENIE", RURAL, 2015, "71.0", null, null, "75.1", null, null, "78.3", null, null, "78.0");
        s.correction("ZADOWOLENIE", "2021", "81.0", LocalDate.of(2022, 5, 10), "Korekta wag w próbie");
        s.annual("OCENA_USLUG", 2015, "3.58", null, null, "3.72", null, null, "3.86", null, null, "3.91");
        String[][] byService = {
            {"edukacja", "3.81", "3.95", "4.05", "4.12"},
            {"transport publiczny", "3.02", "3.10", "3.35", "3.48"},
            {"ochrona zdrowia", "3.21", "3.25", "3.30", "3.28"},
            {"kultura i rekreacja", "3.95", "4.12", "4.21", "4.30"},
        };
        for (String[] row : byService) {
            s.annual("OCENA_USLUG", Map.of("usługa", row[0]), 2015, row[1], null, null, row[2], null, null, row[3], null, null, row[4]);
        }
        s.annual("RESPONDENCI", 2015, "612", null, null, "761", null, null, "894", null, null, "1036");
    }

    private static void leisureAndEnvironment(SeriesBuilder s) {
        s.annual("SCIEZKI_KM", 2013, "21.5", "24.0", "27.8", "30.1", "33.6", "38.2", "42.0", "44.5", "47.9", "50.3", "52.6", "54.1");
        // The castle closed in the pandemic; 2018 is missing (the ticket system was replaced); 2022 was corrected when the
        // open-air events were counted in.
        s.annual("ZAMEK_ODWIEDZAJACY", 2013, "52400", "55100", "58900", "61300", "63800", null, "68200", "21500", "38900", "61700",
                "70400", "73900");
        s.correction("ZAMEK_ODWIEDZAJACY", "2022", "62450", LocalDate.of(2023, 6, 30), "Doliczono wejścia na wydarzenia plenerowe");
        s.annual("NOCLEGI", 2013, "268", "271", "265", "290", "302", "296", "311", "204", "198", "207", "209", "213");
        s.annual("KOPCIUCHY", 2018, "0", "310", "640", "1020", "1390", "1655", "1880");
        s.annual("PM10_DNI", 2013, "88", "79", "72", "69", "61", "57", "44", "31", "38", "29", "24", "21");
        s.annual("KANALIZACJA", 2013, "58.2", "59.5", "61.0", "62.4", "64.1", "66.3", "68.0", "69.2");
    }
}
