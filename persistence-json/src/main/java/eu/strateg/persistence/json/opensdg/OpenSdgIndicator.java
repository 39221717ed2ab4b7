package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One indicator of an Open SDG data repository: its id ({@code 1-3-1}), name and unit from the metadata, whether
 * progress is calculated ({@code auto_progress_calculation}), its progress items with defaults applied, and its
 * data (null when the data file is missing).
 */
public record OpenSdgIndicator(String id, String name, String unit, boolean autoProgress, List<ProgressOption> options,
        OpenSdgTable data) {

    public OpenSdgIndicator {
        options = options == null ? ImmutableList.of() : ImmutableList.copyOf(options);
    }

    public boolean hasData() {
        return data != null && !data.isEmpty();
    }
}
