package eu.strateg.core.project;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.Currency;

/** An exact amount of money in one currency. Never a double. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Problems p = new Problems();
        Check.required(p, "amount", amount);
        Check.number(p, "amount", amount);
        Check.required(p, "currency", currency);
        p.throwIfAny();
    }

    public static Money of(String amount, String currency) {
        Problems p = new Problems();
        BigDecimal a = Check.decimal(p, "amount", amount);
        Currency c = null;
        try {
            c = currency == null ? null : Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            p.add("currency", "'%s' is not an ISO 4217 currency code (e.g. CZK, PLN, EUR)", Check.printable(currency));
        }
        if (currency == null) {
            p.add("currency", "is required");
        }
        p.throwIfAny();
        return new Money(a, c);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
