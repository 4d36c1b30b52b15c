"""Real text used to tune the topics for issue #13 (kept apart from ``real_heldout.py``, which
is only measured): the phrasings the issue quotes from real documents the project does not
hold, passages of two real pages, and passages of two verbatim reports of the Belgian Chamber's
defence committee (../shared/fixtures/real/dekamer/criv/, from dekamer.be). Each entry is
(passage, the topic ids it concerns, provenance). Every passage must keep its topics.
"""

from __future__ import annotations

# ruff: noqa: E501  (passages are kept whole, one per line, as published)
BENESAM = frozenset({"benesam"})
HELICOPTER = frozenset({"benelux-helicopter-command"})
C_UAS = frozenset({"c-uas"})
PESCO = frozenset({"pesco"})
NONE: frozenset[str] = frozenset()
ISSUE = "quoted in issue #13 from a real document the project does not hold"
IC155 = "https://www.dekamer.be/doc/CCRI/html/56/ic155x.html (CRIV 56 COM 155)"
IC227 = "https://www.dekamer.be/doc/CCRI/html/56/ic227x.html (CRIV 56 COM 227)"

TUNING: list[tuple[str, frozenset[str], str]] = [
    (
        "de configuratie van de Belgische en Nederlandse helikopters zeer nauw op elkaar afgestemd en er is ook samenwerking tussen de twee landen",
        HELICOPTER,
        ISSUE,
    ),
    (
        "Le commandant de la Composante aérienne belge, le Général-major aviateur Frederik Vansina et le Lieutenant-général Dennis Luyt de la Force aérienne néerlandaise ont signé ce mercredi 10 mai le MOU (Memorandum of understandig) pour ériger l’European Expeditionary Helicopter Wing (EEHW).",
        HELICOPTER,
        "https://defencebelgium.wordpress.com/2017/05/12/la-belgique-et-les-pays-bas-creent-leuropean-expeditionary-helicopter-wing/",
    ),
    (
        "L’EEHW va permettre d’intensifier la coopération dans le domaine des opérations d’hélicoptère avec la possibilité de déployer des unités opérationnelles.",
        HELICOPTER,
        "https://defencebelgium.wordpress.com/2017/05/12/la-belgique-et-les-pays-bas-creent-leuropean-expeditionary-helicopter-wing/",
    ),
    (
        "Maandagmiddag 3 februari vond op vliegbasis Woensdrecht een inhuldigingsceremonie plaats ter ere van de Binationale Logistieke Cel NH-90 (BNLC). De BNLC is onderdeel van de Belgisch Nederlandse Samenwerking (BeNeSam).",
        HELICOPTER | BENESAM,
        "https://aviolanda.nl/nederland-en-belgie-werken-samen-om-inzetbaarheid-nh-90-te-garanderen/",
    ),
    (
        "Commandant Schevenhoven is ervan overtuigd dat België en Nederland er als één team in zullen slagen de beschikbaarheid en inzetbaarheid van de NH-90 op het vereiste niveau te brengen en te houden, ter ondersteuning van de Belgische en Nederlandse operaties.",
        HELICOPTER,
        "https://aviolanda.nl/nederland-en-belgie-werken-samen-om-inzetbaarheid-nh-90-te-garanderen/",
    ),
    (
        "We zouden een derde fregat zogezegd nodig hebben opdat er altijd voldoende fregatten in circulatie zijn, maar ik dacht dat we samenwerkten met Nederland. Bestaat die samenwerking dan niet meer?",
        BENESAM,
        IC155,
    ),
    (
        "Er zijn eveneens updates voorzien voor de vloot NFH NH90-helikopters, die opereren vanaf de ASW-fregatten.",
        NONE,
        IC155,
    ),
    (
        "Voorts rusten wij de vloot uit met moderne mijnbestrijdingsmiddelen. Binnen het domein command and operational support plannen we de creatie van een medical hub, ter vervanging van het huidige militair hospitaal, samen met de aankoop van bijkomende evacuatiemiddelen. Bovendien zullen antidronesystemen worden aangekocht.",
        C_UAS,
        IC155,
    ),
    (
        "Pour chaque objectif, il y a des opportunités de coopération au niveau européen. Cela va même tellement loin maintenant que pour chaque capability target, l'OTAN définit quel programme de l'Union européenne (comme PESCO et EDF) peut entrer en ligne de compte.",
        PESCO,
        IC155,
    ),
    (
        "Concreet worden daarvoor meer dan 1.000 extra voertuigen en 11 zware transporthelikopters aangekocht.",
        NONE,
        IC155,
    ),
    (
        "Defensie beschikt over verschillende draagbare systemen om drones te detecteren, signalen te verstoren en indien nodig kinetisch te neutraliseren.",
        C_UAS,
        IC227,
    ),
    (
        "In de militaire programmatiewet zijn investeringen voorzien in antidronesystemen, waaronder draagbare detectie- en verstoringsmiddelen en aangepaste munitie voor kinetische neutralisatie.",
        C_UAS,
        IC227,
    ),
    (
        "Inlichtingen- en beveiligingssystemen zijn er uiteraard op gericht bedreigingen te detecteren en te neutraliseren.",
        NONE,
        IC227,
    ),
    (
        "Binnen de maritieme coalitie schonk België de mijnenjager Narcis en verzorgde gezamenlijke bemanningstraining met Nederland.",
        BENESAM,
        IC227,
    ),
    (
        "De Belgische bijdrage binnen het Benelux-detachement weerspiegelt die concrete steun.",
        NONE,
        IC227,
    ),
]
