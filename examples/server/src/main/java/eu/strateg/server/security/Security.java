package eu.strateg.server.security;

import eu.strateg.server.api.ApiProblem;
import eu.strateg.server.api.RequestLog;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.Objects;

/** Authenticates requests by their bearer token ({@code Authorization: Bearer stg_…}). */
public final class Security {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;

    /**
     * Security over accounts and tokens.
     *
     * @param accounts the accounts
     * @param tokens the tokens
     * @param throttle the limit of failed logins
     */
    public Security(Accounts accounts, ApiTokens tokens, LoginThrottle throttle) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
    }

    /** The limit of failed logins. */
    public LoginThrottle throttle() {
        return throttle;
    }

    /**
     * The caller of a request.
     *
     * @param request the request
     * @return the caller
     * @throws ApiProblem 401 when the request carries no token or a token that is unknown, or whose account is gone
     */
    public Caller authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiProblem.unauthorized("send an API token: Authorization: Bearer stg_… (POST /api/tokens issues one)");
        }
        Caller caller = tokens.accountOf(header.substring(7).trim()).flatMap(accounts::find).map(Caller::new)
                .orElseThrow(() -> ApiProblem.unauthorized("the API token is not valid"));
        request.setAttribute(RequestLog.ACCOUNT, caller.account().name());
        return caller;
    }

    /**
     * The caller of a request that only reads: a request without an {@code Authorization} header is the public
     * ({@link Caller#anonymous()}), who sees the adopted strategies of the territories that opted in and nothing else.
     *
     * @param request the request
     * @return the caller
     * @throws ApiProblem 401 for a token that is not valid
     */
    public Caller authenticateReader(HttpRequest<?> request) {
        if (request.getHeaders().get(HttpHeaders.AUTHORIZATION) == null) {
            request.setAttribute(RequestLog.ACCOUNT, "-");
            return Caller.anonymous();
        }
        return authenticate(request);
    }

    /**
     * The caller of a request that changes a strategy.
     *
     * @param request the request
     * @return the caller, who may write
     * @throws ApiProblem 401 as {@link #authenticate}, 403 for a reader or a data steward (whatever the target, so that
     *         the answer tells nothing about it)
     */
    public Caller authenticateWriter(HttpRequest<?> request) {
        Caller caller = authenticate(request);
        if (!caller.mayWrite()) {
            throw ApiProblem.forbidden("the account " + caller.account().name() + " is a " + roleName(caller)
                    + ": it cannot change strategies");
        }
        return caller;
    }

    /**
     * The caller of a request that records observations.
     *
     * @param request the request
     * @return the caller, who may record (a data steward only the values of its indicators, which the caller checks)
     * @throws ApiProblem 401 as {@link #authenticate}, 403 for a reader (whatever the target)
     */
    public Caller authenticateRecorder(HttpRequest<?> request) {
        Caller caller = authenticate(request);
        if (!caller.mayRecord()) {
            throw ApiProblem.forbidden("the account " + caller.account().name() + " is a " + roleName(caller) + ": it cannot change data");
        }
        return caller;
    }

    private static String roleName(Caller caller) {
        return caller.account().role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The accounts. */
    public Accounts accounts() {
        return accounts;
    }

    /** The tokens. */
    public ApiTokens tokens() {
        return tokens;
    }
}
