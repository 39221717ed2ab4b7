package eu.strateg.spreadsheet;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The workbooks' texts in cs, pl and en (UTF-8 resource bundles). */
final class Texts {

    /** The languages the workbooks speak. */
    static final List<String> LANGUAGES = List.of("cs", "pl", "en");

    private final ResourceBundle bundle;
    private final Locale locale;

    Texts(Locale locale) {
        this.locale = LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("eu.strateg.spreadsheet.texts", this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The name of the values sheet in every language, for reading a workbook whatever language wrote it. */
    static List<String> valuesSheetNames() {
        return LANGUAGES.stream().map(l -> new Texts(Locale.forLanguageTag(l)).get("sheet.values")).toList();
    }
}
