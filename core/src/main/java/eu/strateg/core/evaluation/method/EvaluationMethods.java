package eu.strateg.core.evaluation.method;

import com.google.common.collect.ImmutableMap;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of evaluation methods by id, immutable. {@link #standard()} has every built-in method; add your
 * own with {@link #with(EvaluationMethod)} (a method with the same id replaces the built-in one).
 *
 * <p>Default method of an indicator that names none ({@link #defaultFor}): INCREASE / DECREASE with a baseline
 * and a target → {@code linear} (the municipal default: a trajectory in value space, sound for counts that start
 * at zero); INCREASE / DECREASE otherwise → {@code open-sdg} (a growth-rate trend, which needs no baseline or
 * target); MAINTAIN_AT_LEAST / MAINTAIN_AT_MOST → {@code maintain}; RANGE → {@code range}; QUALITATIVE →
 * {@code qualitative}; NONE, and context indicators without a target → {@code context}.
 */
public final class EvaluationMethods {

    private final ImmutableMap<String, EvaluationMethod> byId;

    private EvaluationMethods(Map<String, EvaluationMethod> byId) {
        this.byId = ImmutableMap.copyOf(byId);
    }

    /** open-sdg, eurostat, eurostat-long, linear, maintain, range, qualitative, context. */
    public static EvaluationMethods standard() {
        Map<String, EvaluationMethod> m = new LinkedHashMap<>();
        for (EvaluationMethod method : new EvaluationMethod[] {new OpenSdgMethod(), EurostatMethod.shortTerm(), EurostatMethod.longTerm(),
                new LinearMethod(), new MaintainMethod(), new RangeMethod(), new QualitativeMethod(), new ContextMethod()}) {
            m.put(method.id(), method);
        }
        return new EvaluationMethods(m);
    }

    /** This registry plus {@code method} (replacing one with the same id). */
    public EvaluationMethods with(EvaluationMethod method) {
        Objects.requireNonNull(method, "method");
        String id = Objects.requireNonNull(method.id(), "method id");
        if (!id.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("'" + id + "' is not a method id (lower-case letters, digits, '-')");
        }
        Map<String, EvaluationMethod> m = new LinkedHashMap<>(byId);
        m.put(id, method);
        return new EvaluationMethods(m);
    }

    public Optional<EvaluationMethod> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The method with this id, or null. */
    public EvaluationMethod get(String id) {
        return byId.get(id);
    }

    public Collection<EvaluationMethod> all() {
        return byId.values();
    }

    /** The id of the method for an indicator: its own, or the default for its direction (see the class comment). */
    public static String methodIdFor(Indicator indicator) {
        return indicator.method() != null ? indicator.method() : defaultFor(indicator);
    }

    /** The default method id for an indicator that names none. */
    public static String defaultFor(Indicator indicator) {
        if (indicator.isContext()) {
            return ContextMethod.ID;
        }
        Direction d = indicator.direction();
        return switch (d) {
            case INCREASE, DECREASE -> indicator.baseline() != null && indicator.target() != null ? LinearMethod.ID : OpenSdgMethod.ID;
            case MAINTAIN_AT_LEAST, MAINTAIN_AT_MOST -> MaintainMethod.ID;
            case RANGE -> RangeMethod.ID;
            case QUALITATIVE -> QualitativeMethod.ID;
            case NONE -> ContextMethod.ID;
        };
    }
}
