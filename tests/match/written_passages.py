"""Written passages, now regression data: written for the tests after the topic definitions
(not published text: the measure of how the topics hold on real text is ``real_heldout.py``).

Each entry is (passage, the set of topic ids it concerns). Hard negatives sit next to the
positives: drone purchases, the Italian "pesco", national helicopter commands, helicopter
cooperation with Germany, Benelux cooperation that is not naval.
"""

from __future__ import annotations

WRITTEN: list[tuple[str, frozenset[str]]] = [
    # ---------------------------------------------------------------- benesam, positive
    (
        "De Belgische en Nederlandse marine vormen sinds 1996 één binationaal commando onder "
        "leiding van de Admiraal Benelux in Den Helder.",
        frozenset({"benesam"}),
    ),
    (
        "Minister Francken bezocht Den Helder, waar de binationale marinestaf van België en "
        "Nederland de operaties van beide marines plant.",
        frozenset({"benesam"}),
    ),
    (
        "Le programme de remplacement des chasseurs de mines, mené conjointement par la Belgique "
        "et les Pays-Bas, prévoit douze navires.",
        frozenset({"benesam"}),
    ),
    (
        "La marine belge et la marine néerlandaise sont intégrées depuis 1996 sous un "
        "commandement binational.",
        frozenset({"benesam"}),
    ),
    (
        "The Belgian and Dutch navies share an integrated headquarters and train their crews "
        "together at the binational schools.",
        frozenset({"benesam"}),
    ),
    (
        "Under the BENESAM agreement, Belgium and the Netherlands jointly procure anti-submarine "
        "warfare frigates.",
        frozenset({"benesam"}),
    ),
    (
        "Die belgische und die niederländische Marine arbeiten seit Jahrzehnten eng zusammen und "
        "sind unter dem Admiral Benelux integriert.",
        frozenset({"benesam"}),
    ),
    (
        "Het ABNL in Den Helder coördineert de inzet van de Belgische en Nederlandse mijnenjagers.",
        frozenset({"benesam"}),
    ),
    # ---------------------------------------------------------------- benesam, negative
    (
        "De Benelux-landen willen samenwerken op het gebied van cyberveiligheid en militaire "
        "mobiliteit.",
        frozenset(),
    ),
    (
        "De Koninklijke Marine stelt een nieuw bevoorradingsschip in dienst in Den Helder.",
        frozenset(),
    ),
    ("La marine nationale française a déployé une frégate en Méditerranée orientale.", frozenset()),
    (
        "Marine Le Pen a critiqué la politique de défense européenne lors de son meeting.",
        frozenset(),
    ),
    (
        "Belgium and the Netherlands agreed to protect the marine environment of the Scheldt "
        "estuary together.",
        frozenset(),
    ),
    (
        "Das deutsch-niederländische Korps in Münster feiert sein dreißigjähriges Bestehen.",
        frozenset(),
    ),
    ("Nederland en België kopen samen nieuwe vrachtwagens voor hun landmachten.", frozenset()),
    # ---------------------------------------------------------- helicopter command, positive
    (
        "Het parlement vraagt de oprichting van een Benelux-helikoptercommando te onderzoeken.",
        frozenset({"benelux-helicopter-command"}),
    ),
    (
        "België en Nederland willen hun helikoptereenheden samenbrengen in een gezamenlijk "
        "commando.",
        frozenset({"benelux-helicopter-command"}),
    ),
    (
        "La Belgique et le Luxembourg exploitent ensemble leurs hélicoptères H145M dans une unité "
        "binationale.",
        frozenset({"benelux-helicopter-command"}),
    ),
    (
        "Un commandement d'hélicoptères commun aux pays du Benelux permettrait de mutualiser la "
        "maintenance.",
        frozenset({"benelux-helicopter-command"}),
    ),
    (
        "A Benelux helicopter command would pool training and maintenance for the NH90 fleets.",
        frozenset({"benelux-helicopter-command"}),
    ),
    (
        "The Belgian and Dutch air forces intend to deepen their helicopter cooperation, "
        "starting with joint NH90 maintenance.",
        frozenset({"benelux-helicopter-command"}),
    ),
    (
        "Belgien und die Niederlande planen eine engere Zusammenarbeit ihrer Hubschrauberverbände.",
        frozenset({"benelux-helicopter-command"}),
    ),
    # ---------------------------------------------------------- helicopter command, negative
    (
        "Het Defensie Helikopter Commando verhuist een deel van zijn Cougars naar Woensdrecht.",
        frozenset(),
    ),
    (
        "Nederland en Duitsland trainen hun helikopterbemanningen voortaan samen in Fritzlar.",
        frozenset(),
    ),
    ("The Dutch Defence Helicopter Command took delivery of its first new Chinook.", frozenset()),
    (
        "La Belgique commande quatre hélicoptères NH90 supplémentaires pour la composante Air.",
        frozenset(),
    ),
    (
        "Deutschland und Frankreich vertiefen ihre Zusammenarbeit bei der Hubschrauberausbildung.",
        frozenset(),
    ),
    (
        "De Benelux-premiers spraken in Luxemburg over energie, migratie en de interne markt.",
        frozenset(),
    ),
    # ---------------------------------------------------------------------- c-uas, positive
    (
        "Defensie schaft mobiele systemen aan om vijandige drones te neutraliseren.",
        frozenset({"c-uas"}),
    ),
    ("Het Nederlandse leger test een laserwapen voor dronebestrijding.", frozenset({"c-uas"})),
    ("De luchthaven van Zaventem krijgt een systeem voor droneafweer.", frozenset({"c-uas"})),
    (
        "La Défense acquiert des brouilleurs pour abattre les drones qui survolent les casernes.",
        frozenset({"c-uas"}),
    ),
    ("La lutte anti-drones est devenue une priorité pour l'armée de Terre.", frozenset({"c-uas"})),
    (
        "The army is fielding new counter-drone systems to protect forward bases.",
        frozenset({"c-uas"}),
    ),
    ("Ukraine relies on interceptor drones to shoot down Shahed drones.", frozenset({"c-uas"})),
    ("Die Bundeswehr erhält neue Flugabwehrsysteme zur Abwehr von Drohnen.", frozenset({"c-uas"})),
    ("Das Heer testet Störsender gegen feindliche Drohnen.", frozenset({"c-uas"})),
    (
        "Belgium will invest 50 million euros in C-UAS capabilities for its bases.",
        frozenset({"c-uas"}),
    ),
    # ---------------------------------------------------------------------- c-uas, negative
    ("België koopt vier MQ-9B SkyGuardian drones voor de Luchtcomponent.", frozenset()),
    ("Nederland levert duizend verkenningsdrones aan Oekraïne.", frozenset()),
    ("Les Pays-Bas ont livré des drones de reconnaissance à l'Ukraine.", frozenset()),
    ("The ministry signed a contract for the purchase of 24 tactical drones.", frozenset()),
    ("Russia used swarms of drones against Ukrainian energy infrastructure.", frozenset()),
    ("Die Bundeswehr bestellt weitere Heron-Drohnen für Aufklärungsmissionen.", frozenset()),
    ("De politie zet drones in om verkeersongevallen in kaart te brengen.", frozenset()),
    # ---------------------------------------------------------------------- pesco, positive
    ("Nederland neemt deel aan het PESCO-project voor militaire mobiliteit.", frozenset({"pesco"})),
    (
        "De permanente gestructureerde samenwerking op defensiegebied telt inmiddels zestig "
        "projecten.",
        frozenset({"pesco"}),
    ),
    (
        "La Belgique coordonne un projet de la CSP consacré à la lutte contre les mines en mer.",
        frozenset({"pesco"}),
    ),
    (
        "The Council adopted a fifth wave of Permanent Structured Cooperation projects.",
        frozenset({"pesco"}),
    ),
    (
        "EU defence ministers reviewed progress on Pesco commitments in Brussels.",
        frozenset({"pesco"}),
    ),
    (
        "Die Ständige Strukturierte Zusammenarbeit der EU umfasst inzwischen 26 Mitgliedstaaten.",
        frozenset({"pesco"}),
    ),
    ("Deutschland führt mehrere PESCO-Projekte im Bereich Sanität.", frozenset({"pesco"})),
    # ---------------------------------------------------------------------- pesco, negative
    ("Il pesco del giardino ha dato frutti abbondanti quest'anno.", frozenset()),
    ("Il sindaco di Pesco Sannita ha inaugurato la nuova piazza.", frozenset()),
    ("Giovanni Pesco ha vinto la gara di ciclismo a Bari.", frozenset()),
    ("Het Europees Defensiefonds trekt acht miljard euro uit voor onderzoek.", frozenset()),
    (
        "La revue annuelle coordonnée en matière de défense (CARD) identifie les lacunes "
        "capacitaires.",
        frozenset(),
    ),
    ("The Strategic Compass sets out the EU's security ambitions until 2030.", frozenset()),
    ("Les CSP supérieures votent davantage que les ouvriers.", frozenset()),
    # ---------------------------------------------------------------------- several topics
    (
        "De resolutie vraagt BeNeSam uit te breiden, een Benelux-helikoptercommando te "
        "onderzoeken en samen anti-dronesystemen te kopen binnen PESCO.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas", "pesco"}),
    ),
]
