package nl.talentcharter.contracts.monitoring;

/** How a KPI cell is cut: not at all, or by one of the member's region, sector, size class or action line. */
public enum KpiDimension {
    ALL, REGION, SECTOR, SIZE_CLASS, ACTION_LINE
}
