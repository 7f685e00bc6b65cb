package nl.talentcharter.monitoring.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Computes KPI cells from facts, deterministically: the same facts give the same figures, whatever order
 * they arrived in, which is what makes a rebuild from the topics trustworthy. Members' figures are cut by
 * their current profile.
 * <p>
 * One calculator serves many cells (every KPI x period x cut of a refresh): what does not depend on the cut is
 * worked out once per calculator or once per period and kept, so a cell mostly filters by its cut. The facts are
 * indexed once ({@link FactIndex}) and shared by the figures of each action-line family, which keep their own
 * per-period results; this class only dispatches a {@link Kpi} to its family. Not thread-safe.
 * <p>
 * A figure that reads facts dated outside its period (a membership state, a join to an earlier event) must be known
 * to {@link CellsMoved}, or the live announcements miss the cells such a fact moves (ADR 0124).
 */
public final class KpiCalculator {

    /** How long after joining an event attended still counts as the way a member came in. */
    public static final int VIA_EVENT_DAYS = 30;

    private final FactIndex facts;
    private final MembershipFigures membership;
    private final ScanFigures scans;
    private final SprintFigures sprints;
    private final GatheringFigures gatherings;
    private final EventFigures events;
    private final GovernanceFigures governance;
    private final PoolFigures pools;
    private final PartnerFigures partners;

    public KpiCalculator(Collection<Fact> facts, Map<String, MemberDimensions> members) {
        this.facts = new FactIndex(facts, members);
        this.membership = new MembershipFigures(this.facts);
        this.scans = new ScanFigures(this.facts);
        this.sprints = new SprintFigures(this.facts);
        this.gatherings = new GatheringFigures(this.facts);
        this.events = new EventFigures(this.facts);
        this.governance = new GovernanceFigures(this.facts);
        this.pools = new PoolFigures(this.facts);
        this.partners = new PartnerFigures(this.facts);
    }

    /** A cell's figure with the events it was computed from, sorted: what the trace of a figure lists. */
    public KpiValue compute(Kpi kpi, Period period, Cut cut) {
        return compute(kpi, period, cut, Evidence.collected());
    }

    /**
     * A cell's figure (value and units, the same as {@link #compute}'s) without its events: for announcing and
     * gauges, which publish the figure only and need not collect and sort the ids behind each of many cells.
     */
    public KpiValue figure(Kpi kpi, Period period, Cut cut) {
        return compute(kpi, period, cut, Evidence.NOT_COLLECTED);
    }

    private KpiValue compute(Kpi kpi, Period period, Cut cut, Evidence ids) {
        Cell cell = new Cell(kpi, period, cut, CutBits.of(cut), ids);
        return switch (kpi) {
            case MEMBERS_JOINED -> facts.count(cell, FactKind.MEMBER_JOINED);
            case MEMBERS_ENDED -> facts.count(cell, FactKind.MEMBERSHIP_ENDED);
            case HR_SCANS_REQUESTED -> facts.count(cell, FactKind.SCAN_REQUESTED);
            case HR_SCANS_COMPLETED -> facts.count(cell, FactKind.SCAN_COMPLETED);
            case HR_SCANS_OVERDUE -> facts.count(cell, FactKind.FOLLOW_UP_OVERDUE);
            case MEMBERS_ACTIVE -> membership.active(cell, member -> true);
            case MEMBERS_FRONT_RUNNERS -> membership.active(cell, MemberDimensions::frontRunner);
            case MEMBERS_SME_SHARE -> membership.smeShare(cell);
            case HR_SCANS_FOLLOW_UP_ON_TIME -> scans.followUpOnTime(cell);
            case HR_SCANS_AVERAGE_SCORE -> scans.averageScore(cell);
            case SPRINTS_PROPOSED -> facts.count(cell, FactKind.SPRINT_PROPOSED);
            case SPRINTS_COMPLETED -> facts.count(cell, FactKind.SPRINT_COMPLETED);
            case SPRINTS_SESSIONS_HELD -> facts.count(cell, FactKind.SPRINT_SESSION_HELD);
            case SPRINTS_RUNNING -> sprints.running(cell);
            case EVENTS_HELD -> gatherings.held(cell, FactKind.LABOUR_MARKET_EVENT_SCHEDULED);
            case GOVERNANCE_LABOUR_MARKET_MEETINGS -> gatherings.held(cell, FactKind.LABOUR_MARKET_MEETING_SCHEDULED);
            case GOVERNANCE_EDUCATION_MEETINGS -> gatherings.held(cell, FactKind.EDUCATION_MEETING_SCHEDULED);
            case WORK_VISITS -> gatherings.held(cell, FactKind.WORK_VISIT_SCHEDULED);
            case EVENTS_REGISTRATIONS -> facts.count(cell, FactKind.REGISTRATION_CONFIRMED);
            case EVENTS_ATTENDANCE_RATE -> events.attendanceRate(cell);
            case SPRINTS_COMPANIES_REACHED -> sprints.companiesReached(cell);
            case EVENTS_SME_SHARE -> events.smeShareOfAttendees(cell);
            case EVENTS_MEMBERS_VIA_EVENTS -> events.membersViaEvents(cell);
            case GOVERNANCE_THEMES_HEARD -> governance.themesHeard(cell);
            case POOLS_PEOPLE_OFFERED -> facts.count(cell, FactKind.TALENT_OFFERED);
            case POOLS_REQUESTS -> facts.count(cell, FactKind.TALENT_REQUESTED);
            case POOLS_POSITIONS_FILLED -> facts.count(cell, FactKind.PLACEMENT_CONFIRMED);
            case POOLS_TIME_TO_MATCH -> pools.timeToMatch(cell);
            case POOLS_CROSS_BORDER_PLACEMENTS -> pools.crossBorderPlacements(cell);
            case PARTNERS_COURSES_ANNOUNCED -> partners.reports(cell, FactKind.COURSE_ANNOUNCED, false);
            case PARTNERS_WORK_TO_WORK_CASES -> partners.reports(cell, FactKind.WORK_TO_WORK_CASE_REPORTED, false);
            case PARTNERS_WORK_TO_WORK_WORKERS -> partners.reports(cell, FactKind.WORK_TO_WORK_CASE_REPORTED, true);
        };
    }

    /** How often a theme was heard on a work visit. */
    public record ThemeCount(String theme, long count, List<String> eventIds) {
    }

    /**
     * The themes heard on work visits in the period, counted per tag (an item with several tags counts under
     * each), most heard first; cut like {@link Kpi#GOVERNANCE_THEMES_HEARD}.
     */
    public List<ThemeCount> themes(Period period, Cut cut) {
        return governance.themes(period, cut);
    }
}
