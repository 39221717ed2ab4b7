package eu.strateg.reporting.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Routes the PDF engine's own log (openhtmltopdf writes INFO and CSS warnings to the console by default) to the
 * JDK's {@link System.Logger}: errors as ERROR, the rest at DEBUG/TRACE, where the embedding application's logging
 * configuration decides. The stylesheet serves screens too, so notes on CSS the engine skips are expected.
 */
final class PdfEngineLogging implements XRLogger {

    private static final System.Logger LOG = System.getLogger("eu.strateg.reporting.pdf.engine");
    private static volatile boolean installed;

    static void install() {
        if (!installed) {
            synchronized (PdfEngineLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new PdfEngineLogging());
                    installed = true;
                }
            }
        }
    }

    private static System.Logger.Level map(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return System.Logger.Level.ERROR;
        }
        return level.intValue() >= Level.WARNING.intValue() ? System.Logger.Level.DEBUG : System.Logger.Level.TRACE;
    }

    @Override
    public void log(String where, Level level, String msg) {
        LOG.log(map(level), () -> where + ": " + msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        LOG.log(map(level), where + ": " + msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the embedding application's logging configuration's business
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LOG.isLoggable(map(diagnostic.getLevel()));
    }
}
