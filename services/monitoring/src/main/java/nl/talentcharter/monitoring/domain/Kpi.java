package nl.talentcharter.monitoring.domain;

import java.util.Arrays;
import java.util.Optional;
import nl.talentcharter.contracts.monitoring.KpiUnit;
import nl.talentcharter.contracts.vocabulary.ActionLine;

/**
 * The KPIs of the plan this service computes, each with the action line it reports on and its titles (Dutch
 * first: the dashboard and the open data speak Dutch by default).
 */
public enum Kpi {
    MEMBERS_ACTIVE("members.active", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Actieve leden", "Active members", "aan het eind van de periode", "at the end of the period"),
    MEMBERS_JOINED("members.joined", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Nieuwe leden", "Members joined", "toegetreden in de periode", "joined in the period"),
    MEMBERS_ENDED("members.ended", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Beëindigde lidmaatschappen", "Memberships ended", "beëindigd in de periode", "ended in the period"),
    MEMBERS_SME_SHARE("members.sme-share", KpiUnit.PERCENT, ActionLine.IDENTIFY,
            "Aandeel mkb", "SME share", "van de actieve leden, in procenten", "of the active members, per cent"),
    MEMBERS_FRONT_RUNNERS("members.front-runners", KpiUnit.COUNT, ActionLine.RETAIN,
            "Koplopers", "Front-runners", "actieve leden die koploper zijn", "active members that are front-runners"),
    HR_SCANS_REQUESTED("hr-scans.requested", KpiUnit.COUNT, ActionLine.RETAIN,
            "HR-scans aangevraagd", "HR scans requested", "aangevraagd in de periode", "requested in the period"),
    HR_SCANS_COMPLETED("hr-scans.completed", KpiUnit.COUNT, ActionLine.RETAIN,
            "HR-scans afgerond", "HR scans completed", "afgerond in de periode", "completed in the period"),
    HR_SCANS_FOLLOW_UP_ON_TIME("hr-scans.follow-up-on-time", KpiUnit.COUNT, ActionLine.RETAIN,
            "Vervolggesprek op tijd", "Follow-up held on time",
            "scans afgerond in de periode met een vervolggesprek voor de vervaldatum",
            "scans completed in the period with a follow-up held by its due date"),
    HR_SCANS_OVERDUE("hr-scans.overdue", KpiUnit.COUNT, ActionLine.RETAIN,
            "Vervolggesprek te laat", "Follow-up overdue", "gesignaleerd in de periode", "detected in the period"),
    HR_SCANS_AVERAGE_SCORE("hr-scans.average-score", KpiUnit.SCORE, ActionLine.RETAIN,
            "Gemiddelde scanscore", "Average scan score",
            "0-100, scans afgerond in de periode (per actielijn: domeinen van die lijn)",
            "0-100, scans completed in the period (per action line: that line's domains)"),
    // sprints are a retention instrument of the plan (good employership, shared among companies): RETAIN
    SPRINTS_PROPOSED("sprints.proposed", KpiUnit.COUNT, ActionLine.RETAIN,
            "Sprints voorgesteld", "Sprints proposed", "voorgesteld in de periode", "proposed in the period"),
    SPRINTS_RUNNING("sprints.running", KpiUnit.COUNT, ActionLine.RETAIN,
            "Lopende sprints", "Sprints running", "gestart en niet afgerond of geannuleerd aan het eind van de periode",
            "started and not completed or cancelled at the end of the period"),
    SPRINTS_COMPLETED("sprints.completed", KpiUnit.COUNT, ActionLine.RETAIN,
            "Sprints afgerond", "Sprints completed", "afgerond in de periode", "completed in the period"),
    SPRINTS_SESSIONS_HELD("sprints.sessions-held", KpiUnit.COUNT, ActionLine.RETAIN,
            "Sprintsessies gehouden", "Sprint sessions held", "gehouden in de periode", "held in the period"),
    // labour-market events aim at reach and at SMEs joining the alliance, which the plan reports under IDENTIFY
    EVENTS_HELD("events.held", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Arbeidsmarktevents", "Labour-market events", "gehouden of gepland in de periode, niet geannuleerd",
            "held or scheduled in the period, not cancelled"),
    EVENTS_REGISTRATIONS("events.registrations", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Inschrijvingen", "Registrations", "bevestigd in de periode", "confirmed in the period"),
    EVENTS_ATTENDANCE_RATE("events.attendance-rate", KpiUnit.PERCENT, ActionLine.IDENTIFY,
            "Opkomst", "Attendance rate", "aanwezig van de geregistreerde aanwezigheden in de periode, in procenten",
            "attended of the attendance recorded in the period, per cent"),
    GOVERNANCE_LABOUR_MARKET_MEETINGS("governance.labour-market-meetings", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Bestuurlijk overleg arbeidsmarkt", "Governance meetings on the labour market",
            "gehouden of gepland in de periode, niet geannuleerd", "held or scheduled in the period, not cancelled"),
    GOVERNANCE_EDUCATION_MEETINGS("governance.education-meetings", KpiUnit.COUNT, ActionLine.DEVELOP,
            "Bestuurlijk overleg onderwijs", "Governance meetings on education",
            "gehouden of gepland in de periode, niet geannuleerd", "held or scheduled in the period, not cancelled"),
    WORK_VISITS("governance.work-visits", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Werkbezoeken", "Work visits", "gehouden of gepland in de periode, niet geannuleerd",
            "held or scheduled in the period, not cancelled");

    private final String id;
    private final KpiUnit unit;
    private final ActionLine actionLine;
    private final String titleNl;
    private final String titleEn;
    private final String definitionNl;
    private final String definitionEn;

    Kpi(String id, KpiUnit unit, ActionLine actionLine, String titleNl, String titleEn, String definitionNl,
            String definitionEn) {
        this.id = id;
        this.unit = unit;
        this.actionLine = actionLine;
        this.titleNl = titleNl;
        this.titleEn = titleEn;
        this.definitionNl = definitionNl;
        this.definitionEn = definitionEn;
    }

    public String id() {
        return id;
    }

    public KpiUnit unit() {
        return unit;
    }

    /** The action line of the plan this KPI reports on. */
    public ActionLine actionLine() {
        return actionLine;
    }

    public String titleNl() {
        return titleNl;
    }

    public String titleEn() {
        return titleEn;
    }

    public String definitionNl() {
        return definitionNl;
    }

    public String definitionEn() {
        return definitionEn;
    }

    /**
     * Whether the figure can be cut by a member's dimensions (region, sector ...): not for sprints and
     * gatherings, which name no single member; their cut figures are always zero.
     */
    public boolean cutByMember() {
        return switch (this) {
            case SPRINTS_PROPOSED, SPRINTS_RUNNING, SPRINTS_COMPLETED, SPRINTS_SESSIONS_HELD, EVENTS_HELD,
                    EVENTS_ATTENDANCE_RATE, GOVERNANCE_LABOUR_MARKET_MEETINGS, GOVERNANCE_EDUCATION_MEETINGS,
                    WORK_VISITS -> false;
            default -> true;
        };
    }

    public static Optional<Kpi> byId(String id) {
        return Arrays.stream(values()).filter(kpi -> kpi.id.equals(id)).findFirst();
    }
}
