package nl.talentcharter.sprints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import nl.talentcharter.sprints.application.Interests;
import nl.talentcharter.sprints.application.ThemeCatalogue;
import nl.talentcharter.sprints.domain.interest.Interest;
import nl.talentcharter.sprints.domain.theme.Theme;

/** The theme catalogue and members' interests. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Themes and interests")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER', 'VIEWER')")
public class ThemesController {

    private final ThemeCatalogue themes;
    private final Interests interests;

    public ThemesController(ThemeCatalogue themes, Interests interests) {
        this.themes = themes;
        this.interests = interests;
    }

    @GetMapping("/themes")
    @Operation(summary = "The theme catalogue")
    public List<Theme> all() {
        return themes.all();
    }

    @GetMapping("/themes/{themeId}")
    @Operation(summary = "One theme")
    public Theme get(@PathVariable String themeId) {
        return themes.get(themeId);
    }

    @PostMapping(path = "/themes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a theme; operators")
    public ResponseEntity<Theme> add(@Valid @RequestBody Bodies.ThemeRequest body, Caller caller) {
        Access.operator(caller);
        Theme theme = themes.add(new Theme(body.id(), body.name(), body.description(), body.actionLines(),
                body.hrScanDomains()));
        return ResponseEntity.created(URI.create("/themes/" + theme.id())).body(theme);
    }

    @GetMapping("/members/{memberId}/interests")
    @Operation(summary = "A member's interests: stated, and inferred from its latest HR scan's gaps")
    public List<Interest> interests(@PathVariable String memberId, Caller caller) {
        caller.requireAccessToMember(memberId);
        return interests.of(memberId);
    }

    @PutMapping(path = "/members/{memberId}/interests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the themes a member states it wants to work on; the member itself or an operator")
    public List<Interest> stateInterests(@PathVariable String memberId, @Valid @RequestBody Bodies.InterestsRequest body,
            Caller caller) {
        caller.requireAccessToMember(memberId);
        return interests.state(memberId, body.themeIds());
    }
}
