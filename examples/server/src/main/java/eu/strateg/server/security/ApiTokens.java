package eu.strateg.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.strateg.server.JsonFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer API tokens for machine clients, kept in {@code tokens.json} in the data folder. A token is 32 random bytes
 * from {@link SecureRandom}; only its SHA-256 digest is stored, so the file does not let anyone call the API.
 */
public final class ApiTokens {

    /** The file name in the data folder. */
    public static final String FILE = "tokens.json";
    /** The prefix of every token, so that a leaked one is easy to recognise. */
    public static final String PREFIX = "stg_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Clock clock;
    /** token digest (hex) → account name and issue time */
    private final Map<String, Issued> tokens = new LinkedHashMap<>();

    private record Issued(String account, Instant issuedAt) {
    }

    private ApiTokens(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /**
     * Opens the tokens of a data folder.
     *
     * @param dataDirectory the data folder
     * @param clock stamps new tokens
     * @return the tokens
     */
    public static ApiTokens open(Path dataDirectory, Clock clock) {
        ApiTokens t = new ApiTokens(dataDirectory.resolve(FILE), clock);
        JsonNode json = JsonFiles.read(t.file);
        if (json != null) {
            for (JsonNode n : json.path("tokens")) {
                t.tokens.put(n.path("sha256").asText(), new Issued(n.path("account").asText(), Instant.parse(n.path("issuedAt").asText())));
            }
        }
        return t;
    }

    /**
     * Issues a new token for an account; written to the file at once.
     *
     * @param account the account name
     * @return the token, shown to the caller once and never stored
     */
    public synchronized String issue(String account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(digest(token), new Issued(account, clock.instant()));
        ArrayNode list = JsonFiles.MAPPER.createArrayNode();
        tokens.forEach((sha, issued) -> list.addObject().put("sha256", sha).put("account", issued.account())
                .put("issuedAt", issued.issuedAt().toString()));
        JsonFiles.write(file, JsonFiles.MAPPER.createObjectNode().set("tokens", list));
        return token;
    }

    /**
     * The account a token was issued to.
     *
     * @param token the token as the client sent it
     * @return the account name, if the token is known
     */
    public synchronized Optional<String> accountOf(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tokens.get(digest(token))).map(Issued::account);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
