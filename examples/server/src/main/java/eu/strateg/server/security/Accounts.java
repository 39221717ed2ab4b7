package eu.strateg.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.server.JsonFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accounts, kept in {@code accounts.json} in the data folder with BCrypt password hashes (Spring Security's
 * {@link BCryptPasswordEncoder}; no password is ever stored or logged).
 */
public final class Accounts {

    /** The file name in the data folder. */
    public static final String FILE = "accounts.json";
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder();
    /** Checked against when the account is unknown, so that an unknown name costs as long as a wrong password. */
    private static final String DUMMY_HASH = ENCODER.encode("no account has this password");

    private final Path file;
    private final Map<String, Account> accounts = new TreeMap<>();

    private Accounts(Path file) {
        this.file = file;
    }

    /**
     * Opens the accounts of a data folder (none when the file does not exist yet).
     *
     * @param dataDirectory the data folder
     * @return the accounts
     */
    public static Accounts open(Path dataDirectory) {
        Accounts a = new Accounts(dataDirectory.resolve(FILE));
        JsonNode json = JsonFiles.read(a.file);
        if (json != null) {
            for (JsonNode n : json.path("accounts")) {
                Set<TerritoryCode> territories = new LinkedHashSet<>();
                n.path("territories").forEach(t -> territories.add(TerritoryCode.parse(t.asText())));
                Map<TerritoryCode, Set<String>> indicators = new LinkedHashMap<>();
                n.path("indicators").fields().forEachRemaining(e -> {
                    Set<String> codes = new LinkedHashSet<>();
                    e.getValue().forEach(c -> codes.add(c.asText()));
                    indicators.put(TerritoryCode.parse(e.getKey()), codes);
                });
                Account account = new Account(n.path("name").asText(), n.path("passwordHash").asText(),
                        Role.valueOf(n.path("role").asText()), territories, indicators);
                a.accounts.put(account.name(), account);
            }
        }
        return a;
    }

    /**
     * Adds an account, or replaces the one of that name; written to the file at once.
     *
     * @param name the login name (letters, digits, {@code . _ -})
     * @param password the password, at least {@value #MIN_PASSWORD_LENGTH} characters
     * @param role the role
     * @param territories the territories of a coordinator or reader; none for an administrator
     * @return the account stored
     * @throws ValidationException listing every problem of the request
     */
    public Account add(String name, String password, Role role, Set<TerritoryCode> territories) {
        return add(name, password, role, territories, Map.of());
    }

    /**
     * Adds an account, or replaces the one of that name; written to the file at once. A data steward gets its territories
     * from {@code indicators}: per territory, the codes of the indicators whose values it records.
     *
     * @param name the login name (letters, digits, {@code . _ -})
     * @param password the password, at least {@value #MIN_PASSWORD_LENGTH} characters
     * @param role the role
     * @param territories the territories of a coordinator or reader; none for an administrator or a data steward
     * @param indicators of a data steward, per territory the indicator codes; empty for every other role
     * @return the account stored
     * @throws ValidationException listing every problem of the request
     */
    public synchronized Account add(String name, String password, Role role, Set<TerritoryCode> territories,
            Map<TerritoryCode, Set<String>> indicators) {
        Problems p = new Problems();
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            p.add("name", "'%s' is not an account name: 1 to 64 letters, digits, '.', '_' or '-'", name);
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            p.add("password", "needs at least %d characters", MIN_PASSWORD_LENGTH);
        }
        if (role == null || role == Role.PUBLIC) {
            p.add("role", "is required: one of ADMINISTRATOR, COORDINATOR, DATA_STEWARD, READER");
        } else if (role == Role.DATA_STEWARD) {
            if (!territories.isEmpty()) {
                p.add("territories", "a data steward's territories are those of its indicators; give none");
            }
            if (indicators.isEmpty() || indicators.values().stream().anyMatch(Set::isEmpty)) {
                p.add("indicators", "a data steward needs at least one indicator code in each of its territories");
            }
        } else if (!indicators.isEmpty()) {
            p.add("indicators", "only a data steward has indicators of its own");
        } else if (role == Role.ADMINISTRATOR && !territories.isEmpty()) {
            p.add("territories", "an administrator sees every territory; give none");
        } else if (role != Role.ADMINISTRATOR && territories.isEmpty()) {
            p.add("territories", "a %s needs at least one territory", role.name().toLowerCase(Locale.ROOT));
        }
        p.throwIfAny();
        Account account = new Account(name, ENCODER.encode(password), role, role == Role.DATA_STEWARD ? indicators.keySet() : territories,
                indicators);
        accounts.put(name, account);
        save();
        return account;
    }

    /**
     * The account of a name and password.
     *
     * @param name the login name
     * @param password the password
     * @return the account, if the name exists and the password is its password
     */
    public Optional<Account> authenticate(String name, String password) {
        Account account;
        synchronized (this) {
            account = name == null ? null : accounts.get(name);
        }
        if (password == null) {
            return Optional.empty();
        }
        boolean matches = ENCODER.matches(password, account == null ? DUMMY_HASH : account.passwordHash());
        return matches && account != null ? Optional.of(account) : Optional.empty();
    }

    /**
     * An account by name.
     *
     * @param name the login name
     * @return the account, if it exists
     */
    public synchronized Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    private void save() {
        ArrayNode list = JsonFiles.MAPPER.createArrayNode();
        for (Account a : accounts.values()) {
            ObjectNode n = list.addObject().put("name", a.name()).put("passwordHash", a.passwordHash()).put("role", a.role().name());
            ArrayNode t = n.putArray("territories");
            a.territories().stream().map(TerritoryCode::toString).sorted().forEach(t::add);
            if (!a.indicators().isEmpty()) {
                ObjectNode ind = n.putObject("indicators");
                Map<String, Set<String>> sorted = new TreeMap<>();
                a.indicators().forEach((code, codes) -> sorted.put(code.toString(), codes));
                sorted.forEach((code, codes) -> codes.stream().sorted().forEach(ind.putArray(code)::add));
            }
        }
        JsonFiles.write(file, JsonFiles.MAPPER.createObjectNode().set("accounts", list));
    }
}
