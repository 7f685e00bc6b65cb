package nl.talentcharter.contracts.monitoring;

/** The length of a KPI period; codes follow CBS StatLine ({@code JJ} year, {@code KW} quarter, {@code MM} month). */
public enum PeriodType {
    YEAR, QUARTER, MONTH
}
