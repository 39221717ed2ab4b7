package eu.strateg.server.web;

import eu.strateg.server.Backend;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser sessions, kept in memory. A session id and its CSRF token (synchronizer token) are 32 random bytes each
 * from {@link SecureRandom}. A visitor gets an anonymous session with the login form (so the form carries a CSRF
 * token too); a successful login ends it and starts a new one under a new id, so an id planted before the login is
 * worth nothing after it. A session ends after {@link #IDLE} without a request or at logout.
 */
@Singleton
public final class WebSessions {

    /** The name of the session cookie. */
    public static final String COOKIE = "strateg_session";
    /** How long a session lives without a request. */
    public static final Duration IDLE = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** A browser session: the account signed in (null before login), its CSRF token and language. */
    public static final class Session {
        final String id;
        final String account;
        final String csrf;
        volatile String lang;
        volatile Instant lastSeen;

        Session(String id, String account, String csrf, String lang, Instant now) {
            this.id = id;
            this.account = account;
            this.csrf = csrf;
            this.lang = lang;
            this.lastSeen = now;
        }

        /** Whether {@code token} is this session's CSRF token (compared in constant time). */
        boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        }
    }

    WebSessions(Backend backend) {
        this.clock = backend.clock();
    }

    /** A new session of {@code account} (null: anonymous) under a fresh id. */
    Session start(String account, String lang) {
        Session s = new Session(random(), account, random(), lang, clock.instant());
        sessions.put(s.id, s);
        return s;
    }

    /** The live session of an id; an idle one is ended. */
    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastSeen.plus(IDLE).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    /** Ends a session. */
    void end(Session s) {
        sessions.remove(s.id);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
