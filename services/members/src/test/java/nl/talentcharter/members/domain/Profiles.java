package nl.talentcharter.members.domain;

import java.util.Set;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Sector;

/** Valid profiles to start tests from. */
final class Profiles {

    private Profiles() {
    }

    static OrganisationProfile employer(String kvk, int employees) {
        return new OrganisationProfile("Zorggroep Venlo B.V.", new KvkNumber(kvk), OrganisationKind.EMPLOYER, null,
                Sector.CARE, employees, Location.inLimburg(Municipality.VENLO), Set.of(ActionLine.RETAIN));
    }
}
