package nl.talentcharter.contracts.partners;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;

/**
 * An education institution announces a course or traineeship.
 *
 * @param courseId the institution's own reference of the course: the subject
 */
public record CourseAnnounced(String courseId, String institution, String title, CourseKind kind, Sector sector,
                              Region region, LocalDate startDate, LocalDate endDate, int places, String url) {

    public CourseAnnounced {
        requireNonNull(courseId, "courseId");
        requireNonNull(institution, "institution");
        requireNonNull(title, "title");
        requireNonNull(kind, "kind");
        requireNonNull(sector, "sector");
        requireNonNull(region, "region");
        requireNonNull(startDate, "startDate");
        requireNonNull(endDate, "endDate");
        requireNonNull(url, "url");
    }
}
