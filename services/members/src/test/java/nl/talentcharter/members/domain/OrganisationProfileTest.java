package nl.talentcharter.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.EducationLevel;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationProfileTest {

    @ParameterizedTest
    @CsvSource({"0,SME", "1,SME", "249,SME", "250,LARGE", "12000,LARGE"})
    void size_class_follows_from_employees(int employees, SizeClass expected) {
        assertThat(Profiles.employer("12345678", employees).sizeClass()).isEqualTo(expected);
    }

    @Test
    void negative_employees_are_rejected() {
        assertThatThrownBy(() -> Profiles.employer("12345678", -1))
                .isInstanceOfSatisfying(InvalidMemberData.class, e -> assertThat(e.field()).isEqualTo("employees"));
    }

    @Test
    void an_education_institution_needs_a_level_and_nobody_else_has_one() {
        Location maastricht = Location.inLimburg(Municipality.MAASTRICHT);
        OrganisationProfile zuyd = new OrganisationProfile("Zuyd Hogeschool", new KvkNumber("41078444"),
                OrganisationKind.EDUCATION_INSTITUTION, EducationLevel.HBO, Sector.EDUCATION, 2000, maastricht,
                Set.of());
        assertThat(zuyd.educationLevel()).isEqualTo(EducationLevel.HBO);
        assertThatThrownBy(() -> new OrganisationProfile("Zuyd", new KvkNumber("41078444"),
                OrganisationKind.EDUCATION_INSTITUTION, null, Sector.EDUCATION, 2000, maastricht, Set.of()))
                .isInstanceOfSatisfying(InvalidMemberData.class,
                        e -> assertThat(e.field()).isEqualTo("educationLevel"));
        assertThatThrownBy(() -> new OrganisationProfile("Bakkerij", new KvkNumber("41078444"),
                OrganisationKind.EMPLOYER, EducationLevel.MBO, Sector.RETAIL, 5, maastricht, Set.of()))
                .isInstanceOfSatisfying(InvalidMemberData.class,
                        e -> assertThat(e.field()).isEqualTo("educationLevel"));
    }

    @Test
    void required_fields_are_named_when_missing() {
        assertThatThrownBy(() -> new OrganisationProfile(" ", new KvkNumber("12345678"), OrganisationKind.EMPLOYER,
                null, Sector.CARE, 1, Location.inLimburg(Municipality.BEEK), Set.of()))
                .isInstanceOfSatisfying(InvalidMemberData.class, e -> assertThat(e.field()).isEqualTo("legalName"));
        assertThatThrownBy(() -> new OrganisationProfile("X", new KvkNumber("12345678"), OrganisationKind.EMPLOYER,
                null, null, 1, Location.inLimburg(Municipality.BEEK), Set.of()))
                .isInstanceOfSatisfying(InvalidMemberData.class, e -> assertThat(e.field()).isEqualTo("sector"));
    }

    @Test
    void differences_name_the_changed_fields() {
        OrganisationProfile before = Profiles.employer("12345678", 10);
        OrganisationProfile after = new OrganisationProfile(before.legalName(), before.kvkNumber(), before.kind(),
                null, Sector.LOGISTICS, 300, before.location(), Set.of(ActionLine.RETAIN, ActionLine.ATTRACT));
        assertThat(after.differencesFrom(before)).containsExactly("actionLines", "employees", "sector");
        assertThat(before.differencesFrom(before)).isEmpty();
        assertThat(after.actionLinesInOrder()).containsExactly(ActionLine.ATTRACT, ActionLine.RETAIN);
    }
}
