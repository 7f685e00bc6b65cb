package nl.talentcharter.members.domain;

import static nl.talentcharter.contracts.vocabulary.Region.MIDDEN_LIMBURG;
import static nl.talentcharter.contracts.vocabulary.Region.NOORD_LIMBURG;
import static nl.talentcharter.contracts.vocabulary.Region.ZUID_LIMBURG;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.talentcharter.contracts.vocabulary.Region;

/** The 31 municipalities of the province of Limburg (2025) and the labour-market region each belongs to. */
public enum Municipality {
    BEEK("Beek", ZUID_LIMBURG),
    BEEKDAELEN("Beekdaelen", ZUID_LIMBURG),
    BEESEL("Beesel", NOORD_LIMBURG),
    BERGEN("Bergen (L.)", NOORD_LIMBURG),
    BRUNSSUM("Brunssum", ZUID_LIMBURG),
    ECHT_SUSTEREN("Echt-Susteren", MIDDEN_LIMBURG),
    EIJSDEN_MARGRATEN("Eijsden-Margraten", ZUID_LIMBURG),
    GENNEP("Gennep", NOORD_LIMBURG),
    GULPEN_WITTEM("Gulpen-Wittem", ZUID_LIMBURG),
    HEERLEN("Heerlen", ZUID_LIMBURG),
    HORST_AAN_DE_MAAS("Horst aan de Maas", NOORD_LIMBURG),
    KERKRADE("Kerkrade", ZUID_LIMBURG),
    LANDGRAAF("Landgraaf", ZUID_LIMBURG),
    LEUDAL("Leudal", MIDDEN_LIMBURG),
    MAASGOUW("Maasgouw", MIDDEN_LIMBURG),
    MAASTRICHT("Maastricht", ZUID_LIMBURG),
    MEERSSEN("Meerssen", ZUID_LIMBURG),
    MOOK_EN_MIDDELAAR("Mook en Middelaar", NOORD_LIMBURG),
    NEDERWEERT("Nederweert", MIDDEN_LIMBURG),
    PEEL_EN_MAAS("Peel en Maas", NOORD_LIMBURG),
    ROERDALEN("Roerdalen", MIDDEN_LIMBURG),
    ROERMOND("Roermond", MIDDEN_LIMBURG),
    SIMPELVELD("Simpelveld", ZUID_LIMBURG),
    SITTARD_GELEEN("Sittard-Geleen", ZUID_LIMBURG),
    STEIN("Stein", ZUID_LIMBURG),
    VAALS("Vaals", ZUID_LIMBURG),
    VALKENBURG_AAN_DE_GEUL("Valkenburg aan de Geul", ZUID_LIMBURG),
    VENLO("Venlo", NOORD_LIMBURG),
    VENRAY("Venray", NOORD_LIMBURG),
    VOERENDAAL("Voerendaal", ZUID_LIMBURG),
    WEERT("Weert", MIDDEN_LIMBURG);

    private final String officialName;
    private final Region region;

    Municipality(String officialName, Region region) {
        this.officialName = officialName;
        this.region = region;
    }

    public String officialName() {
        return officialName;
    }

    public Region region() {
        return region;
    }

    /**
     * Finds a municipality by its official name ("Bergen (L.)", "Echt-Susteren") or constant name
     * ("ECHT_SUSTEREN"), ignoring case, accents and the "(L.)" suffix: people type these names by hand.
     */
    public static Optional<Municipality> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = key(name);
        return Arrays.stream(values())
                .filter(m -> key(m.officialName).equals(wanted) || key(m.name()).equals(wanted))
                .findFirst();
    }

    public static Municipality of(String name) {
        return find(name).orElseThrow(() -> new InvalidMemberData("location.municipality",
                "'" + name + "' is not one of the 31 municipalities of Limburg"));
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("(l.)", "").replaceAll("[^a-z]", "");
    }
}
