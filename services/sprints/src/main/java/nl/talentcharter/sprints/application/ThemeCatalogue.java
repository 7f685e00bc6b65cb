package nl.talentcharter.sprints.application;

import java.time.Clock;
import java.util.List;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.sprints.domain.theme.DefaultThemes;
import nl.talentcharter.sprints.domain.theme.Theme;
import nl.talentcharter.sprints.persistence.ThemeStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The themes: the action plan's defaults from the first start on, plus what operators add. */
@Service
public class ThemeCatalogue {

    private final ThemeStore store;
    private final Clock clock;

    public ThemeCatalogue(ThemeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Idempotent: a default already there (or changed by an operator) stays as it is. */
    @EventListener(ApplicationReadyEvent.class)
    public void addDefaults() {
        DefaultThemes.all().forEach(theme -> store.addIfAbsent(theme, clock.instant()));
    }

    public Theme add(Theme theme) {
        if (!store.addIfAbsent(theme, clock.instant())) {
            throw ProblemException.conflict("theme-exists", "a theme with id " + theme.id() + " exists already");
        }
        return theme;
    }

    public Theme get(String themeId) {
        return store.find(themeId).orElseThrow(() -> new UnknownTheme(themeId));
    }

    public List<Theme> all() {
        return store.all();
    }
}
