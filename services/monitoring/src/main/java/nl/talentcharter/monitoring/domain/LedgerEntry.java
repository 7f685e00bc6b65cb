package nl.talentcharter.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the budget ledger: money committed (promised by contract or decision) or spent, on one
 * budget line of the plan. Amounts are positive euros with at most two decimals; a correction is a new
 * entry of the opposite kind's effect being recorded by an operator, never an edit.
 */
public record LedgerEntry(String id, BudgetLine line, Kind kind, BigDecimal amount, String description,
        LocalDate bookedOn, String bookedBy) {

    public enum Kind {
        COMMITMENT, SPENDING
    }

    public enum BudgetLine {
        SUPPORT_AND_LOBBY, EXECUTION_CAPACITY, INSTRUMENTS, DATA_AND_MONITORING
    }

    /** Validates a new entry; every problem at once, keyed by field. */
    public static LedgerEntry create(String id, String line, String kind, BigDecimal amount, String description,
            LocalDate bookedOn, String bookedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        BudgetLine budgetLine = parse(BudgetLine.class, line, "line", errors);
        Kind entryKind = parse(Kind.class, kind, "kind", errors);
        if (amount == null || amount.signum() <= 0) {
            errors.put("amount", "must be a positive amount in euros");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.put("amount", "has more than two decimals");
        }
        if (description == null || description.isBlank() || description.length() > 500) {
            errors.put("description", "must be 1 to 500 characters");
        }
        if (bookedOn == null) {
            errors.put("bookedOn", "is required (yyyy-MM-dd)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidLedgerEntry(errors);
        }
        return new LedgerEntry(id, budgetLine, entryKind, amount, description.strip(), bookedOn, bookedBy);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }
}
