package eu.strateg.reporting.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of a report in one language: the bundled {@code messages_<lang>.properties} (UTF-8; cs, pl and en,
 * English when the language has no bundle), optionally overridden key by key by a user's file of the same name
 * in a template directory.
 *
 * <p>Patterns are formatted with a {@link MessageFormat} built for this locale (never the static
 * {@code MessageFormat.format}, which uses the JVM's default locale). Counts choose their plural form with
 * {@link PluralRule}: the key {@code k} with count {@code n} reads {@code k.one}, {@code k.few}, {@code k.many} or
 * {@code k.other}, falling back to {@code k.other}. An instance is not thread-safe; make one per report.
 */
public final class Messages {

    private static final String BUNDLE = "/eu/strateg/reporting/i18n/messages";

    private final Locale locale;
    private final Map<String, String> texts;
    private final PluralRule plural;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
        this.plural = PluralRule.forLocale(locale);
    }

    /** The bundled texts for {@code locale}. */
    public static Messages of(Locale locale) {
        return of(locale, null);
    }

    /** The bundled texts for {@code locale}, overridden by {@code overrideDir/messages[_lang].properties} when present. */
    public static Messages of(Locale locale, Path overrideDir) {
        Map<String, String> texts = new HashMap<>();
        String lang = locale.getLanguage();
        readResource(BUNDLE + ".properties", texts);
        readResource(BUNDLE + "_" + lang + ".properties", texts);
        if (overrideDir != null) {
            readFile(overrideDir.resolve("messages.properties"), texts);
            readFile(overrideDir.resolve("messages_" + lang + ".properties"), texts);
        }
        return new Messages(locale, texts);
    }

    private static void readResource(String name, Map<String, String> into) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in != null) {
                read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static void readFile(Path file, Map<String, String> into) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(r, into);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void read(Reader r, Map<String, String> into) throws IOException {
        Properties p = new Properties();
        p.load(r);
        for (String k : p.stringPropertyNames()) {
            into.put(k, p.getProperty(k));
        }
    }

    public Locale locale() {
        return locale;
    }

    /** True when the key has a text. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text of a key without arguments; the key itself in brackets when it is missing (never an exception). */
    public String get(String key) {
        String t = texts.get(key);
        return t == null ? "[" + key + "]" : t;
    }

    /** The key's pattern formatted with the arguments, for this locale. */
    public String format(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return "[" + key + "]";
        }
        MessageFormat f = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return f.format(args);
    }

    /** The plural form of the key for {@code count}, formatted with {@code count} (as text) and the further arguments. */
    public String plural(String key, long count, Object... more) {
        String form = key + "." + plural.select(count).suffix();
        String chosen = texts.containsKey(form) ? form : key + ".other";
        Object[] args = new Object[more.length + 1];
        args[0] = Formats.integer(locale, count);
        System.arraycopy(more, 0, args, 1, more.length);
        return format(chosen, args);
    }

    /** Formatting of numbers, percentages, money and dates in this language. */
    public Formats formats() {
        return new Formats(locale);
    }

    /** All keys (for completeness checks). */
    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(texts.keySet());
    }
}
