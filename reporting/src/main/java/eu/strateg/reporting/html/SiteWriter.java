package eu.strateg.reporting.html;

import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.chart.ChartPng;
import eu.strateg.reporting.chart.LineChart;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.TreeNode;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indicator portal: a static multi-page site (no server, works from {@code file://} and any static host), in
 * Czech, Polish and English ({@code cs/}, {@code pl/}, {@code en/}, a language switch on every page). Per language:
 * an overview ({@code index.html}: the plain summary, what needs attention, a tile per priority area, search and
 * filters by status, area and owner over {@code search-index.js}), a page per element ({@code e-CODE.html}) and per
 * indicator ({@code i-CODE.html}: chart, explanation, metadata, owner, last update, disaggregations with a selector,
 * the values, and downloads {@code i-CODE.csv}, {@code i-CODE.svg} and {@code i-CODE.png}, the PNG drawn from the same
 * SVG by {@link ChartPng}). Same templates and template directory as the HTML report ({@code site/*.peb}).
 */
public final class SiteWriter {

    /** The languages of the site. */
    public static final List<String> LANGUAGES = List.of("cs", "pl", "en");

    /** Where the files go: a directory, a ZIP stream, a counter. */
    public interface Sink {
        void write(String path, byte[] bytes) throws IOException;
    }

    private final PebbleEngine engine;
    private final Path templateDirectory;
    private final boolean png;

    /** A site with every download, PNG charts included; templates from {@code templateDirectory} (null: the built-in ones). */
    public SiteWriter(Path templateDirectory) {
        this(templateDirectory, true);
    }

    /**
     * The same, with or without the PNG of each chart (drawing them is most of the build time of a very large site; the SVG
     * is always written).
     */
    public SiteWriter(Path templateDirectory, boolean pngCharts) {
        this.templateDirectory = templateDirectory;
        this.png = pngCharts;
        this.engine = new PebbleEngine.Builder().loader(HtmlReportRenderer.loader(templateDirectory)).autoEscaping(true)
                .defaultEscapingStrategy("html").newLineTrimming(false).strictVariables(false).cacheActive(true).build();
    }

    /** Writes the whole site; the root {@code index.html} opens the language of {@code input}. */
    public void write(ReportInput input, Sink sink) throws IOException {
        strategy(input, null, sink);
    }

    /**
     * Writes a portal of several strategies, e.g. of different territories: each strategy's whole site (as
     * {@link #write(ReportInput, Sink)} writes it) in the folder {@code SCHEME-CODE/STRATEGY-ID/} of its territory, and
     * at the root an index of the territories in each language ({@code cs/index.html}, …) with each territory's
     * strategies, their status and score, linking to their sites; every strategy page links back to it. The root
     * {@code index.html} opens the language of the first input.
     *
     * @throws IllegalArgumentException when {@code inputs} is empty or holds one strategy of a territory twice
     */
    public void write(List<ReportInput> inputs, Sink sink) throws IOException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a portal of several strategies needs at least one strategy");
        }
        Map<String, Map<String, Map<String, Object>>> models = new java.util.LinkedHashMap<>();
        Set<String> folders = new HashSet<>();
        for (ReportInput in : inputs) {
            var territory = in.strategy().territory();
            String folder = SiteIndex.safe(territory.code().scheme().name().toLowerCase(Locale.ROOT)) + "-" + SiteIndex.safe(territory.code().code())
                    + "/" + SiteIndex.safe(in.strategy().id().value());
            if (!folders.add(folder.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the strategy " + in.strategy().id().value() + " of " + territory.name() + " (" + territory.code()
                        + ") is given twice: a portal holds each strategy once");
            }
            models.put(folder, strategy(in, folder, (path, bytes) -> sink.write(folder + "/" + path, bytes)));
        }
        String first = firstLanguage(inputs.get(0));
        redirect(first, sink);
        for (String lang : LANGUAGES) {
            Messages m = Messages.of(Locale.forLanguageTag(lang), templateDirectory);
            java.text.Collator collator = java.text.Collator.getInstance(m.locale());
            Map<String, List<Map<String, Object>>> byTerritory = new java.util.TreeMap<>(
                    Comparator.comparing((String k) -> withoutStrokes(k), collator).thenComparing(Comparator.naturalOrder()));
            for (Map.Entry<String, Map<String, Map<String, Object>>> e : models.entrySet()) {
                Map<String, Object> entry = new HashMap<>(e.getValue().get(lang));
                entry.put("href", "../" + e.getKey() + "/" + lang + "/index.html");
                ReportModel.Header h = (ReportModel.Header) entry.get("header");
                byTerritory.computeIfAbsent(h.territory() + " (" + h.territoryCode() + ")", k -> new ArrayList<>()).add(entry);
            }
            Map<String, Object> ctx = new HashMap<>();
            ctx.put("t", new TemplateTexts(m));
            ctx.put("lang", lang);
            ctx.put("languages", LANGUAGES);
            ctx.put("territories", byTerritory);
            sink.write(lang + "/index.html", render("site/territories.peb", ctx, m).getBytes(StandardCharsets.UTF_8));
            if (lang.equals(first)) {
                sink.write("site.css", render("site/site.css.peb", new HashMap<>(), m).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * One strategy's site; {@code folder} is where it lies below a portal's root (null: it is the root). Returns by language
     * what the portal's index shows of it: its {@code header} and {@code summary}.
     */
    private Map<String, Map<String, Object>> strategy(ReportInput input, String folder, Sink sink) throws IOException {
        String first = firstLanguage(input);
        redirect(first, sink);
        sink.write("site.js", resource("site/site.js"));
        String up = folder == null ? null : "../".repeat(folder.split("/").length + 1);
        Map<String, Map<String, Object>> models = new HashMap<>();
        for (String lang : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(lang);
            Messages m = Messages.of(locale, templateDirectory);
            ReportInput in = new ReportInput(input.strategy(), input.evaluation(), input.observations(), locale);
            ReportModel model = ReportModel.of(in, m);
            language(lang, model, m, up == null ? null : up + lang + "/index.html", sink);
            models.put(lang, Map.of("header", model.header(), "summary", model.summary()));
            if (lang.equals(first)) {
                sink.write("site.css", render("site/site.css.peb", new HashMap<>(), m).getBytes(StandardCharsets.UTF_8));
            }
        }
        return models;
    }

    /**
     * Letters with a stroke (Ł, Đ, Ø) have no decomposition, so the JDK's Czech and English collators put them after Z;
     * territories are sorted as if they were L, D and O (Łódź among the L).
     */
    static String withoutStrokes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case 'Ł' -> 'L';
                case 'ł' -> 'l';
                case 'Đ' -> 'D';
                case 'đ' -> 'd';
                case 'Ø' -> 'O';
                case 'ø' -> 'o';
                default -> c;
            });
        }
        return b.toString();
    }

    private static String firstLanguage(ReportInput input) {
        return LANGUAGES.contains(input.locale().getLanguage()) ? input.locale().getLanguage() : "en";
    }

    private static void redirect(String first, Sink sink) throws IOException {
        sink.write("index.html", ("<!DOCTYPE html><html lang=\"" + first + "\"><head><meta charset=\"utf-8\" /><title>Strateg</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + first + "/index.html\" /></head><body><p><a href=\"" + first
                + "/index.html\">" + first + "/index.html</a></p></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private void language(String lang, ReportModel model, Messages m, String home, Sink sink) throws IOException {
        Map<String, String> slugs = slugs(model);
        Map<String, TreeNode> byCode = new HashMap<>();
        model.tree().forEach(n -> byCode.put(n.code(), n));
        Map<String, Object> base = new HashMap<>();
        base.put("report", model);
        base.put("t", new TemplateTexts(m));
        base.put("charts", new TemplateCharts());
        base.put("lang", lang);
        base.put("languages", LANGUAGES);
        base.put("slugs", slugs);
        base.put("png", png);
        base.put("home", home);
        List<TreeNode> areas = model.tree().stream().filter(n -> n.depth() == 0).toList();
        TreeSet<String> owners = new TreeSet<>();
        model.indicators().forEach(c -> {
            if (c.indicator().responsible() != null) {
                owners.add(c.indicator().responsible());
            }
        });
        Map<String, Object> ctx = new HashMap<>(base);
        ctx.put("file", "index.html");
        ctx.put("areas", areas);
        ctx.put("owners", owners);
        page(sink, lang, "index.html", "site/index.peb", ctx, m);
        sink.write(lang + "/search-index.js", SiteIndex.js(model, slugs, byCode).getBytes(StandardCharsets.UTF_8));
        Map<String, List<IndicatorCard>> cardsOf = new HashMap<>();
        for (IndicatorCard c : model.indicators()) {
            for (String e : c.elements()) {
                cardsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
            }
        }
        for (TreeNode n : model.tree()) {
            ctx = new HashMap<>(base);
            String file = slugs.get("e:" + n.code());
            ctx.put("file", file);
            ctx.put("node", n);
            ctx.put("path", SiteIndex.path(n.parentCode(), byCode));
            ctx.put("children", model.tree().stream().filter(c -> n.code().equals(c.parentCode())).toList());
            ctx.put("cards", cardsOf.getOrDefault(n.code(), List.of()));
            page(sink, lang, file, "site/element.peb", ctx, m);
        }
        for (IndicatorCard c : model.indicators()) {
            String file = slugs.get(c.code());
            String stem = file.substring(0, file.length() - ".html".length());
            ctx = new HashMap<>(base);
            ctx.put("file", file);
            ctx.put("card", c);
            ctx.put("base", stem);
            ctx.put("path", c.elements().isEmpty() ? List.of() : SiteIndex.path(c.elements().get(0), byCode));
            ctx.put("disaggregations", c.observations().stream().map(ReportModel.ObservationRow::disaggregation).filter(d -> !d.isEmpty())
                    .distinct().toList());
            page(sink, lang, file, "site/indicator.peb", ctx, m);
            sink.write(lang + "/" + stem + ".csv", SiteIndex.seriesCsv(c).getBytes(StandardCharsets.UTF_8));
            if (c.chart().hasContent()) {
                String svg = LineChart.svg(c.chart());
                sink.write(lang + "/" + stem + ".svg", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg).getBytes(StandardCharsets.UTF_8));
                if (png) {
                    sink.write(lang + "/" + stem + ".png", ChartPng.png(svg, 1));
                }
            }
        }
    }

    /** File names for element and indicator codes: letters, digits, dot, dash and underscore kept, others as ~XX; unique. */
    static Map<String, String> slugs(ReportModel model) {
        Map<String, String> out = new HashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (TreeNode n : model.tree()) {
            out.put("e:" + n.code(), unique("e-" + SiteIndex.safe(n.code()), used) + ".html");
        }
        for (IndicatorCard c : model.indicators()) {
            out.put(c.code(), unique("i-" + SiteIndex.safe(c.code()), used) + ".html");
        }
        return out;
    }

    private static String unique(String stem, java.util.Set<String> used) {
        String s = stem;
        for (int k = 2; !used.add(s.toLowerCase(Locale.ROOT)); k++) {
            s = stem + "-" + k;
        }
        return s;
    }

    private void page(Sink sink, String lang, String file, String template, Map<String, Object> ctx, Messages m) throws IOException {
        sink.write(lang + "/" + file, render(template, ctx, m).getBytes(StandardCharsets.UTF_8));
    }

    private String render(String template, Map<String, Object> ctx, Messages m) throws IOException {
        StringWriter w = new StringWriter(8192);
        try {
            PebbleTemplate t = engine.getTemplate(template);
            t.evaluate(w, ctx, m.locale());
        } catch (PebbleException e) {
            throw new IOException("the site template " + template + " failed: " + e.getMessage(), e);
        }
        return w.toString();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(HtmlReportRenderer.TEMPLATES + name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the reporting jar");
            }
            return in.readAllBytes();
        }
    }
}
