package eu.strateg.persistence.json;

import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a strategy's files live under a root directory: {@code root/<id>/}, never anywhere else. */
final class StrategyFolders {

    private StrategyFolders() {
    }

    /**
     * The folder of a strategy. {@link StrategyId} already rejects {@code ..}, separators and control characters;
     * this checks the resolved path as well, so no id can lead outside the root.
     */
    static Path folderOf(Path root, StrategyId id) {
        Path dir = root.resolve(id.value()).normalize();
        if (!root.equals(dir.getParent())) {
            throw ValidationException.of("id", "'%s' would lead outside the repository directory", Check.printable(id.value()));
        }
        return dir;
    }

    /** The id a folder belongs to, if its name is a valid id. */
    static Optional<StrategyId> idOf(Path folder) {
        try {
            return Optional.of(StrategyId.of(folder.getFileName().toString()));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
