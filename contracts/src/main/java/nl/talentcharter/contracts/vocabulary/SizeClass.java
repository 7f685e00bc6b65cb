package nl.talentcharter.contracts.vocabulary;

/** Size of an organisation by headcount. Travels on the wire as the constant's name. */
public enum SizeClass {
    /** Fewer than 250 employees ("MKB"). */
    SME,
    /** 250 employees or more. */
    LARGE;

    /** Headcount from which an organisation no longer counts as an SME (EU definition). */
    public static final int LARGE_FROM_EMPLOYEES = 250;

    public static SizeClass ofEmployees(int employees) {
        if (employees < 0) {
            throw new IllegalArgumentException("employees must not be negative: " + employees);
        }
        return employees < LARGE_FROM_EMPLOYEES ? SME : LARGE;
    }
}
