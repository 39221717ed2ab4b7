package eu.strateg.server.web;

import eu.strateg.reporting.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts of the web pages in one language, as templates call them ({@code t.get('key')}, {@code t.f1('key', a)}):
 * the web UI's own {@code web/messages[_lang].properties} first, then the reporting module's texts (statuses, column
 * names), so a word means the same on the page and in the report.
 */
public final class WebTexts {

    /** The languages of the UI. */
    public static final List<String> LANGUAGES = List.of("cs", "pl", "en");

    private final Properties web = new Properties();
    private final Messages report;

    /**
     * The texts of a language.
     *
     * @param lang {@code cs}, {@code pl} or {@code en}
     */
    public WebTexts(String lang) {
        read("/web/messages.properties");
        read("/web/messages_" + lang + ".properties");
        this.report = Messages.of(Locale.forLanguageTag(lang));
    }

    private void read(String name) {
        try (InputStream in = WebTexts.class.getResourceAsStream(name)) {
            if (in != null) {
                web.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The reporting module's texts of this language. */
    Messages report() {
        return report;
    }

    public String get(String key) {
        String s = web.getProperty(key);
        return s != null ? s : report.get(key);
    }

    public String f1(String key, Object a) {
        return format(key, a);
    }

    /** A text with any number of arguments ({@code {0}}, {@code {1}} …), the web UI's own first. */
    public String format(String key, Object... args) {
        String s = web.getProperty(key);
        return s != null ? new java.text.MessageFormat(s, report.locale()).format(args) : report.format(key, args);
    }

    public String lang() {
        return report.locale().getLanguage();
    }
}
