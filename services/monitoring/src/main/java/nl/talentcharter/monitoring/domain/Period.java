package nl.talentcharter.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.talentcharter.contracts.monitoring.PeriodType;

/**
 * A calendar year, quarter or month, coded like CBS StatLine periods: {@code 2026JJ00}, {@code 2026KW01},
 * {@code 2026MM03}.
 *
 * @param index 0 for a year, 1-4 for a quarter, 1-12 for a month
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    private static final Pattern CODE = Pattern.compile("([0-9]{4})(JJ|KW|MM)([0-9]{2})");

    public Period {
        Objects.requireNonNull(type, "type");
        int max = switch (type) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        int min = type == PeriodType.YEAR ? 0 : 1;
        if (index < min || index > max || year < 1900 || year > 9999) {
            throw new InvalidPeriod("no " + type.name().toLowerCase() + " " + year + "/" + index);
        }
    }

    public static Period of(PeriodType type, LocalDate date) {
        return switch (type) {
            case YEAR -> new Period(type, date.getYear(), 0);
            case QUARTER -> new Period(type, date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> new Period(type, date.getYear(), date.getMonthValue());
        };
    }

    /** The year, quarter and month that contain {@code date}. */
    public static List<Period> containing(LocalDate date) {
        return List.of(of(PeriodType.YEAR, date), of(PeriodType.QUARTER, date), of(PeriodType.MONTH, date));
    }

    public static Period parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            throw new InvalidPeriod("not a period code (2026JJ00, 2026KW01, 2026MM03): " + code);
        }
        PeriodType type = switch (m.group(2)) {
            case "JJ" -> PeriodType.YEAR;
            case "KW" -> PeriodType.QUARTER;
            default -> PeriodType.MONTH;
        };
        return new Period(type, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
    }

    public String code() {
        String prefix = switch (type) {
            case YEAR -> "JJ";
            case QUARTER -> "KW";
            case MONTH -> "MM";
        };
        return String.format("%04d%s%02d", year, prefix, index);
    }

    public LocalDate start() {
        return switch (type) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, index, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (type) {
            case YEAR -> start().plusYears(1).minusDays(1);
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case MONTH -> start().plusMonths(1).minusDays(1);
        };
    }

    public boolean contains(LocalDate date) {
        // by the date's fields, not by building the period's first and last day on every call (hot in the figures)
        if (date.getYear() != year) {
            return false;
        }
        return switch (type) {
            case YEAR -> true;
            case QUARTER -> (date.getMonthValue() - 1) / 3 + 1 == index;
            case MONTH -> date.getMonthValue() == index;
        };
    }

    /** The calendar months the period covers, in order. */
    public List<java.time.YearMonth> months() {
        java.time.YearMonth first = java.time.YearMonth.from(start());
        int count = switch (type) {
            case YEAR -> 12;
            case QUARTER -> 3;
            case MONTH -> 1;
        };
        return java.util.stream.IntStream.range(0, count).mapToObj(first::plusMonths).toList();
    }

    /** The months, quarters or just the year itself of {@code year}, in order. */
    public static List<Period> all(PeriodType type, int year) {
        int count = switch (type) {
            case YEAR -> 1;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        int first = type == PeriodType.YEAR ? 0 : 1;
        return java.util.stream.IntStream.range(first, first + count).mapToObj(i -> new Period(type, year, i)).toList();
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : type.compareTo(other.type);
    }

    @Override
    public String toString() {
        return code();
    }
}
