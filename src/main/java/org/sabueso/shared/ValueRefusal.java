package org.sabueso.shared;

/** Why a value type refused its input; messages under {@code problem.<code>} in i18n/messages*.properties. */
public enum ValueRefusal implements Refusal.Code {
    DATE_FORMAT("partialDate.format"),
    DATE_IMPOSSIBLE("partialDate.impossible"),
    DATE_YEAR("partialDate.year"),
    DATE_DAY_WITHOUT_MONTH("partialDate.dayWithoutMonth"),
    DATE_MISSING("partialDate.missing"),
    COUNTRY_UNKNOWN("country.unknown"),
    NAME_MISSING("name.required"),
    NAME_PARTS("name.parts"),
    MONEY_MISSING("money.missing"),
    MONEY_NEGATIVE("money.negative");

    private final String code;

    ValueRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
