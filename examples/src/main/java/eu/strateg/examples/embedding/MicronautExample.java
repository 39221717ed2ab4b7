package eu.strateg.examples.embedding;

import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.examples.data.ExampleData.Example;
import eu.strateg.micronaut.StorageSelection;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import java.io.PrintStream;
import java.util.Map;

/**
 * Embedding Strateg in a Micronaut application with the {@code strateg-micronaut} module: the services come from the
 * container, the storage is chosen by the property {@code strateg.storage} (see {@link StorageSelection}).
 *
 * <p>Run: {@code java -cp examples/target/strateg.jar eu.strateg.examples.embedding.MicronautExample [memory|json|h2 [DIR]]}.
 */
public final class MicronautExample {

    private MicronautExample() {
    }

    public static void main(String[] args) {
        run(Map.of(StorageSelection.PROPERTY, args.length > 0 ? args[0] : "memory",
                StorageSelection.DIRECTORY, args.length > 1 ? args[1] : "strateg-data"), System.out);
    }

    /** Starts a context with {@code properties}, stores the Niepołomice example through its services and says what it did. */
    public static void run(Map<String, Object> properties, PrintStream out) {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            StrategyService strategies = context.getBean(StrategyService.class);
            ObservationService observations = context.getBean(ObservationService.class);

            Example example = ExampleData.niepolomiceExample();
            Strategy draft = strategies.create(example.strategy());
            Strategy adopted = strategies.adopt(draft.id(), draft.revision(), example.adoptedOn(), example.resolution());
            UpsertResult stored = observations.record(adopted.id(), example.observations());

            out.println("storage: " + context.getBean(StorageSelection.class).storage() + " ("
                    + context.getBean(StrategyRepository.class).getClass().getSimpleName() + ")");
            out.println(adopted.id() + " revision " + adopted.revision() + ": " + adopted.lifecycle().state());
            out.println("observations: " + stored.inserted() + " new, " + stored.corrected() + " corrections");
        } catch (BeanInstantiationException e) {
            throw unwrap(e);
        }
    }

    /** A bad property value stops the start of the context; the reason is our validation, not the container's wrapper. */
    private static RuntimeException unwrap(BeanInstantiationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
        }
        return e;
    }
}
