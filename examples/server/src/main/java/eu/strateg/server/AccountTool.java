package eu.strateg.server;

import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.server.security.Account;
import eu.strateg.server.security.Accounts;
import eu.strateg.server.security.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adds an account to a data folder (while the server is stopped: it reads the file when it starts):
 * {@code java -cp strateg-server.jar eu.strateg.server.AccountTool --data DIR --name NAME --role administrator|coordinator|data-steward|reader
 * [--territory SCHEME:code]… [--indicators SCHEME:code=CODE,CODE]…} (a data steward gives {@code --indicators}, one per territory,
 * instead of {@code --territory}), the password read from the first line of standard input (never from the command line,
 * where other users of the machine could see it).
 */
public final class AccountTool {

    private AccountTool() {
    }

    /**
     * Adds the account.
     *
     * @param args the command-line arguments
     * @throws IOException if standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        try {
            Account a = add(args, password);
            System.out.println("account " + a + " saved");
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                System.err.println("AccountTool: " + p);
            }
            System.exit(2);
        }
    }

    /**
     * Adds the account the arguments describe.
     *
     * @param args {@code --data DIR --name NAME --role ROLE [--territory CODE]…}
     * @param password the password
     * @return the account saved
     */
    static Account add(String[] args, String password) {
        Problems p = new Problems();
        Path data = null;
        String name = null;
        Role role = null;
        Set<TerritoryCode> territories = new LinkedHashSet<>();
        Map<TerritoryCode, Set<String>> indicators = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                p.add(a, "needs a value");
                break;
            }
            String v = args[++i];
            switch (a) {
                case "--data" -> data = Path.of(v);
                case "--name" -> name = v;
                case "--role" -> {
                    try {
                        role = Role.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
                    } catch (IllegalArgumentException e) {
                        role = null;
                    }
                    if (role == null || role == Role.PUBLIC) {
                        p.add(a, "'%s' is not a role: administrator, coordinator, data-steward or reader", v);
                    }
                }
                case "--indicators" -> {
                    int eq = v.indexOf('=');
                    if (eq < 0) {
                        p.add(a, "'%s' is not SCHEME:code=CODE,CODE (a territory and its indicator codes)", v);
                    } else {
                        TerritoryCode t = p.collect(a, () -> TerritoryCode.parse(v.substring(0, eq)));
                        if (t != null) {
                            indicators.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(List.of(v.substring(eq + 1).split(",")));
                        }
                    }
                }
                case "--territory" -> territories.add(p.collect(a, () -> TerritoryCode.parse(v)));
                default -> p.add(a, "unknown argument; use --data DIR --name NAME --role ROLE [--territory SCHEME:code] [--indicators SCHEME:code=CODE,CODE]");
            }
        }
        if (data == null) {
            p.add("--data", "is required");
        }
        p.throwIfAny();
        territories.remove(null);
        Account account = Accounts.open(data).add(name, password, role, territories, indicators);
        new AuditLog(data, Clock.systemUTC()).record("AccountTool", "account.save", null, null,
                account.name() + " as " + account.role().name() + " of " + account.territories());
        return account;
    }
}
