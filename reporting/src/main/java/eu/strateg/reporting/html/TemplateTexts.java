package eu.strateg.reporting.html;

import eu.strateg.reporting.i18n.Messages;

/** The texts as templates call them: {@code t.get('key')}, {@code t.f1('key', a)}, {@code t.f2('key', a, b)}. */
public final class TemplateTexts {

    private final Messages m;

    TemplateTexts(Messages m) {
        this.m = m;
    }

    public String get(String key) {
        return m.get(key);
    }

    public String f1(String key, Object a) {
        return m.format(key, a);
    }

    public String f2(String key, Object a, Object b) {
        return m.format(key, a, b);
    }

    public String lang() {
        return m.locale().getLanguage();
    }
}
