package org.sabueso.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void partial_dates_keep_what_is_known() {
        assertThat(PartialDate.parse("1983").toString()).isEqualTo("1983");
        assertThat(PartialDate.parse("1983-12").month()).isEqualTo(12);
        assertThat(PartialDate.parse(" 1977-07-14 ").isComplete()).isTrue();
    }

    @Test
    void impossible_or_malformed_dates_are_refused() {
        assertThatThrownBy(() -> PartialDate.parse("1990-02-30")).hasMessageContaining("impossible");
        assertThatThrownBy(() -> PartialDate.parse("1990-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("14/07/1977")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("0001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("9".repeat(10_000))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void country_codes_are_iso_alpha_2() {
        assertThat(CountryCode.of("ve").value()).isEqualTo("VE");
        assertThat(CountryCode.of("PE").displayName(Locale.of("es"))).isEqualTo("Perú");
        assertThat(CountryCode.isValid("XX")).isFalse();
        assertThatThrownBy(() -> CountryCode.of("VEN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void money_is_written_as_at_home_in_each_language() {
        Money soles = Money.of("500000", "PEN");
        assertThat(soles.format(Locale.of("es"))).isEqualTo("S/\u00a0500.000");
        assertThat(soles.format(Locale.ENGLISH)).isEqualTo("S/\u00a0500,000");
        Money dollars = soles.convert(new BigDecimal("0.2660"), Currency.getInstance("USD"));
        assertThat(dollars.amount()).isEqualByComparingTo("133000.00");
        assertThat(dollars.format(Locale.ENGLISH)).isEqualTo("US$\u00a0133,000");
        assertThat(Money.of("1234.5", "USD").format(Locale.ENGLISH)).isEqualTo("US$\u00a01,234.50");
        assertThatThrownBy(() -> Money.of("-1", "PEN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hispanic_names_split_into_given_names_and_two_surnames() {
        PersonName n = PersonName.parse("Héctor Rusthenford Guerrero Flores");
        assertThat(n.givenNames()).isEqualTo("Héctor Rusthenford");
        assertThat(n.firstSurname()).isEqualTo("Guerrero");
        assertThat(n.secondSurname()).isEqualTo("Flores");
    }

    @Test
    void particles_stay_with_their_surname() {
        PersonName n = PersonName.parse("Yonathan Alexander Pérez de la Cruz");
        assertThat(n.firstSurname()).isEqualTo("Pérez");
        assertThat(n.secondSurname()).isEqualTo("de la Cruz");
        PersonName m = PersonName.parse("María del Valle Rodríguez");
        assertThat(m.givenNames()).isEqualTo("María");
        assertThat(m.particles()).isEqualTo("del");
        assertThat(m.firstSurname()).isEqualTo("Valle");
        assertThat(m.secondSurname()).isEqualTo("Rodríguez");
    }

    @Test
    void surname_first_order_with_a_comma_is_understood() {
        PersonName n = PersonName.parse("GUERRERO FLORES, Héctor");
        assertThat(n.givenNames()).isEqualTo("Héctor");
        assertThat(n.firstSurname()).isEqualTo("GUERRERO");
        assertThat(n.secondSurname()).isEqualTo("FLORES");
        assertThat(PersonName.parse("Madonna").givenNames()).isEqualTo("Madonna");
    }
}
