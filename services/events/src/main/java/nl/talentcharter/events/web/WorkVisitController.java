package nl.talentcharter.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.events.HeardKind;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.events.application.GatheringService;
import nl.talentcharter.events.domain.Gathering;
import nl.talentcharter.events.domain.GatheringId;
import nl.talentcharter.events.domain.Heard;
import nl.talentcharter.events.domain.UnknownVisitReport;
import nl.talentcharter.events.domain.VisitReport;
import nl.talentcharter.events.web.GovernanceController.ActionBody;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report of a work visit. Who visited stays here (operators only); what was heard is published as
 * labour-market information without personal data, for monitoring and sprints.
 */
@RestController
@RequestMapping(path = "/events/{eventId}/visit-report", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Work visits")
@SecurityRequirement(name = "bearer")
public class WorkVisitController {

    private final GatheringService gatherings;

    public WorkVisitController(GatheringService gatherings) {
        this.gatherings = gatherings;
    }

    public record HeardBody(HeardKind kind, String summary, List<ActionLine> actionLines, List<String> tags) {

        Heard toHeard() {
            return new Heard(kind, summary, actionLines, tags);
        }
    }

    public record VisitReportBody(LocalDate visitedOn, List<String> visitors, List<HeardBody> heard,
            List<ActionBody> followUps) {

        VisitReport toReport() {
            return new VisitReport(visitedOn, visitors, heard == null ? null : heard.stream()
                    .map(h -> h == null ? null : h.toHeard()).toList(), GovernanceController.actions(followUps));
        }
    }

    public record VisitReportView(String eventId, String visitedMemberId, VisitReport report) {

        static VisitReportView of(Gathering gathering) {
            if (gathering.visitReport() == null) {
                throw new UnknownVisitReport(gathering.id().value());
            }
            return new VisitReportView(gathering.id().value(), gathering.visitedMemberId(), gathering.visitReport());
        }
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Report a work visit: date, visitors, themes and challenges heard, follow-ups",
            description = "Replaces an earlier report. Publishes WorkVisitReported with what was heard (tagged with "
                    + "action lines and free tags) and the number of follow-ups; visitors and follow-up owners are "
                    + "not published. Summaries with e-mail addresses or phone numbers are refused.")
    public VisitReportView report(@PathVariable String eventId, @RequestBody VisitReportBody body) {
        return VisitReportView.of(gatherings.reportVisit(new GatheringId(eventId), body.toReport()));
    }

    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "The report of a work visit, with its visitors")
    public VisitReportView get(@PathVariable String eventId) {
        return VisitReportView.of(gatherings.get(new GatheringId(eventId)));
    }
}
