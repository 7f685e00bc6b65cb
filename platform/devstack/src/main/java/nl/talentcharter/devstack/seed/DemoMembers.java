package nl.talentcharter.devstack.seed;

import java.util.List;

/**
 * The demo member organisations: invented companies (names and KvK numbers are made up) across the
 * three labour-market regions and the plan's sectors, SMEs and large ones, a few front-runners and one
 * Belgian neighbour; public institutions the plan names appear under their own names with invented
 * registration numbers. No real persons.
 */
public final class DemoMembers {

    /** The member the {@code member-zorggroep-maasdal} demo client belongs to. */
    public static final DemoMember BOUND_TO_MEMBER_CLIENT = DemoMember.employer("Zorggroep Maasdal B.V.", "90000011",
            "CARE", 1450, "Roermond", true, "DEVELOP", "RETAIN");

    public static final List<DemoMember> ALL = List.of(
            BOUND_TO_MEMBER_CLIENT,
            DemoMember.employer("Thuiszorg De Peelhoeve", "90000012", "CARE", 85, "Venray", false, "ATTRACT", "MAINTAIN"),
            DemoMember.employer("Precisietechniek Venlo B.V.", "90000013", "TECHNOLOGY_AND_MANUFACTURING", 240, "Venlo",
                    true, "IDENTIFY", "DEVELOP", "ATTRACT"),
            DemoMember.employer("Mijnstreek Installatietechniek", "90000014", "CONSTRUCTION", 38, "Heerlen", false,
                    "DEVELOP", "REALISE"),
            DemoMember.employer("Kwekerij Het Groene Kruis", "90000015", "AGRICULTURE_AND_HORTICULTURE", 120,
                    "Horst aan de Maas", false, "ATTRACT", "RETAIN"),
            DemoMember.employer("Maas Logistics Hub B.V.", "90000016", "LOGISTICS", 610, "Venlo", false, "ATTRACT", "REALISE"),
            DemoMember.employer("Polymeer Innovaties Geleen B.V.", "90000017", "CHEMISTRY", 2300, "Sittard-Geleen", true,
                    "IDENTIFY", "MAINTAIN", "RETAIN"),
            DemoMember.employer("Bouwbedrijf Gebroeders Weerts", "90000018", "CONSTRUCTION", 64, "Weert", false,
                    "DEVELOP", "RETAIN"),
            DemoMember.employer("Softwarehuis Heuvelland", "90000019", "ICT", 17, "Valkenburg aan de Geul", false,
                    "IDENTIFY", "MAINTAIN"),
            DemoMember.employer("Transport Echt-Susteren B.V.", "90000020", "LOGISTICS", 45, "Echt-Susteren", false,
                    "REALISE"),
            new DemoMember("Zorgnetwerk Kempen-Limburg vzw", "90000021", "EMPLOYER", null, "CARE", 380, null, "Hasselt",
                    "BE", false, List.of("ATTRACT", "RETAIN")),
            DemoMember.school("Zuyd Hogeschool", "90000022", "HBO", 2000, "Heerlen", "DEVELOP", "MAINTAIN"),
            DemoMember.school("Gilde Opleidingen", "90000023", "MBO", 1700, "Roermond", "DEVELOP", "REALISE"),
            new DemoMember("UWV", "90000024", "PUBLIC_BODY", null, "PUBLIC_SECTOR", 300, "Maastricht", null, "NL", false,
                    List.of("IDENTIFY", "REALISE")));

    private DemoMembers() {
    }
}
