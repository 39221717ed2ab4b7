package eu.strateg.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.StrategyId;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Micronaut section runs in a project that only imports the BOM: it stores in H2 and writes a PDF. */
class MicronautReportTest {

    @Test
    void storesTheStrategyInH2AndWritesItsPdfReport(@TempDir Path dir) throws Exception {
        Path pdf = MicronautReport.run(dir);

        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("%%EOF");
        assertThat(dir.resolve("strateg.mv.db")).exists();
        try (ApplicationContext again = ApplicationContext.run(Map.of("strateg.storage", "h2", "strateg.directory", dir.toString()))) {
            assertThat(again.getBean(StrategyService.class).current(StrategyId.of("kyjov-2030")).title())
                    .isEqualTo("Strategie rozvoje města Kyjova 2021–2030");
        }
    }
}
