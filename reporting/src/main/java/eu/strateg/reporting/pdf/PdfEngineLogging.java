package eu.strateg.reporting.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF engine's log in SLF4J: errors as ERROR, warnings at DEBUG, the rest at TRACE (the stylesheet serves
 * screens too, so notes on CSS the engine skips are expected). Each {@link PdfReportRenderer} run sends what the
 * engine reports during it here. Openhtmltopdf's own logger is process-wide (by default it writes INFO lines to the
 * console through {@code java.util.logging}); the library leaves it alone, and an application that wants the engine's
 * messages outside renders in SLF4J as well calls {@link #install()} once at start-up.
 */
public final class PdfEngineLogging implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("eu.strateg.reporting.pdf.engine");

    private PdfEngineLogging() {
    }

    /** Replaces openhtmltopdf's process-wide logger by this one: an application's choice, made once at start-up. */
    public static void install() {
        XRLog.setLoggerImpl(new PdfEngineLogging());
    }

    /**
     * Logs one diagnostic of the engine.
     *
     * @param d the diagnostic
     */
    static void report(Diagnostic d) {
        Level level = d.getLevel();
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.error(d.getFormattedMessage(), d.getError());
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.debug(d.getFormattedMessage(), d.getError());
        } else if (LOG.isTraceEnabled()) {
            LOG.trace(d.getFormattedMessage(), d.getError());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.debug("{}: {}", where, msg, th);
        } else {
            LOG.trace("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the embedding application's logging configuration's business
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int level = diagnostic.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            return LOG.isErrorEnabled();
        }
        return level >= Level.WARNING.intValue() ? LOG.isDebugEnabled() : LOG.isTraceEnabled();
    }
}
