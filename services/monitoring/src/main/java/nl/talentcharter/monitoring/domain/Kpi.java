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
            "held or scheduled in the period, not cancelled"),
    SPRINTS_COMPANIES_REACHED("sprints.companies-reached", KpiUnit.COUNT, ActionLine.RETAIN,
            "Bereikte bedrijven", "Companies reached",
            "verschillende leden in het cohort van een sprint (bij de start of later ingestapt) in de periode",
            "distinct members in a sprint's cohort (at its start or joining later) in the period"),
    EVENTS_SME_SHARE("events.sme-share", KpiUnit.PERCENT, ActionLine.IDENTIFY,
            "Aandeel mkb onder aanwezigen", "SME share of attendees",
            "aanwezigen namens een lid in de periode van wie het lid mkb is, in procenten",
            "attendees for a member in the period whose member is an SME, per cent"),
    EVENTS_MEMBERS_VIA_EVENTS("events.members-via-events", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Leden via een event", "Members who came through an event",
            "toegetreden in de periode met een event als eerste contact, of aanwezig op een arbeidsmarktevent "
                    + "voor of tot 30 dagen na de toetreding",
            "joined in the period with an event as first contact, or attended a labour-market event before "
                    + "or up to 30 days after joining"),
    GOVERNANCE_THEMES_HEARD("governance.themes-heard", KpiUnit.COUNT, ActionLine.IDENTIFY,
            "Gehoorde thema's", "Themes heard",
            "thema's en uitdagingen gehoord op werkbezoeken in de periode (per actielijn: die van het gehoorde)",
            "themes and challenges heard on work visits in the period (per action line: those of what was heard)"),
    // pool formation is the plan's example of attracting talent by sharing instead of competing: ATTRACT
    POOLS_PEOPLE_OFFERED("pools.people-offered", KpiUnit.COUNT, ActionLine.ATTRACT,
            "Mensen aangeboden", "People offered", "aangeboden in een pool in de periode",
            "offered in a pool in the period"),
    POOLS_REQUESTS("pools.requests", KpiUnit.COUNT, ActionLine.ATTRACT,
            "Aanvragen", "Requests", "aanvragen van leden in de periode", "requests by members in the period"),
    POOLS_POSITIONS_FILLED("pools.positions-filled", KpiUnit.COUNT, ActionLine.ATTRACT,
            "Plaatsingen", "Positions filled", "plaatsingen bevestigd in de periode", "placements confirmed in the period"),
    POOLS_TIME_TO_MATCH("pools.time-to-match", KpiUnit.DAYS, ActionLine.ATTRACT,
            "Tijd tot plaatsing", "Time to match",
            "gemiddeld aantal dagen van aanvraag tot bevestigde plaatsing, plaatsingen in de periode",
            "mean days from request to confirmed placement, placements in the period"),
    POOLS_CROSS_BORDER_PLACEMENTS("pools.cross-border-placements", KpiUnit.COUNT, ActionLine.ATTRACT,
            "Grensoverschrijdende plaatsingen", "Cross-border placements",
            "plaatsingen in de periode waarbij aanvrager en aanbieder aan verschillende kanten van de grens liggen",
            "placements in the period where the requesting and the offering member lie on different sides of the border"),
    // partners' reports (through the partner gateway): education announcing courses develops talent, work-to-work
    // cases are people to realise elsewhere
    PARTNERS_COURSES_ANNOUNCED("partners.courses-announced", KpiUnit.COUNT, ActionLine.DEVELOP,
            "Opleidingen aangekondigd", "Courses announced",
            "cursussen en leerbanen aangekondigd door onderwijspartners in de periode (per sector en regio van de opleiding)",
            "courses and traineeships announced by education partners in the period (per the course's sector and region)"),
    PARTNERS_WORK_TO_WORK_CASES("partners.work-to-work-cases", KpiUnit.COUNT, ActionLine.REALISE,
            "Van-werk-naar-werkzaken", "Work-to-work cases", "gemeld door arbeidsmarktregio's in de periode",
            "reported by labour-market regions in the period"),
    PARTNERS_WORK_TO_WORK_WORKERS("partners.work-to-work-workers", KpiUnit.COUNT, ActionLine.REALISE,
            "Werknemers in van-werk-naar-werkzaken", "Workers in work-to-work cases",
            "betrokken werknemers van de zaken gemeld in de periode", "workers concerned by the cases reported in the period");

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
