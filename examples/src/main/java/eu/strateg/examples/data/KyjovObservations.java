package eu.strateg.examples.data;

import static eu.strateg.examples.data.SeriesBuilder.generated;
import static eu.strateg.examples.data.SeriesBuilder.withGaps;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The measured values of the illustrative Kyjov strategy, 2013 to spring 2025. The population follows the real ČSÚ
 * figures (11 505 in 2015, 11 185 in 2020, 10 844 in 2023, 10 799 in 2024); everything else is invented and
 * calibrated to the public figures of comparable towns. It has gaps (a survey not held in 2020, a sensor outage,
 * a missing quarter), corrections recorded later (after the 2021 census, a revised waste report, recalculated
 * emission factors) and stale series (complaints not reported since 2020, an air-quality station closed in 2019).
 */
final class KyjovObservations {

    private KyjovObservations() {
    }

    static List<Observation> build() {
        SeriesBuilder s = new SeriesBuilder("Město Kyjov (ilustrativní data)");
        smartCity(s);
        services(s);
        environment(s);
        return s.build();
    }

    private static void smartCity(SeriesBuilder s) {
        s.annual("ENERGY_MWH", 2013, "7420", "7310", "7260", "7180", "7050", "6990", "6850", "6210", "6640", "6420", "6180", "6020");
        s.annual("HEAT_RES_SHARE", 2015, "8.2", "8.4", "9.1", "10.6", "11.5", "12.0", "14.8", "18.3", "21.7", "24.9");
        s.annual("CO2_T", 2013, "4310", "4205", "4120", "4080", "3990", "3905", "3820", "3420", "3610", "3380", "3150");
        s.correction("CO2_T", "2022", "3335", LocalDate.of(2024, 6, 20), "Přepočet podle nových emisních faktorů");
        s.annual("PV_KWP", 2020, "0", "0", "48", "185", "236");
        s.annual("CYCLE_KM", 2013, "5.1", "5.1", "5.9", "6.3", "6.3", "7.8", "8.4", "8.4", "9.6", "11.2", "11.2", "12.9");
        // 2016-Q1 … 2025-Q1: a slow rise until the pandemic (from 2020-Q2); since 2021-Q2 ridership stays about a tenth
        // below its old trend, so the indicator deteriorates. One quarter was never delivered by the operator.
        double[] season = {1.02, 0.99, 0.94, 1.05};
        String[] bus = generated(37, 58, 0.08, season, 0.015, 586307L, 1);
        String[] after = generated(16, 0.9 * (58 + 0.08 * 21), 0.9 * 0.08, new double[] {0.99, 0.94, 1.05, 1.02}, 0.015, 2021L, 1);
        System.arraycopy(after, 0, bus, 21, after.length);
        bus[17] = "31.5";
        bus[18] = "44.0";
        bus[19] = "40.2";
        bus[20] = "38.7";
        s.quarterly("BUS_PASSENGERS", 2016, withGaps(bus, 26));
        // 2021-07 … 2025-05: occupancy falls from about 92 % as drivers are guided to free spaces; sensors down 2023-02/03.
        String[] parking = generated(47, 92, -0.3, new double[] {0.97, 0.96, 1.0, 1.01, 1.02, 1.05, 0.99, 0.99, 1.0, 1.0, 1.0, 1.01},
                0.015, 64L, 1);
        s.monthly("PARKING_OCCUPANCY", 2021, 7, withGaps(parking, 19, 20));
        s.annual("LIGHT_MWH", 2013, "752", "748", "741", "739", "735", "702", "640", "585", "561", "528", "497", "468");
        s.annual("LED_SHARE", 2017, "4", "11", "24", "33", "38", "44", "52", "58");
        s.annual("EV_CHARGERS", 2018, "2", "2", "4", "4", "6", "8", "10");
        s.quarterly("EV_ENERGY_MWH", 2019, generated(25, 1.2, 0.42, new double[] {0.9, 1.0, 1.1, 1.0}, 0.08, 2019L, 2));
    }

    private static void services(SeriesBuilder s) {
        s.annual("ISO_9001", 2017, "0", "1", "1", "1", "1", "1", "1", "1");
        s.annual("COMPLAINTS", 2013, "27", "25", "30", "24", "22", "21", "18");
        s.annual("SERVICE_CATALOGUE", 2019, "48", "62", "85", "97", "104", "118");
        s.annual("ONLINE_SHARE", 2020, "16", "21", "27", "31", "36");
        s.annual("CLIENT_SATISFACTION", 2014, "92.1", null, "94.0", null, "96.5", "97.2", null, "97.8", "96.9", "98.1", "97.6");
        s.annual("SATISFACTION_GRADE", 2014, "1.52", null, "1.44", null, "1.31", "1.27", null, "1.22", "1.29", "1.18", "1.21");
        s.correction("SATISFACTION_GRADE", "2022", "1.26", LocalDate.of(2023, 11, 2), "Oprava: do průměru byly omylem započteny prázdné odpovědi");
        // 2020-01 … 2025-05: the queue system's monthly averages; April and May 2020 the office was closed to walk-ins.
        String[] wait = generated(65, 12.4, -0.07, new double[] {1.12, 1.08, 1.0, 0.97, 1.0, 1.04, 0.88, 0.84, 1.02, 1.0, 0.98, 0.92},
                0.04, 2020L, 1);
        s.monthly("WAIT_MINUTES", 2020, 1, withGaps(wait, 3, 4));
        s.annual("PB_PROJECTS", 2022, "0", "6", "11");
        s.annual("PB_VOTERS_SHARE", 2022, "6.1", "7.4", "6.8");
    }

    private static void environment(SeriesBuilder s) {
        s.annual("SORTED_WASTE_KG", 2013, "48.2", "50.1", "53.4", "55.0", "58.8", "62.3", "66.0", "71.2", "73.5", "75.9", "77.1", "79.4");
        s.correction("SORTED_WASTE_KG", "2023", "78.3", LocalDate.of(2024, 9, 30), "Opravný výkaz EKO-KOM");
        s.annual("WASTE_T", 2013, "2720", "2690", "2655", "2630", "2590", "2540", "2480", "2510", "2455", "2390", "2310", "2270");
        s.status("WASTE_T", ObservationStatus.PROVISIONAL, "2024");
        s.correction("WASTE_T", "2024", "2291", LocalDate.of(2025, 9, 15), "Definitivní údaj z ročního hlášení ISPOP");
        s.annual("SORTING_RESIDENTS", 2014, "61", null, null, null, "68", null, null, null, "74");
        s.annual("PM10", 2013, "31.2", "28.9", "27.4", "26.1", "25.8", "24.9");
        s.annual("POOL_START", 2021, "0", "0", "0", "0");
        s.annual("POPULATION", 2013, "11630", "11562", "11505", "11441", "11380", "11322", "11254", "11185", "11090", "10912", "10844",
                "10799");
        s.correction("POPULATION", "2021", "10968", LocalDate.of(2022, 9, 1), "Revize podle výsledků sčítání 2021");
        s.annual("INVEST_PER_CAPITA", 2013, "5820", "4930", "7140", "3980", "5410", "8260", "9120", "6380", "7950", "10420", "11860", "9740");
        // 2014-01 … 2025-05: unemployment of the Hodonín district's kind, falling from about 8 % with a winter peak.
        s.monthly("UNEMPLOYMENT", 2014, 1, generated(137, 7.8, -0.03,
                new double[] {1.12, 1.10, 1.04, 0.98, 0.95, 0.94, 0.96, 0.97, 0.95, 0.94, 0.97, 1.05}, 0.02, 645L, 1));
    }
}
