package nl.talentcharter.sprints.domain.cohort;

import java.util.Collection;
import nl.talentcharter.contracts.vocabulary.Region;

/**
 * Which labour-market regions are close enough to work together: the same region, or neighbours on the
 * line Noord-Limburg - Midden-Limburg - Zuid-Limburg - cross-border (Belgian Limburg, Liège, Aachen lie
 * next to Zuid-Limburg). Noord and Zuid are not neighbours: a half-day session there is a day's travel.
 */
public final class Neighbourhood {

    private Neighbourhood() {
    }

    public static boolean close(Region a, Region b) {
        return Math.abs(position(a) - position(b)) <= 1;
    }

    /** Whether {@code region} is close to every region in {@code others}. */
    public static boolean closeToAll(Region region, Collection<Region> others) {
        return others.stream().allMatch(other -> close(region, other));
    }

    private static int position(Region region) {
        return switch (region) {
            case NOORD_LIMBURG -> 0;
            case MIDDEN_LIMBURG -> 1;
            case ZUID_LIMBURG -> 2;
            case CROSS_BORDER -> 3;
        };
    }

    public static String label(Region region) {
        return switch (region) {
            case NOORD_LIMBURG -> "Noord-Limburg";
            case MIDDEN_LIMBURG -> "Midden-Limburg";
            case ZUID_LIMBURG -> "Zuid-Limburg";
            case CROSS_BORDER -> "the cross-border region";
        };
    }
}
