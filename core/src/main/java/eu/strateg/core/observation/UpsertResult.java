package eu.strateg.core.observation;

/**
 * What a bulk upsert did: new values, corrections of existing values (the old ones stay as history), and values
 * that were already stored exactly so (nothing written).
 */
public record UpsertResult(long inserted, long corrected, long unchanged) {

    public static final UpsertResult NONE = new UpsertResult(0, 0, 0);

    public UpsertResult plus(UpsertResult o) {
        return new UpsertResult(inserted + o.inserted, corrected + o.corrected, unchanged + o.unchanged);
    }

    public long total() {
        return inserted + corrected + unchanged;
    }
}
