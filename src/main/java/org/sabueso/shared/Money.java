package org.sabueso.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** An exact amount in an ISO 4217 currency. */
public record Money(BigDecimal amount, Currency currency) {

    /** Symbols as they are written where the currency is at home: S/ for soles, not PEN. */
    private static final Map<String, String> LOCAL_SYMBOLS = Map.of(
            "PEN", "S/", "USD", "US$", "COP", "COL$", "CLP", "CLP$", "VES", "Bs.", "EUR", "€");

    public Money {
        if (amount == null || currency == null) {
            throw new InvalidValue(ValueRefusal.MONEY_MISSING);
        }
        if (amount.signum() < 0) {
            throw new InvalidValue(ValueRefusal.MONEY_NEGATIVE);
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    /** Converts at the given rate (units of the target currency per unit of this one). */
    public Money convert(BigDecimal rate, Currency target) {
        return new Money(amount.multiply(rate).setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_EVEN), target);
    }

    /** "S/ 500,000" in English, "S/ 500.000" in Spanish; whole amounts without decimals. */
    public String format(Locale locale) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        int digits = whole ? 0 : currency.getDefaultFractionDigits();
        nf.setMinimumFractionDigits(digits);
        nf.setMaximumFractionDigits(digits);
        nf.setGroupingUsed(true);
        String symbol = LOCAL_SYMBOLS.getOrDefault(currency.getCurrencyCode(), currency.getCurrencyCode());
        return symbol + "\u00a0" + nf.format(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
