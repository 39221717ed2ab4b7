package eu.strateg.micronaut;

import eu.strateg.core.validation.ValidationException;
import io.micronaut.context.ApplicationContext;
import java.util.Map;

/** Starting a context the way an application does, and finding our validation behind the container's wrappers. */
final class Contexts {

    private Contexts() {
    }

    /** The validation that stopped the start of a context with {@code properties}. */
    static ValidationException startFails(Map<String, Object> properties) {
        try (ApplicationContext ignored = ApplicationContext.run(properties)) {
            throw new AssertionError("the context started with " + properties);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ValidationException v) {
                    return v;
                }
            }
            throw new AssertionError("no ValidationException behind " + e, e);
        }
    }
}
