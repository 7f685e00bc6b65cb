package nl.talentcharter.monitoring.web;

import nl.talentcharter.monitoring.application.Rebuild;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild the projections from the topics (after a fix in how events are read, or a lost store). */
@RestController
public class RebuildController {

    private final Rebuild rebuild;

    public RebuildController(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Accepted: the consumers replay every service topic from the beginning after this returns. */
    @PostMapping("/admin/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('OPERATOR')")
    public Rebuild.Rewound rebuild() {
        return rebuild.run();
    }
}
