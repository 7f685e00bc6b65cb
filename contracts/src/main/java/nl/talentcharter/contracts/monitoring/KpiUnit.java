package nl.talentcharter.contracts.monitoring;

/** What a KPI value counts or measures. */
public enum KpiUnit {
    /** A number of members, scans, events ... */
    COUNT,
    /** A share, 0 to 100. */
    PERCENT,
    /** A mean HR scan score, 0 to 100. */
    SCORE,
    /** A mean duration in days (e.g. from a pool request to its placement). */
    DAYS
}
