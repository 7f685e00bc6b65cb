package nl.talentcharter.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.vocabulary.Country;
import nl.talentcharter.contracts.vocabulary.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityTest {

    @Test
    void limburg_has_31_municipalities() {
        assertThat(Municipality.values()).hasSize(31);
    }

    @Test
    void noord_and_midden_limburg_are_exactly_the_listed_municipalities_and_the_rest_is_zuid() {
        assertThat(names(Region.NOORD_LIMBURG)).containsExactlyInAnyOrder("Beesel", "Bergen (L.)", "Gennep",
                "Horst aan de Maas", "Mook en Middelaar", "Peel en Maas", "Venlo", "Venray");
        assertThat(names(Region.MIDDEN_LIMBURG)).containsExactlyInAnyOrder("Echt-Susteren", "Leudal", "Maasgouw",
                "Nederweert", "Roerdalen", "Roermond", "Weert");
        assertThat(names(Region.ZUID_LIMBURG)).hasSize(16).contains("Maastricht", "Heerlen", "Sittard-Geleen",
                "Beekdaelen", "Valkenburg aan de Geul", "Eijsden-Margraten");
        assertThat(names(Region.CROSS_BORDER)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Bergen (L.),BERGEN", "bergen,BERGEN", "ECHT_SUSTEREN,ECHT_SUSTEREN", "echt-susteren,ECHT_SUSTEREN",
            "Valkenburg aan de Geul,VALKENBURG_AAN_DE_GEUL", "  Sittard-Geleen ,SITTARD_GELEEN"})
    void found_by_official_or_constant_name(String typed, Municipality expected) {
        assertThat(Municipality.of(typed)).isEqualTo(expected);
    }

    @Test
    void places_outside_limburg_are_unknown() {
        assertThatThrownBy(() -> Municipality.of("Eindhoven"))
                .isInstanceOfSatisfying(InvalidMemberData.class,
                        e -> assertThat(e.field()).isEqualTo("location.municipality"));
        assertThat(Municipality.find("")).isEmpty();
        assertThat(Municipality.find(null)).isEmpty();
    }

    @Test
    void a_location_takes_its_region_from_the_municipality_or_is_cross_border() {
        assertThat(Location.inLimburg(Municipality.WEERT).region()).isEqualTo(Region.MIDDEN_LIMBURG);
        assertThat(Location.inLimburg(Municipality.WEERT).placeName()).isEqualTo("Weert");
        assertThat(new Location("Sevenum", Country.NL, Municipality.HORST_AAN_DE_MAAS).region())
                .isEqualTo(Region.NOORD_LIMBURG);
        assertThat(Location.crossBorder("Hasselt", Country.BE).region()).isEqualTo(Region.CROSS_BORDER);
        assertThat(Location.crossBorder("Aachen", Country.DE).region()).isEqualTo(Region.CROSS_BORDER);
    }

    @Test
    void a_dutch_location_needs_a_limburg_municipality_and_a_foreign_one_a_place_and_none() {
        assertThatThrownBy(() -> new Location("Eindhoven", Country.NL, null)).isInstanceOf(InvalidMemberData.class);
        assertThatThrownBy(() -> new Location("Genk", Country.BE, Municipality.MAASTRICHT))
                .isInstanceOf(InvalidMemberData.class);
        assertThatThrownBy(() -> Location.crossBorder(" ", Country.DE)).isInstanceOf(InvalidMemberData.class);
        assertThatThrownBy(() -> new Location("Genk", null, null)).isInstanceOf(InvalidMemberData.class);
    }

    private static Set<String> names(Region region) {
        return Arrays.stream(Municipality.values()).filter(m -> m.region() == region)
                .map(Municipality::officialName).collect(Collectors.toSet());
    }

    @Test
    void every_region_of_limburg_has_municipalities() {
        EnumSet<Region> used = EnumSet.noneOf(Region.class);
        Arrays.stream(Municipality.values()).forEach(m -> used.add(m.region()));
        assertThat(used).containsExactlyInAnyOrder(Region.NOORD_LIMBURG, Region.MIDDEN_LIMBURG, Region.ZUID_LIMBURG);
    }
}
