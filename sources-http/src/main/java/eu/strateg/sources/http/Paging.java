package eu.strateg.sources.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads every page of a paged JSON answer that links its pages as {@code links.next}, {@code links.self} and
 * {@code links.last} (the shape of the GUS BDL API): it follows {@code next} until there is none or {@code self} is
 * {@code last}, only to pages of the same server, never to a page twice and at most {@link #MAX_PAGES} pages.
 */
final class Paging {

    /** The most pages one query may have; more is taken for a service that pages without end. */
    static final int MAX_PAGES = 1000;

    private Paging() {
    }

    /** The bodies of every page, the first being {@code first}. */
    static List<JsonNode> all(JsonClient client, URI first) {
        List<JsonNode> out = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        URI page = first;
        while (page != null) {
            if (!seen.add(page)) {
                throw new SourceFailureException(page, 200, "the pages go round in a circle: links.next points back to a page already read");
            }
            if (seen.size() > MAX_PAGES) {
                throw new SourceFailureException(first, 200, "the answer has more than " + MAX_PAGES + " pages; ask for fewer values at once");
            }
            JsonNode root = client.get(page);
            if (!root.isObject()) {
                throw new SourceFailureException(page, 200, "the body is not a JSON object but " + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            out.add(root);
            page = next(page, root, first);
        }
        return out;
    }

    private static URI next(URI page, JsonNode root, URI first) {
        JsonNode links = root.path("links");
        String next = text(links.get("next"));
        if (next == null || next.isBlank()) {
            return null;
        }
        String self = text(links.get("self"));
        String last = text(links.get("last"));
        if (next.equals(self) || (self != null && self.equals(last))) {
            return null;
        }
        URI target;
        try {
            target = page.resolve(new URI(next));
        } catch (URISyntaxException e) {
            throw new SourceFailureException(page, 200, "links.next is not a URL: " + JsonClient.snippet(next), e);
        }
        if (!Objects.equals(target.getScheme(), first.getScheme()) || !Objects.equals(target.getHost(), first.getHost())
                || target.getPort() != first.getPort()) {
            throw new SourceFailureException(page, 200, "links.next points to another server (" + target.getScheme() + "://"
                    + target.getAuthority() + "); only pages of " + first.getScheme() + "://" + first.getAuthority() + " are followed");
        }
        return target;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
