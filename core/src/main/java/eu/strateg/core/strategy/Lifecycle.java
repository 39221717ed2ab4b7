package eu.strateg.core.strategy;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.time.LocalDate;

/**
 * The lifecycle of a strategy: a draft; adopted on a date by a council resolution (usnesení zastupitelstva /
 * uchwała rady gminy); archived on a date (keeping when and how it had been adopted, if it was).
 */
public record Lifecycle(LifecycleState state, LocalDate adoptedOn, String resolution, LocalDate archivedOn) {

    public static final Lifecycle DRAFT = new Lifecycle(LifecycleState.DRAFT, null, null, null);

    public Lifecycle {
        Problems p = new Problems();
        Check.required(p, "state", state);
        Check.optionalText(p, "resolution", resolution);
        Check.date(p, "adoptedOn", adoptedOn);
        Check.date(p, "archivedOn", archivedOn);
        if (state == LifecycleState.DRAFT && (adoptedOn != null || resolution != null || archivedOn != null)) {
            p.add("state", "a draft has no adoption or archiving date");
        }
        if (state == LifecycleState.ADOPTED) {
            Check.required(p, "adoptedOn", adoptedOn);
            Check.text(p, "resolution", resolution);
            if (archivedOn != null) {
                p.add("archivedOn", "an adopted strategy that is not archived has no archiving date");
            }
        }
        if (state == LifecycleState.ARCHIVED) {
            Check.required(p, "archivedOn", archivedOn);
            if (adoptedOn != null && archivedOn != null && archivedOn.isBefore(adoptedOn)) {
                p.add("archivedOn", "archived on %s, before it was adopted on %s", archivedOn, adoptedOn);
            }
        }
        p.throwIfAny();
    }

    public static Lifecycle adopted(LocalDate on, String resolution) {
        return new Lifecycle(LifecycleState.ADOPTED, on, resolution, null);
    }

    public Lifecycle archived(LocalDate on) {
        return new Lifecycle(LifecycleState.ARCHIVED, adoptedOn, resolution, on);
    }
}
