package nl.talentcharter.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aPeriodContainsTheDaysFromItsFirstToItsLast() {
        Period quarter = Period.parse("2026KW02");
        assertThat(quarter.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(quarter.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(quarter.contains(LocalDate.of(2027, 5, 1))).isFalse();
        assertThat(Period.parse("2026MM02").contains(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(Period.parse("2026MM02").contains(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(Period.parse("2026JJ00").contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(Period.parse("2026JJ00").contains(LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void aPeriodNamesItsMonths() {
        assertThat(Period.parse("2026KW04").months())
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(Period.parse("2026MM07").months()).containsExactly(YearMonth.of(2026, 7));
        assertThat(Period.parse("2026JJ00").months()).hasSize(12).startsWith(YearMonth.of(2026, 1))
                .endsWith(YearMonth.of(2026, 12));
    }
}
