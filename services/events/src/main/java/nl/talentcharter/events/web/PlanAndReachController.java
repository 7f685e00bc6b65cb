package nl.talentcharter.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.talentcharter.events.application.PlanAndReach;
import nl.talentcharter.events.domain.Reach;
import nl.talentcharter.events.domain.YearlyPlan;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plan and reach")
@SecurityRequirement(name = "bearer")
public class PlanAndReachController {

    private final PlanAndReach planAndReach;

    public PlanAndReachController(PlanAndReach planAndReach) {
        this.planAndReach = planAndReach;
    }

    @GetMapping(path = "/plan/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OPERATOR', 'VIEWER')")
    @Operation(summary = "The year's gatherings per kind against the plan's yearly targets",
            description = "planned: on the calendar and not cancelled; held: took place (ended, not cancelled).")
    public YearlyPlan plan(@PathVariable int year) {
        return planAndReach.plan(checked(year));
    }

    @GetMapping(path = "/reach/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('OPERATOR', 'VIEWER')")
    @Operation(summary = "Whom the year's gatherings reached",
            description = "Attendees (checked in) per organisation, share of SMEs, organisations per region, share "
                    + "of attendees from non-members, and members whose first contact was one of these events.")
    public Reach reach(@PathVariable int year) {
        return planAndReach.reach(checked(year));
    }

    private static int checked(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest(ProblemTypes.INVALID_PARAMETER, "year must be between 2000 and 2100");
        }
        return year;
    }
}
