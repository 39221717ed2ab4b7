package eu.strateg.core.port;

import java.util.regex.Pattern;

/** An output format of a report: an id, its media type and file extension. Users may define more. */
public record ReportFormat(String id, String mediaType, String extension) {

    // declared before the constants: static fields initialise in order, and the constants use it
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    public static final ReportFormat HTML = new ReportFormat("html", "text/html", "html");
    public static final ReportFormat PDF = new ReportFormat("pdf", "application/pdf", "pdf");
    public static final ReportFormat XLSX = new ReportFormat("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    public static final ReportFormat CSV = new ReportFormat("csv", "text/csv", "csv");
    public static final ReportFormat JSON = new ReportFormat("json", "application/json", "json");

    public ReportFormat {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a format id is lower-case letters, digits and '-': " + id);
        }
    }
}
