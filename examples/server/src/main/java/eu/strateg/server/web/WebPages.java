package eu.strateg.server.web;

import eu.strateg.reporting.html.TemplateCharts;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the pages from the Pebble templates in {@code web/templates/} with autoescaping on: every text that comes
 * from a strategy, an observation or a person is HTML-escaped; only the SVG charts of the reporting module, which
 * escape their own texts, are inserted as they are. Public for the load benchmark, which renders a dashboard in process
 * as the limit of the one served over HTTP.
 */
public final class WebPages {

    private final PebbleEngine engine;
    private final TemplateCharts charts = new TemplateCharts();

    /** An engine over the templates of the classpath (cached once read). */
    public WebPages() {
        ClasspathLoader loader = new ClasspathLoader(WebPages.class.getClassLoader());
        loader.setPrefix("web/templates/");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html").newLineTrimming(false)
                .strictVariables(false).cacheActive(true).build();
    }

    /** The HTML of a template with the common variables ({@code t}, {@code charts}, {@code lang}, {@code languages}). */
    public String render(String template, WebTexts texts, Map<String, Object> variables) {
        Map<String, Object> ctx = new HashMap<>(variables);
        ctx.put("t", texts);
        ctx.put("charts", charts);
        ctx.put("lang", texts.lang());
        ctx.put("languages", WebTexts.LANGUAGES);
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template + ".peb").evaluate(out, ctx, Locale.forLanguageTag(texts.lang()));
        } catch (PebbleException e) {
            throw new IllegalStateException("the page template " + template + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
