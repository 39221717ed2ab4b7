package eu.strateg.core.validation;

/** Joins validation paths: {@code elements[1.2]} + {@code indicators[OUT-07]} → {@code elements[1.2].indicators[OUT-07]}. */
public final class Paths {

    private Paths() {
    }

    public static String join(String prefix, String path) {
        if (prefix == null || prefix.isEmpty()) {
            return path == null ? "" : path;
        }
        if (path == null || path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    /** {@code name[key]}, e.g. {@code elements[1.2]}. */
    public static String keyed(String name, Object key) {
        return name + "[" + key + "]";
    }
}
