"""Regression passages (the former "blind" sets): written by someone who saw only the topic descriptions of issue #3, never the
topics file or the matcher, as (passage, the topic ids it concerns, language). The tests match
each one as the pipeline does, after extraction's clean-up (words hyphenated across lines joined).

First runs, precision / recall for benesam, benelux-helicopter-command, c-uas, pesco:

* set A (154 passages): 0.96 / 0.90, 1.00 / 0.71, 1.00 / 0.85, 0.91 / 0.81. The topics were then
  widened and tightened on its misses (the partner named after "with", pooling and binational
  helicopter units, "against drones", jamming and shooting down, "projets CSP", "SSZ-Projekte",
  NATO as no context for "Pesco", CSP+).
* set B (131, written after those changes): 1.00 / 0.91, 1.00 / 0.74, 1.00 / 0.71, 1.00 / 0.95.
  Changed again on its misses (the navies' own names, the partner of a helicopter command,
  drones fought, detected and brought down, the treaty article), except two.
* set C (139 passages of 2-5 sentences, written after that): 0.91 / 0.91, 1.00 / 0.76,
  1.00 / 0.88, 0.96 / 1.00. Changed again (fleets are no navy term any more, binational helicopter
  staffs, drones forced to land, SSZ as a service centre), except three.
* set D (123 passages, a third of them paragraphs, written after that): precision 1.00 for every
  topic; recall 0.89, 1.00, 0.95, 1.00. Changed again (both navies named together, the
  replacement programme; a third country counts within 6 words, not 10, as the new minehunters
  are built in France), except one.
* set E (125 passages, written after that): precision 1.00 for every topic; recall 1.00, 1.00,
  0.80, 1.00. Changed again ("drone-detectie", drones detected and neutralised further apart,
  unless what they find are sea mines), except one.
* set F (125 passages, written after that): precision 1.00 for every topic; recall 0.90, 0.94,
  0.80, 1.00. Changed again (counterparts and sailors, "both navies", drones fired at, shot down
  further apart, "countering drones"; France no longer a third country for BeNeSam, as the new
  minehunters are built there), except one.
* set G (126 passages, written after that): precision 1.00 for every topic; recall 1.00, 1.00,
  0.92, 1.00. Changed again ("neer te halen", drones neutralised up to 5 words on).
* set H (127 passages, written after that): precision 1.00 for every topic; recall 1.00, 1.00,
  1.00, 0.95. Changed again ("la CSP" with its context up to 20 words away).

The misses left are in ``KNOWN_MISSES``. No set is unseen any more, and none is published text:
they are regression data, keeping what was learnt, like the golden passages. How the topics
hold on real text is measured on ``real_heldout.py`` (test_match_real_text.py).
"""

from __future__ import annotations

# ruff: noqa: E501  (passages are kept whole, one per line, as written)
BLIND_A: list[tuple[str, frozenset[str], str]] = [
    # ------------------------------------------------------------------
    # benesam – positives
    # ------------------------------------------------------------------
    (
        "Sinds 1948 werken de Belgische en de Nederlandse marine nauw samen; in 1996 werd dit verankerd in een akkoord dat de binationale staf onder Admiraal Benelux in Den Helder oprichtte.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "De minister bevestigt dat de vervanging van de mijnenjagers binnen de Belgisch-Nederlandse marinesamenwerking op schema ligt: België leidt de aankoop van de twaalf mijnenbestrijdingsvaartuigen voor beide landen, Nederland die van de vier ASW-fregatten.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Constaterende dat de opvolgers van de M-fregatten binationaal met België worden verworven; verzoekt de regering, de BeNeSam-afspraken over werkverdeling en onderhoud onverkort na te leven, en gaat over tot de orde van de dag.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Vanuit het ABNL-hoofdkwartier in Den Helder wordt de operationele inzet van Belgische én Nederlandse marine-eenheden gecoördineerd.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Het marinesamenwerkingsverband tussen België en Nederland geldt internationaal als schoolvoorbeeld van vergaande integratie van twee zeestrijdkrachten.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "De eerste van de zes Nederlandse schepen uit het gezamenlijke vervangingsprogramma voor mijnenjagers met België, Zr.Ms. Vlissingen, werd in Concarneau gedoopt.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Op de mijnenbestrijdingsschool in Oostende leren Belgische en Nederlandse matrozen samen het vak; de school valt onder de gemeenschappelijke marinestaf van beide landen.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "ADMIRAAL BENELUX – De commandant van de Nederlandse vloot is tegelijk bevelhebber van het binationale marinecommando; zijn plaatsvervanger is de Belgische marinecommandant.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "La coopération navale belgo-néerlandaise, souvent citée en exemple, repose sur un état-major intégré à Den Helder placé sous l'autorité de l'Amiral Benelux.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Monsieur le ministre, où en est le programme de remplacement des chasseurs de mines mené conjointement avec les Pays-Bas ? Le premier navire, l'Oostende, accuse-t-il un retard de livraison ?",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "L'école de guerre des mines EGUERMIN, à Ostende, forme les démineurs des deux marines et est reconnue comme centre d'excellence par l'OTAN.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Dans le cadre de BENESAM, la Belgique achètera deux frégates de lutte anti-sous-marine construites aux Pays-Bas, les deux autres étant destinées à la Marine royale néerlandaise.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Marine : la coopération avec les Pays-Bas, qui va du commandement opérationnel à la formation et à la logistique, sera étendue aux futures frégates communes.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Under the BeNeSam agreement, the Belgian Navy and the Royal Netherlands Navy share an operational headquarters, while training and maintenance are divided between the two countries.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "The rMCM programme will deliver twelve identical mine countermeasure vessels, six for Belgium and six for the Netherlands, each carrying a toolbox of unmanned systems.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Admiral Benelux, a post held by the commander of the Royal Netherlands Navy, directs the peacetime operations of both fleets from Den Helder.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Die belgisch-niederländische Marinekooperation gilt als engste Marinezusammenarbeit Europas; beide Flotten werden von einem gemeinsamen Stab unter dem Admiral Benelux geführt.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "Belgien und die Niederlande beschaffen gemeinsam zwölf neue Minenabwehrschiffe – sechs für jedes Land – sowie vier U-Jagd-Fregatten.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "Die binationale Minenkriegsschule in Ostende bildet seit Jahrzehnten das Personal beider Marinen gemeinsam aus.",
        frozenset({"benesam"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # benesam – hard negatives
    # ------------------------------------------------------------------
    (
        "De Belgische en Nederlandse luchtmacht bewaken sinds 2017 beurtelings het Benelux-luchtruim met jachtvliegtuigen in Quick Reaction Alert.",
        frozenset(),
        "nl",
    ),
    (
        "Het Benelux-Parlement beveelt aan de defensiesamenwerking tussen de drie landen uit te breiden naar militaire mobiliteit en gezamenlijke munitieaankopen.",
        frozenset(),
        "nl",
    ),
    (
        "Het fregat Zr.Ms. Tromp vertrekt vanuit Den Helder naar de Indo-Pacific om zich aan te sluiten bij de Britse carrier strike group.",
        frozenset(),
        "nl",
    ),
    (
        "De integratie van het Duitse Seebataillon in het Korps Mariniers laat zien hoe ver de Duits-Nederlandse marinesamenwerking inmiddels reikt.",
        frozenset(),
        "nl",
    ),
    (
        "Het Belgische logistieke steunschip Godetia werd na bijna zestig jaar dienst uit de vaart genomen; de Marinecomponent zoekt nog naar een opvolger.",
        frozenset(),
        "nl",
    ),
    (
        "La Composante Marine réceptionnera deux nouveaux patrouilleurs côtiers destinés à la surveillance des éoliennes et des câbles en mer du Nord.",
        frozenset(),
        "fr",
    ),
    (
        "La frégate Léopold Ier a rejoint le groupe aéronaval français constitué autour du porte-avions Charles de Gaulle en Méditerranée orientale.",
        frozenset(),
        "fr",
    ),
    (
        "La coopération Benelux en matière de défense s'étend désormais aux forces terrestres : la brigade motorisée belge s'entraîne régulièrement avec une brigade néerlandaise.",
        frozenset(),
        "fr",
    ),
    (
        "La frégate Louise-Marie a été engagée par la Belgique dans l'opération européenne Aspides en mer Rouge.",
        frozenset(),
        "fr",
    ),
    (
        "The Royal Netherlands Navy has ordered four new submarines from Naval Group to replace its ageing Walrus-class boats.",
        frozenset(),
        "en",
    ),
    (
        "The Netherlands and Germany jointly use the Joint Support Ship Karel Doorman, which also carries German marines and helicopters.",
        frozenset(),
        "en",
    ),
    (
        "Benelux defence ministers met in Luxembourg to discuss joint procurement of ammunition and the protection of military convoys crossing their borders.",
        frozenset(),
        "en",
    ),
    (
        "A Belgian minehunter has joined Standing NATO Mine Countermeasures Group 1 alongside ships from Germany, Norway and Poland.",
        frozenset(),
        "en",
    ),
    (
        "Die Deutsche Marine und die niederländische Koninklijke Marine vereinbarten eine engere Zusammenarbeit bei der Ausbildung von U-Boot-Besatzungen.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command – positives
    # ------------------------------------------------------------------
    (
        "De drie Benelux-landen ondertekenden een intentieverklaring voor de oprichting van een gezamenlijk Benelux-helikoptercommando voor lichte helikopters.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "De Belgische en Nederlandse NH90's zouden in een gemeenschappelijke pool kunnen worden ondergebracht, zodat onderhoud en opleiding van de bemanningen gedeeld worden.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Verzoekt de regering, te onderzoeken of een binationale helikoptervleugel met België de inzetbaarheid van de NH90-vloot kan verhogen, en gaat over tot de orde van de dag.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Luxemburg brengt zijn H145M-toestellen in een Belgisch-Nederlands-Luxemburgse helikopterpool in, zodat de drie landen elkaars capaciteit kunnen benutten.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Kwartiermaker benoemd voor Benelux Helikopter Commando – Nederland wordt leidend land, België en Luxemburg leveren personeel en toestellen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Volgens de minister moeten Belgische, Nederlandse en Luxemburgse wentelwieken vanaf 2027 onder één gemeenschappelijk commando vliegen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Le gouvernement envisage la création d'un commandement conjoint des hélicoptères avec les Pays-Bas et le Luxembourg, afin de mutualiser les H145M des trois pays.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "La mise en commun des NH90 belges et néerlandais permettrait-elle de sauver notre capacité de transport tactique par hélicoptère ?",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Les hélicoptères H145M luxembourgeois, stationnés à Beauvechain, sont mis en œuvre par un détachement binational belgo-luxembourgeois appelé à devenir le noyau du futur commandement d'hélicoptères Benelux.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Selon la note de politique générale, un escadron binational d'hélicoptères belgo-néerlandais pourrait voir le jour à l'horizon 2030.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Le Parlement Benelux recommande aux gouvernements d'accélérer la mise sur pied du commandement Benelux des hélicoptères et d'harmoniser la formation des pilotes.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Belgium, the Netherlands and Luxembourg are setting up a Benelux Helicopter Command that will jointly operate their light utility helicopters.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Pooling the Dutch and Belgian NH90 fleets in a binational unit would ease the chronic shortage of spare parts and qualified crews.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "As a first step towards a common rotary-wing headquarters, the three Benelux air forces plan a shared H145M training syllabus.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Belgien, die Niederlande und Luxemburg wollen ein gemeinsames Hubschrauberkommando aufbauen, in das auch die luxemburgischen H145M eingebracht werden.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Die Benelux-Staaten prüfen eine binationale Hubschrauberstaffel, in der belgische und niederländische NH90 gemeinsam betrieben werden.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command – hard negatives
    # ------------------------------------------------------------------
    (
        "Het Defensie Helikopter Commando op vliegbasis Gilze-Rijen krijgt er twaalf H225M Caracal-helikopters bij voor de special forces.",
        frozenset(),
        "nl",
    ),
    (
        "Nederlandse Chinook-bemanningen trainen al jaren in Texas, in nauwe samenwerking met de Amerikaanse landmacht.",
        frozenset(),
        "nl",
    ),
    (
        "De luchtmobiele brigade oefent geregeld met de Duitse Division Schnelle Kräfte, waarbij Duitse NH90's en Nederlandse Chinooks samen vliegen.",
        frozenset(),
        "nl",
    ),
    (
        "De minister kondigt aan dat de Belgische NH90 TTH-vloot buiten dienst wordt gesteld wegens te hoge exploitatiekosten.",
        frozenset(),
        "nl",
    ),
    (
        "Het Belgische leger ontvangt de eerste nieuwe lichte helikopters, die de verouderde Agusta A109's moeten vervangen.",
        frozenset(),
        "nl",
    ),
    (
        "Les NH90 NFH de la Composante Marine, basés à Coxyde, assurent les missions de recherche et de sauvetage au-dessus de la mer du Nord.",
        frozenset(),
        "fr",
    ),
    (
        "La Police grand-ducale dispose de son propre hélicoptère, utilisé pour la surveillance des grands événements et la recherche de personnes disparues.",
        frozenset(),
        "fr",
    ),
    (
        "Les pilotes d'hélicoptère belges suivront désormais leur formation de base en France, à l'école de l'aviation légère de l'armée de Terre à Dax.",
        frozenset(),
        "fr",
    ),
    (
        "The Dutch Defence Helicopter Command has taken delivery of the last of its fourteen new CH-47F Chinooks.",
        frozenset(),
        "en",
    ),
    (
        "The Netherlands will buy additional Apache simulator time from the US Army while its AH-64E upgrade proceeds.",
        frozenset(),
        "en",
    ),
    (
        "Belgian helicopter crews took part in the multinational exercise Hot Blade in Portugal, organised under the European Defence Agency's helicopter programme.",
        frozenset(),
        "en",
    ),
    (
        "Germany and the Netherlands signed an arrangement allowing Dutch helicopter crews to use German training areas and simulators in Bückeburg.",
        frozenset(),
        "en",
    ),
    (
        "Die Bundeswehr bestellt bis zu 82 leichte Mehrzweckhubschrauber H145M für die Heeresfliegertruppe.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # c-uas – positives
    # ------------------------------------------------------------------
    (
        "Defensie schaft mobiele antidronesystemen aan om kazernes en vliegbases te beschermen tegen ongewenste drones.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Na de droneoverlast boven de vliegbasis Kleine-Brogel wil de minister dringend investeren in detectie en neutralisatie van drones.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Verzoekt de regering, de counter-dronecapaciteit van de krijgsmacht op korte termijn uit te breiden, en gaat over tot de orde van de dag.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Het Belgische leger test een stoorzender die de verbinding tussen een drone en zijn piloot verbreekt.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "De Koninklijke Marechaussee krijgt extra middelen voor dronebestrijding rond Schiphol en andere vitale objecten.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Volgens de krijgsmacht zijn de huidige anti drone systemen onvoldoende om zwermen kleine drones tegen te houden.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Defensie krijgt de wettelijke bevoegdheid om onbemande luchtvaartuigen die boven militaire terreinen vliegen uit de lucht te halen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Le ministre annonce l'achat en urgence de systèmes de lutte anti-drones pour protéger les bases aériennes de Kleine-Brogel et de Florennes.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Quelles mesures la Défense prend-elle pour détecter et neutraliser les drones qui survolent nos installations militaires ?",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Le brouillage des drones hostiles relève en principe de la police, mais l'armée peut intervenir en appui lorsqu'un site militaire est menacé.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "La capacité C-UAS de la Composante Terre sera renforcée par des canons de 30 mm et des radars de courte portée.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Des drones intercepteurs bon marché doivent permettre d'abattre les drones ennemis sans recourir à des missiles coûteux.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "The Belgian Ministry of Defence has signed a contract for counter-UAS systems able to detect, track and jam small drones.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "NATO's technical interoperability exercise for counter-unmanned aircraft systems was once again held at Vredepeel in the Netherlands.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Anti-drone defences around Dutch seaports are being stepped up after repeated sightings over the Maasvlakte.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Die Bundeswehr beschafft weitere Skyranger-Flugabwehrpanzer zur Drohnenabwehr.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Belgien will die Abwehr von Drohnen über seinen Militärflugplätzen verstärken und dafür kurzfristig Störsender anschaffen.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "De jammers die Defensie tegen drones inzet, werken slechts op korte afstand en storen soms ook het eigen radioverkeer.",
        frozenset({"c-uas"}),
        "nl",
    ),
    # ------------------------------------------------------------------
    # c-uas – hard negatives
    # ------------------------------------------------------------------
    (
        "Nederland ontvangt de laatste van zijn MQ-9 Reaper-drones, die vanaf de vliegbasis Leeuwarden opereren.",
        frozenset(),
        "nl",
    ),
    (
        "België levert in het kader van de internationale dronecoalitie honderden verkenningsdrones aan Oekraïne.",
        frozenset(),
        "nl",
    ),
    (
        "De infanteriebataljons oefenen met kleine verkenningsdrones om vijandelijke stellingen in kaart te brengen.",
        frozenset(),
        "nl",
    ),
    (
        "De verwervingsprocedure voor loitering munitions, zogeheten kamikazedrones, voor de landmacht is gestart.",
        frozenset(),
        "nl",
    ),
    (
        "La Belgique a réceptionné son premier drone MQ-9B SkyGuardian, qui sera basé à Florennes.",
        frozenset(),
        "fr",
    ),
    (
        "La Composante Marine utilisera des drones sous-marins pour détecter les mines au large de Zeebrugge.",
        frozenset(),
        "fr",
    ),
    (
        "La Belgique financera la production de drones en Ukraine à hauteur de plusieurs dizaines de millions d'euros.",
        frozenset(),
        "fr",
    ),
    (
        "La police fédérale a acquis des drones de surveillance pour suivre les grands rassemblements.",
        frozenset(),
        "fr",
    ),
    (
        "The Dutch Army has ordered hundreds of FPV drones for its infantry battalions, with first deliveries expected next year.",
        frozenset(),
        "en",
    ),
    (
        "The Netherlands joined the international drone coalition for Ukraine, led by Latvia and the United Kingdom.",
        frozenset(),
        "en",
    ),
    (
        "Die Bundeswehr hat die bewaffnungsfähige Heron-TP-Drohne offiziell in Dienst gestellt.",
        frozenset(),
        "de",
    ),
    (
        "Deutschland liefert weitere Aufklärungsdrohnen vom Typ Vector an die Ukraine.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # pesco – positives
    # ------------------------------------------------------------------
    (
        "Nederland neemt deel aan zestien PESCO-projecten en is coördinator van het project Military Mobility.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "De Permanente Gestructureerde Samenwerking biedt lidstaten een juridisch bindend kader om hun defensie-investeringen te verhogen.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Het kabinet steunt de deelname van derde landen, zoals het Verenigd Koninkrijk en Canada, aan het pesco-project militaire mobiliteit.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Tijdens de strategische herziening van PeSCo werd besloten de naleving van de bindende verplichtingen beter te monitoren.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Het Benelux-Parlement beveelt de regeringen aan vaker gezamenlijk in te tekenen op projecten binnen de permanente gestructureerde samenwerking van de Europese Unie.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Voor projecten die in het kader van PESCO worden uitgevoerd, kan een hogere financieringsbonus uit het Europees Defensiefonds worden verkregen.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La Belgique participe à une quinzaine de projets de la Coopération structurée permanente (CSP) et en coordonne plusieurs.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "La CSP, lancée en décembre 2017 par vingt-cinq États membres, constitue l'un des piliers de l'Europe de la défense.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "La Belgique a rejoint le projet PeSCo sur la mobilité militaire, coordonné par les Pays-Bas.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Quels engagements contraignants la Belgique a-t-elle pris dans le cadre de la coopération structurée permanente, et comment son plan national de mise en œuvre est-il évalué ?",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Les projets CSP sont évalués chaque année par le Service européen pour l'action extérieure et l'Agence européenne de défense, qui en assurent conjointement le secrétariat.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Coopération structurée permanente : la Belgique plaide pour des engagements plus contraignants",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "PESCO's participating Member States have launched more than sixty collaborative projects since 2017.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "The Netherlands argues that Permanent Structured Cooperation should remain open to third states whenever this serves European security.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Denmark joined Pesco in 2023, shortly after abolishing its defence opt-out by referendum.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Die Ständige Strukturierte Zusammenarbeit (SSZ) wurde im Dezember 2017 im Rahmen der GSVP aktiviert.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Luxemburg beteiligt sich an mehreren SSZ-Projekten, vor allem in den Bereichen Satellitenkommunikation und Sanitätsdienst.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Deutschland koordiniert das PESCO-Projekt European Medical Command, an dem sich auch die Niederlande und Belgien beteiligen.",
        frozenset({"pesco"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # pesco – hard negatives
    # ------------------------------------------------------------------
    (
        "Het Europees Defensiefonds financiert dit jaar tientallen gezamenlijke onderzoeks- en ontwikkelingsprojecten van Europese defensiebedrijven.",
        frozenset(),
        "nl",
    ),
    (
        "Via de Europese Vredesfaciliteit heeft Nederland een deel van de kosten van zijn militaire steun aan Oekraïne vergoed gekregen.",
        frozenset(),
        "nl",
    ),
    (
        "De CARD-rapportage van het Europees Defensieagentschap signaleert dat de versnippering van Europese defensiecapaciteiten aanhoudt.",
        frozenset(),
        "nl",
    ),
    (
        "De Italiaanse chef-kok Luca Pesco opende in Brussel een restaurant op een steenworp van het NAVO-hoofdkwartier.",
        frozenset(),
        "nl",
    ),
    (
        "Le règlement EDIRPA soutient l'acquisition conjointe de munitions par au moins trois États membres.",
        frozenset(),
        "fr",
    ),
    (
        "Selon l'étude, les enfants issus de familles CSP+ sont surreprésentés parmi les élèves officiers des écoles militaires.",
        frozenset(),
        "fr",
    ),
    (
        "Conformément à l'article L. 3131-1 du code de la santé publique (CSP), le ministre peut prescrire des mesures d'urgence en cas de menace sanitaire grave.",
        frozenset(),
        "fr",
    ),
    (
        "Le programme EDIP, proposé par la Commission, doit prendre le relais d'EDIRPA et d'ASAP pour soutenir l'industrie de défense.",
        frozenset(),
        "fr",
    ),
    (
        "Le Conseil supérieur de la santé publique (CSP) a rendu un avis sur la vaccination des militaires déployés à l'étranger.",
        frozenset(),
        "fr",
    ),
    (
        "In the orchards outside Verona, farmers inspected every pesco – Italian for peach tree – after the late spring frost.",
        frozenset(),
        "en",
    ),
    (
        "Pesco Sannita, a small town in the province of Benevento, unveiled a memorial to its soldiers who fell in the Second World War.",
        frozenset(),
        "en",
    ),
    (
        "The European Defence Fund's latest work programme earmarks more than one billion euros for collaborative research and development.",
        frozenset(),
        "en",
    ),
    (
        "Die Europäische Friedensfazilität finanziert seit 2022 einen Großteil der europäischen Waffenlieferungen an die Ukraine.",
        frozenset(),
        "de",
    ),
    (
        "Die Koordinierte Jährliche Überprüfung der Verteidigung (CARD) soll Doppelungen zwischen den Streitkräften der Mitgliedstaaten aufdecken.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # several topics at once
    # ------------------------------------------------------------------
    (
        "In de Kamerbrief over de Benelux-defensiesamenwerking noemt de minister drie speerpunten: verdere integratie onder Admiraal Benelux, de oprichting van een gezamenlijk helikoptercommando en gezamenlijke investeringen in drone-afweer.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas"}),
        "nl",
    ),
    (
        "La Belgique coordonne le projet CSP consacré aux systèmes maritimes autonomes de lutte contre les mines, qui s'appuie sur l'expérience des nouveaux chasseurs de mines belgo-néerlandais.",
        frozenset({"pesco", "benesam"}),
        "fr",
    ),
    (
        "The PESCO project on counter unmanned aerial systems aims to develop a common system to detect, identify and neutralise mini and micro drones.",
        frozenset({"pesco", "c-uas"}),
        "en",
    ),
    (
        "Die neuen belgisch-niederländischen Minenabwehrschiffe erhalten zusätzlich ein System zur Drohnenabwehr, um sich gegen Angriffe aus der Luft zu schützen.",
        frozenset({"benesam", "c-uas"}),
        "de",
    ),
    (
        "Het Benelux-Parlement vraagt de regeringen de oprichting van het Benelux-helikoptercommando in te dienen als PESCO-project.",
        frozenset({"benelux-helicopter-command", "pesco"}),
        "nl",
    ),
    (
        "Le futur commandement hélicoptères Benelux devra aussi disposer d'une capacité de protection de ses bases contre les drones hostiles.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "fr",
    ),
    (
        "Beyond the naval integration under ABNL, Brussels and The Hague are now exploring a binational helicopter unit modelled on the same principles.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "en",
    ),
    (
        "De ASW-fregatten die Nederland en België samen laten bouwen, krijgen een uitgebreid pakket voor de verdediging tegen drones en raketten.",
        frozenset({"benesam", "c-uas"}),
        "nl",
    ),
    (
        "Outre la coopération navale belgo-néerlandaise, la Belgique mise sur la CSP pour développer avec ses partenaires européens des solutions de lutte anti-drones.",
        frozenset({"benesam", "pesco", "c-uas"}),
        "fr",
    ),
    (
        "Die Niederlande beteiligen sich an SSZ-Projekten zur maritimen Überwachung und bauen zugleich die Marineintegration mit Belgien unter dem Admiral Benelux weiter aus.",
        frozenset({"pesco", "benesam"}),
        "de",
    ),
    (
        "Benelux ministers agreed to pool their H145M helicopters under a joint command and to coordinate counter-drone procurement for their airbases.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "en",
    ),
    (
        "België neemt deel aan het PESCO-project C-UAS; daarnaast heeft de Belgisch-Nederlandse mijnenbestrijdingsschool in Oostende een module dronebestrijding aan de opleiding toegevoegd.",
        frozenset({"pesco", "c-uas", "benesam"}),
        "nl",
    ),
    (
        "Le Parlement Benelux recommande d'étendre le modèle de l'amirauté Benelux aux hélicoptères, en créant un commandement commun pour les NH90 et les H145M.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "fr",
    ),
    (
        "All four subjects featured at the Benelux summit: BeNeSam, the planned Benelux helicopter command, anti-drone cooperation and the three countries' PESCO commitments.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas", "pesco"}),
        "en",
    ),
    (
        "Ein gemeinsames Hubschrauberkommando der Benelux-Staaten soll nach dem Vorbild der integrierten belgisch-niederländischen Marineführung entstehen und über ein SSZ-Projekt europäisch vernetzt werden.",
        frozenset({"benelux-helicopter-command", "benesam", "pesco"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # generic defence – no topic
    # ------------------------------------------------------------------
    (
        "De Defensienota voorziet in structureel hogere uitgaven om de NAVO-norm van twee procent van het bbp te halen.",
        frozenset(),
        "nl",
    ),
    (
        "België koopt elf extra F-35-jachtvliegtuigen, waarmee de vloot uiteindelijk op vijfenveertig toestellen komt.",
        frozenset(),
        "nl",
    ),
    (
        "De Kamer debatteert na het zomerreces over het opnieuw activeren van de opkomstplicht.",
        frozenset(),
        "nl",
    ),
    (
        "Het Benelux-verdrag over grensoverschrijdende politiesamenwerking is in werking getreden.",
        frozenset(),
        "nl",
    ),
    (
        "La loi de programmation militaire prévoit le recrutement de plusieurs milliers de militaires supplémentaires d'ici 2030.",
        frozenset(),
        "fr",
    ),
    (
        "Le ministre de la Défense a présenté sa vision stratégique à la commission de la Défense nationale de la Chambre.",
        frozenset(),
        "fr",
    ),
    (
        "Le quartier de Marche-en-Famenne accueillera un nouveau centre d'entraînement pour les unités de combat.",
        frozenset(),
        "fr",
    ),
    (
        "Le Luxembourg contribue avec une compagnie au bataillon binational belgo-luxembourgeois de reconnaissance.",
        frozenset(),
        "fr",
    ),
    (
        "The AIV advises the government to invest more in military reserve forces and in the resilience of society as a whole.",
        frozenset(),
        "en",
    ),
    (
        "At the NATO summit in The Hague, allies agreed on a target of five percent of GDP for defence and security-related spending.",
        frozenset(),
        "en",
    ),
    (
        "Belgian troops have been deployed to Romania as part of NATO's forward land forces on the eastern flank.",
        frozenset(),
        "en",
    ),
    (
        "The Dutch government will deliver its remaining F-16s to Ukraine via the European training centre in Romania.",
        frozenset(),
        "en",
    ),
    (
        "Die Bundeswehr und das niederländische Heer haben die Integration ihrer Landstreitkräfte weiter vertieft.",
        frozenset(),
        "de",
    ),
    (
        "Luxemburg erhöht seine Verteidigungsausgaben und investiert vor allem in militärische Satellitenkommunikation.",
        frozenset(),
        "de",
    ),
    (
        "Der Verteidigungsausschuss des Bundestages berät heute über die Beschaffung von Artilleriemunition.",
        frozenset(),
        "de",
    ),
]

BLIND_B: list[tuple[str, frozenset[str], str]] = [
    # ------------------------------------------------------------------
    # benesam - positives
    # ------------------------------------------------------------------
    (
        "Vraag van mevrouw Els Vermeulen aan de minister van Defensie over “De toekomst van BeNeSam” (nr. 56001873C)\n"
        "Mijnheer de minister, de Belgisch-Nederlandse marinesamenwerking wordt vaak als schoolvoorbeeld van Europese defensie-integratie genoemd. "
        "Hoe ziet u de verdere integratie van beide marines na de indienststelling van de nieuwe mijnenjagers?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "De operationele staf van Admiraal Benelux (ABNL) in Den Helder plant en leidt in vredestijd de inzet van zowel Belgische als Nederlandse eenheden. "
        "De Commandant Zeestrijdkrachten is tevens ABNL; de Belgische Commander Naval Component treedt op als zijn plaatsvervanger.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Bij de vervanging van de mijnenbestrijdingscapaciteit treedt België op als leidende natie, Nederland bij de vervanging van de M-fregatten door ASW-fregatten. "
        "Beide landen schaffen in totaal twaalf mijnenbestrijdingsvaartuigen en vier fregatten aan, gelijk verdeeld over de twee marines.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "De minister benadrukt dat de Belgisch-Nederlandse marine-\nsamenwerking ook na 2030 de ruggengraat blijft van de Marinecomponent: "
        "opleiding, onderhoud en logistiek worden grotendeels gezamenlijk georganiseerd.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "De Kamer,\ngehoord de beraadslaging,\n"
        "constaterende dat de gezamenlijke aanschaf van mijnenbestrijdingsvaartuigen met België aanzienlijke vertraging heeft opgelopen;\n"
        "verzoekt de regering, in overleg met de Belgische partner uiterlijk voor de zomer een herzien tijdpad voor de overdracht van de schepen aan beide marines aan de Kamer te zenden,\n"
        "en gaat over tot de orde van de dag.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Het onderhoud van de Belgische fregatten vindt plaats in Den Helder, terwijl de Nederlandse mijnenjagers in Zeebrugge worden onderhouden; "
        "deze taakverdeling tussen de twee zeemachten bestaat al sinds de jaren negentig.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Binnen de Marinecomponent wordt, zoals ook in de beleidsverklaring werd aangekondigd en ondanks de personeelskrapte die zich in alle componenten laat voelen, "
        "verder geïnvesteerd in de opleiding van mijnenbestrijders aan de binationale mijnenbestrijdingsschool in Oostende, die samen met de Koninklijke Marine wordt uitgebaat.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Question de M. Olivier Lambert au ministre de la Défense sur « la coopération navale belgo-néerlandaise » (n° 56002214C)\n"
        "Monsieur le ministre, l'accord BeNeSam prévoit une intégration poussée des deux marines. "
        "Combien de militaires belges sont actuellement affectés à l'état-major binational de Den Helder ?",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "L'École de guerre des mines (EGUERMIN) d'Ostende, gérée conjointement par les marines belge et néerlandaise, "
        "forme les spécialistes de la lutte contre les mines de nombreux pays de l'OTAN.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Dans le cadre de l'Amirauté Benelux, le contrôle opérationnel des navires belges en temps de paix est exercé depuis Den Helder, "
        "tandis que la Belgique reste responsable de la formation des démineurs des deux pays.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "COMPOSANTE MARINE – REMPLACEMENT DES FRÉGATES\n"
        "Les deux frégates de lutte anti-sous-marine destinées à la Composante Marine seront construites par Damen dans le cadre du programme conjoint "
        "avec la Koninklijke Marine, qui recevra elle-même deux navires identiques.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Le ministre souligne que la coopé-\nration entre les deux marines, belge et néerlandaise, reste un modèle d'intégration binationale au sein de l'OTAN, "
        "notamment grâce à la mise en commun de l'entretien des navires et de la formation des équipages.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Under the Admiral Benelux arrangement, the Belgian and Netherlands navies run a combined headquarters in Den Helder "
        "that exercises operational control over both fleets in peacetime.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "The joint Belgian-Dutch replacement mine countermeasures (rMCM) programme will deliver twelve vessels, six for each navy, "
        "together with a toolbox of unmanned underwater and surface systems.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Often cited as the most advanced example of binational defence integration in Europe, the naval partnership between Brussels and The Hague "
        "rests on a simple division of labour: the Dutch look after the frigates, the Belgians after the minehunters.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Die neuen Minenabwehrboote, die Belgien und die Niederlande gemeinsam beschaffen, ersetzen die Boote der Tripartite-Klasse; "
        "beide Marinen erhalten je sechs Einheiten.",
        frozenset({"benesam"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # benesam - hard negatives
    # ------------------------------------------------------------------
    (
        "De Koninklijke Marine en de Deutsche Marine hebben afgesproken dat het Duitse Seebataillon verder wordt geïntegreerd in het Korps Mariniers. "
        "Daarnaast maakt de Duitse marine gebruik van het Joint Support Ship Zr.Ms. Karel Doorman.",
        frozenset(),
        "nl",
    ),
    (
        "In 2012 ondertekenden de drie Benelux-ministers van Defensie een verklaring over de intensivering van hun samenwerking, "
        "onder meer op het gebied van luchtruimbewaking, opleidingen, logistiek en gezamenlijke aankopen.",
        frozenset(),
        "nl",
    ),
    (
        "Vraag van de heer Koen Dewilde aan de minister van Defensie over “De patrouilleschepen van de Marinecomponent”\n"
        "De patrouilleschepen Castor en Pollux worden ingezet voor de bewaking van de Belgische territoriale wateren en de bescherming van de windmolenparken in de Noordzee. "
        "Hoeveel vaardagen telden zij vorig jaar?",
        frozenset(),
        "nl",
    ),
    (
        "De vervanging van de Walrusklasse-onderzeeboten is gegund aan het Franse Naval Group, dat vier onderzeeboten van de Orka-klasse zal bouwen voor de Koninklijke Marine.",
        frozenset(),
        "nl",
    ),
    (
        "Zr.Ms. Den Helder, het nieuwe bevoorradingsschip van de Koninklijke Marine, heeft haar eerste langdurige inzet in de Middellandse Zee afgerond.",
        frozenset(),
        "nl",
    ),
    (
        "Nederland en België werken ook nauw samen op het gebied van speciale eenheden: het Belgische Special Operations Regiment "
        "en het Nederlandse Korps Commandotroepen oefenen regelmatig gezamenlijk.",
        frozenset(),
        "nl",
    ),
    (
        "La Composante Marine participe à l'opération européenne Aspides en mer Rouge avec une frégate, "
        "aux côtés de navires français, italiens et grecs.",
        frozenset(),
        "fr",
    ),
    (
        "La coopération Benelux en matière de défense couvre aussi la police aérienne : depuis 2017, les chasseurs belges et néerlandais "
        "assurent à tour de rôle la protection de l'espace aérien des trois pays.",
        frozenset(),
        "fr",
    ),
    (
        "The Royal Netherlands Navy and the Royal Navy have operated the UK/Netherlands Amphibious Force since 1973, "
        "one of the oldest binational naval arrangements in NATO.",
        frozenset(),
        "en",
    ),
    (
        "The Belgian minehunter joined Standing NATO Mine Countermeasures Group 1 in the Baltic, operating alongside German, Polish and Estonian vessels.",
        frozenset(),
        "en",
    ),
    (
        "Die Deutsche Marine und die polnische Marine vereinbarten eine engere Zusammenarbeit bei der Minenabwehr in der Ostsee, "
        "einschließlich gemeinsamer Ausbildung in Eckernförde.",
        frozenset(),
        "de",
    ),
    (
        "Admiraal Rob Bauer, voorzitter van het Militair Comité van de NAVO, sprak de leden van het Benelux-parlement toe over de dreiging aan de oostflank.",
        frozenset(),
        "nl",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command - positives
    # ------------------------------------------------------------------
    (
        "Vraag van de heer Pieter Claes aan de minister van Defensie over “Een gezamenlijk Benelux-helikoptercommando” (nr. 56003012C)\n"
        "Mijnheer de minister, in de pers lazen we dat België, Nederland en Luxemburg onderzoeken of hun helikoptercapaciteit in één gemeenschappelijk commando kan worden ondergebracht. "
        "Hoe ver staan deze gesprekken?",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Met België en Luxemburg is een intentieverklaring ondertekend om te komen tot een gemeenschappelijk helikoptercommando. "
        "In een eerste fase worden opleiding, onderhoud en inzetplanning gezamenlijk georganiseerd; de nationale zeggenschap over de inzet blijft behouden.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Het kabinet ziet in een Belgisch-Nederlandse helikopter-\nsamenwerking kansen om de schaarste aan vliegers en technici bij beide krijgsmachten op te vangen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "De Kamer,\ngehoord de beraadslaging,\n"
        "verzoekt de regering, samen met België en Luxemburg uit te werken hoe de Nederlandse Chinook- en NH90-vloot kan worden ingebracht in een gezamenlijk Benelux-helikoptercommando, "
        "en de Kamer hierover voor de begrotingsbehandeling te informeren,\nen gaat over tot de orde van de dag.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Belgische vliegers van de Wing Heli zouden in de toekomst samen met hun Nederlandse collega's vanuit Gilze-Rijen kunnen opereren, "
        "onder één gezamenlijke staf die de inzet van de transporthelikopters van beide landen plant.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "BINATIONALE HELIKOPTERSAMENWERKING\n"
        "De Luchtcomponent en het Defensie Helikopter Commando hebben afgesproken hun opleidingstrajecten voor NH90-bemanningen te bundelen "
        "en een gezamenlijk onderhoudsconcept uit te werken.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Nederland en België brengen hun militaire helikopters onder één gezamenlijk commando. "
        "Dat maakten de defensieministers van beide landen dinsdag bekend op vliegbasis Gilze-Rijen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Ook op het vlak van luchtmobiliteit, waar de Luchtcomponent door de vervroegde uitfasering van de NH90 TTH met een capaciteitsprobleem kampt, "
        "wordt gekeken naar nauwere samenwerking met Nederland, waarbij een gemeenschappelijk helikoptercommando als mogelijk eindpunt wordt genoemd.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Question de Mme Sophie Marchal au ministre de la Défense sur « la création d'un commandement hélicoptères Benelux »\n"
        "Monsieur le ministre, quelles capacités belges seraient placées sous ce commandement commun et où son état-major serait-il établi ?",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Le Luxembourg, qui a acquis deux hélicoptères H145M, souhaite s'associer au futur commandement hélicoptères belgo-néerlandais "
        "afin de bénéficier de la formation et de la maintenance communes.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "01.03 Le ministre : Les discussions avec mon homologue néerlandais sur un commandement commun pour nos hélicoptères avancent bien. "
        "Un groupe de travail binational remettra ses conclusions à la fin de l'année.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "RECOMMANDATION DU PARLEMENT BENELUX relative à la coopération en matière d'hélicoptères militaires\n"
        "Le Parlement Benelux recommande aux trois gouvernements d'accélérer la mise en place d'un commandement hélicoptères commun.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Belgium, the Netherlands and Luxembourg are exploring a joint Benelux helicopter command that would pool training, maintenance "
        "and operational planning while leaving each nation free to decide on deployments.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "According to the study, a binational Belgian-Dutch rotary-wing headquarters could reduce the cost per flight hour by up to fifteen per cent.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Belgien und die Niederlande prüfen die Einrichtung eines gemeinsamen Hubschrauberkommandos, in das auch Luxemburg eingebunden werden soll.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command - hard negatives
    # ------------------------------------------------------------------
    (
        "Het Defensie Helikopter Commando (DHC) in Gilze-Rijen neemt de komende jaren nieuwe CH-47F Chinooks in gebruik; de oudere toestellen worden afgestoten.",
        frozenset(),
        "nl",
    ),
    (
        "Nederlandse Chinook-bemanningen trainen jaarlijks in Texas in het kader van een bilaterale afspraak met het Amerikaanse leger.",
        frozenset(),
        "nl",
    ),
    (
        "Benelux-samenwerking bij luchttransport: de Belgische en Luxemburgse A400M's vliegen vanuit Melsbroek in een binationale eenheid.",
        frozenset(),
        "nl",
    ),
    (
        "Vraag van mevrouw Ann Peeters aan de minister van Defensie over “De beschikbaarheid van de NH90-helikopters”\n"
        "Hoeveel van de vier NH90 NFH-toestellen waren vorig jaar gemiddeld inzetbaar voor opsporings- en reddingsacties?",
        frozenset(),
        "nl",
    ),
    (
        "Het Belgische leger neemt de NH90 TTH-helikopters vervroegd uit dienst en huurt tijdelijk civiele helikopters voor transporttaken.",
        frozenset(),
        "nl",
    ),
    (
        "La Composante Air a reçu ses premiers hélicoptères H145M, qui remplacent les Agusta A109 au sein du Wing Heli de Beauvechain.",
        frozenset(),
        "fr",
    ),
    (
        "Les hélicoptères NH90 NFH de la Composante Air, basés à Coxyde, assurent la mission de recherche et de sauvetage en mer du Nord.",
        frozenset(),
        "fr",
    ),
    (
        "L'aviation légère de l'armée de Terre française (ALAT) et la Composante Air envisagent de former ensemble leurs pilotes d'hélicoptères à Dax.",
        frozenset(),
        "fr",
    ),
    (
        "Dutch helicopters will support the German Division Schnelle Kräfte, into which the 11th Airmobile Brigade has been integrated, "
        "under a German-Dutch agreement on air mobility.",
        frozenset(),
        "en",
    ),
    (
        "The Multinational Helicopter Training Centre in Sintra, Portugal, trains helicopter crews from a dozen European nations in tactical flying.",
        frozenset(),
        "en",
    ),
    (
        "Die niederländischen Chinooks sollen künftig gemeinsam mit den CH-47F der Bundeswehr gewartet werden; "
        "ein deutsch-niederländisches Ausbildungszentrum für Hubschrauberbesatzungen ist im Gespräch.",
        frozenset(),
        "de",
    ),
    (
        "Das Heer prüft, seine Hubschrauberverbände in einem eigenen Kommando zusammenzufassen.",
        frozenset(),
        "de",
    ),
    (
        "Twee H225M-helikopters van het Defensie Helikopter Commando ondersteunen deze week de Nationale Politie bij de beveiliging van de top.",
        frozenset(),
        "nl",
    ),
    # ------------------------------------------------------------------
    # c-uas - positives
    # ------------------------------------------------------------------
    (
        "Vraag van mevrouw Lotte De Smet aan de minister van Defensie over “Drones boven militaire domeinen”\n"
        "Mijnheer de minister, na de recente waarnemingen boven Kleine-Brogel rijst de vraag of Defensie over voldoende middelen beschikt om drones te detecteren en te neutraliseren. "
        "Welke antidronesystemen zijn momenteel operationeel?",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Defensie schaft op korte termijn extra counter-drone-systemen (C-UAS) aan ter bescherming van kazernes, vliegbases en munitiedepots.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Het kabinet trekt extra middelen uit voor drone-\nbestrijding, waaronder jammers, detectieradars en onderscheppingsdrones.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "De Kamer,\ngehoord de beraadslaging,\n"
        "verzoekt de regering, de bescherming van vitale infrastructuur tegen kleine onbemande luchtvaartuigen met spoed te versterken, "
        "onder meer door de aanschaf van detectie- en uitschakelcapaciteit,\nen gaat over tot de orde van de dag.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Het leger zette tijdens het weekend een systeem in dat verdachte kleine onbemande toestellen boven de haven van Antwerpen kan opsporen en desnoods uit de lucht kan halen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Question de M. Julien Hardy au ministre de la Défense sur « la lutte anti-drones »\n"
        "Monsieur le ministre, quels moyens de détection et de neutralisation de drones la Défense a-t-elle déployés autour des bases aériennes depuis les survols signalés ?",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Le gouvernement a débloqué 50 millions d'euros pour l'achat urgent de systèmes anti-drones destinés à protéger les infrastructures critiques et les sites militaires.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Les brouilleurs acquis par la Défense permettent de couper la liaison entre un drone et son télépilote dans un rayon de plusieurs kilomètres.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "PROTECTION DES INFRASTRUCTURES CRITIQUES\n"
        "La Composante Terre disposera à terme de canons antiaériens capables d'abattre des drones de petite taille, complétés par des drones intercepteurs.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Dans le cadre du plan de renforcement de la défense aérienne, qui comprend aussi l'acquisition de systèmes NASAMS et la modernisation des radars, "
        "une attention particulière sera accordée à la lutte contre les petits drones, dont la menace a été mise en évidence par la guerre en Ukraine.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Counter-UAS capabilities have become a top priority for NATO allies after a series of drone incursions into Polish airspace in September 2025.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "The so-called 'drone wall' is meant to give frontline states a layered network of sensors, jammers and interceptors against hostile drones.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "The Netherlands has ordered Skyranger 30 systems mounted on ACSV G5 vehicles to protect its manoeuvre units against drones.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Die Bundeswehr soll nach dem Willen der Bundesregierung mehr Befugnisse zur Drohnenabwehr erhalten; bislang ist hierfür im Inland grundsätzlich die Polizei zuständig.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Der Bundestag fordert die Bundesregierung auf, die Fähigkeiten zur Abwehr unbemannter Luft-\nfahrzeuge an Liegenschaften der Bundeswehr zügig auszubauen.",
        frozenset({"c-uas"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # c-uas - hard negatives
    # ------------------------------------------------------------------
    (
        "De eerste van de vier MQ-9B SkyGuardian-drones is geleverd aan de Luchtcomponent.",
        frozenset(),
        "nl",
    ),
    (
        "Nederland levert via de dronecoalitie opnieuw duizenden FPV-drones aan Oekraïne.",
        frozenset(),
        "nl",
    ),
    (
        "Rusland voerde afgelopen nacht een grootschalige aanval uit met honderden Shahed-drones op Oekraïense steden; in Kyiv vielen meerdere doden.",
        frozenset(),
        "nl",
    ),
    (
        "Vraag van de heer Bart Willems aan de minister van Defensie over “De aankoop van drones voor de Landcomponent”\n"
        "Hoeveel minidrones voor verkenning werden er in 2024 aangekocht en bij welke eenheden zijn ze ingedeeld?",
        frozenset(),
        "nl",
    ),
    (
        "La Défense développe avec des start-up belges une capacité de drones de reconnaissance et de munitions rôdeuses pour la Composante Terre.",
        frozenset(),
        "fr",
    ),
    (
        "Des drones ont été aperçus au-dessus de l'aéroport de Zaventem jeudi soir, entraînant l'interruption du trafic aérien pendant plusieurs heures.",
        frozenset(),
        "fr",
    ),
    (
        "La Belgique a rejoint la coalition « drones » menée par la Lettonie et le Royaume-Uni, qui vise à livrer un grand nombre de drones à l'Ukraine.",
        frozenset(),
        "fr",
    ),
    (
        "The Royal Netherlands Army is creating drone units in every battalion, equipping soldiers with FPV and reconnaissance drones.",
        frozenset(),
        "en",
    ),
    (
        "GPS jamming attributed to Russia has disrupted civil aviation over the Baltic Sea for months.",
        frozenset(),
        "en",
    ),
    (
        "The Netherlands has deployed Patriot units to Poland to protect the Rzeszów logistics hub against ballistic and cruise missiles.",
        frozenset(),
        "en",
    ),
    (
        "Die Bundeswehr beschafft weitere Heron TP-Drohnen, die auch bewaffnet eingesetzt werden können.",
        frozenset(),
        "de",
    ),
    (
        "Ukrainische Seedrohnen haben erneut ein Schiff der russischen Schwarzmeerflotte getroffen.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # pesco - positives
    # ------------------------------------------------------------------
    (
        "Nederland neemt deel aan een groot aantal projecten binnen de permanente gestructureerde samenwerking (PESCO) en is coördinator van het project Military Mobility.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Vraag van de heer Tom Aerts aan de minister van Defensie over “De Belgische deelname aan PESCO-projecten”\n"
        "Mijnheer de minister, België coördineert een aantal projecten in het kader van de permanente gestructureerde samenwerking. "
        "Welke budgetten zijn daarvoor in 2025 uitgetrokken?",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Het kabinet hecht aan het nakomen van de twintig meer bindende verplichtingen die de lidstaten bij de start van de permanente ge-\n"
        "structureerde samenwerking zijn aangegaan.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "In zijn advies constateert de AIV dat PESCO tot dusver vooral een verzameling van kleinschalige projecten is gebleven "
        "en dat de lidstaten weinig bereid zijn hun nationale defensieplanning op Europese prioriteiten af te stemmen.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "De samenwerking op grond van artikel 46 VEU en het bijbehorende Protocol nr. 10, waaraan inmiddels zesentwintig lidstaten deelnemen, "
        "heeft nog niet geleid tot de beoogde gezamenlijke capaciteitsontwikkeling.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "De Verenigde Staten, Canada en Noorwegen zijn als derde staten toegelaten tot het Pesco-project militaire mobiliteit.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "De Kamer,\ngehoord de beraadslaging,\n"
        "verzoekt de regering, zich in Brussel in te zetten voor een strategische herziening van PeSCo waarbij het aantal projecten wordt beperkt "
        "en de nadruk komt te liggen op de grootste capaciteitstekorten,\nen gaat over tot de orde van de dag.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Hoewel Nederland, zoals in eerdere brieven uiteengezet en mede gelet op de ervaringen met de Europese inkoopinstrumenten, terughoudend is met het starten van nieuwe initiatieven, "
        "wordt de deelname aan de lopende projecten binnen de permanente gestructureerde samenwerking voortgezet.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La Belgique participe à une quinzaine de projets de la coopération structurée permanente (CSP) et en coordonne plusieurs, "
        "dont celui consacré aux systèmes autonomes de lutte contre les mines.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Question de Mme Claire Dumont au ministre de la Défense sur « la CSP »\n"
        "Monsieur le ministre, lors du dernier Conseil, une nouvelle vague de projets CSP a été adoptée. La Belgique y participe-t-elle ?",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Lancée en décembre 2017, la coopération structurée permanente réunit aujourd'hui vingt-six États membres "
        "qui se sont engagés à augmenter régulièrement leurs budgets de défense en termes réels.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Le Parlement Benelux recommande aux trois gouvernements de renforcer leur participation commune aux projets de la coopération struc-\nturée permanente.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Projects developed within Permanent Structured Cooperation can receive a higher co-financing rate under the European Defence Fund.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Deutschland ist an zahlreichen Projekten der Ständigen Strukturierten Zusammenarbeit (SSZ) beteiligt und koordiniert unter anderem das European Medical Command.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Mit der SSZ, im Englischen PESCO genannt, haben sich die teilnehmenden Mitgliedstaaten zu verbindlicheren Verpflichtungen in der Verteidigungspolitik bekannt.",
        frozenset({"pesco"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # pesco - hard negatives
    # ------------------------------------------------------------------
    (
        "Via het Europees Defensiefonds (EDF) ontvangen Nederlandse bedrijven en kennisinstellingen dit jaar ruim 80 miljoen euro voor onderzoeks- en ontwikkelingsprojecten.",
        frozenset(),
        "nl",
    ),
    (
        "De Europese Vredesfaciliteit (EPF) vergoedt een deel van de Nederlandse militaire steun aan Oekraïne.",
        frozenset(),
        "nl",
    ),
    (
        "Met de SAFE-verordening stelt de Europese Unie tot 150 miljard euro aan leningen beschikbaar voor gezamenlijke defensieaankopen.",
        frozenset(),
        "nl",
    ),
    (
        "De Europese Commissie presenteerde een nieuw pakket voor militaire mobiliteit; via de Connecting Europe Facility wordt geïnvesteerd in infrastructuur voor tweeërlei gebruik.",
        frozenset(),
        "nl",
    ),
    (
        "Het kabinet steunt het voorstel voor een Europees defensie-industrieprogramma (EDIP), mits de middelen ook toegankelijk blijven voor het Nederlandse mkb.",
        frozenset(),
        "nl",
    ),
    (
        "Le programme européen pour l'industrie de la défense (EDIP) doit prendre le relais de l'instrument EDIRPA pour soutenir les acquisitions conjointes.",
        frozenset(),
        "fr",
    ),
    (
        "La revue annuelle coordonnée en matière de défense (CARD), menée par l'Agence européenne de défense, recense les lacunes capacitaires des États membres.",
        frozenset(),
        "fr",
    ),
    (
        "Selon l'enquête, les cadres et professions intellectuelles supérieures (CSP+) sont surreprésentés parmi les officiers recrutés ces dernières années.",
        frozenset(),
        "fr",
    ),
    (
        "Die Schiffssicherungszentrale (SSZ) der Fregatte koordiniert im Gefechtsfall die Brand- und Leckabwehr.",
        frozenset(),
        "de",
    ),
    (
        "Der Europäische Verteidigungsfonds (EVF) fördert gemeinsame Forschungs- und Entwicklungsvorhaben der europäischen Rüstungsindustrie.",
        frozenset(),
        "de",
    ),
    (
        "In the hills of Campania, villagers still call the peach tree 'il pesco', and the orchards near the former NATO command in Bagnoli were once famous for them.",
        frozenset(),
        "en",
    ),
    (
        "Lieutenant Colonel Marco Pesco, commander of the Italian contingent in Latvia, briefed the visiting delegation of the Benelux Parliament.",
        frozenset(),
        "en",
    ),
    # ------------------------------------------------------------------
    # multi-topic
    # ------------------------------------------------------------------
    (
        "The PESCO project 'Counter Unmanned Aerial System (C-UAS)', coordinated by Italy, aims to develop a system able to detect, track and neutralise mini and micro drones.",
        frozenset({"pesco", "c-uas"}),
        "en",
    ),
    (
        "België overweegt toe te treden tot het PESCO-project rond drone-afweer, om de eigen capaciteit om kleine drones te detecteren en uit te schakelen te versterken.",
        frozenset({"pesco", "c-uas"}),
        "nl",
    ),
    (
        "Les futures frégates de lutte anti-sous-marine belgo-néerlandaises seront équipées de moyens de lutte anti-drones, "
        "dont des canons à munitions programmables et des brouilleurs.",
        frozenset({"benesam", "c-uas"}),
        "fr",
    ),
    (
        "In de beleidsnota wordt voorgesteld om, naast de bestaande marinesamenwerking onder Admiraal Benelux, "
        "ook een gezamenlijk helikoptercommando met Nederland en Luxemburg op te richten.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Belgium coordinates the PESCO project on maritime semi-autonomous systems for mine countermeasures (MAS MCM), whose results are expected "
        "to feed into the toolbox of the new minehunters that Belgium and the Netherlands are acquiring together.",
        frozenset({"pesco", "benesam"}),
        "en",
    ),
    (
        "Neben ihrer Beteiligung an SSZ-Projekten wie der Hubschrauberausbildung unter Hitze- und Höhenbedingungen wollen Belgien und die Niederlande "
        "ein gemeinsames Hubschrauberkommando aufbauen.",
        frozenset({"pesco", "benelux-helicopter-command"}),
        "de",
    ),
    (
        "BENELUX-SAMENWERKING – STAND VAN ZAKEN\n"
        "1. Marine: de eerste mijnenbestrijdingsvaartuigen voor België en Nederland zijn te water gelaten;\n"
        "2. Helikopters: een intentieverklaring over een Benelux-helikoptercommando is in voorbereiding;\n"
        "3. Luchtverdediging: er wordt gezamenlijk gekeken naar middelen om kleine drones op te sporen en uit te schakelen.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas"}),
        "nl",
    ),
    (
        "Question de M. Marc Lefèvre au ministre de la Défense sur « la coopération navale et la CSP »\n"
        "Monsieur le ministre, l'école de guerre des mines belgo-néerlandaise d'Ostende pourrait-elle devenir un centre de formation "
        "dans le cadre d'un projet de la coopération structurée permanente ?",
        frozenset({"benesam", "pesco"}),
        "fr",
    ),
    (
        "Le futur commandement hélicoptères belgo-néerlandais devra aussi assurer la protection des appareils au sol contre les drones, "
        "grâce à des systèmes de détection et de brouillage mis en commun.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "fr",
    ),
    (
        "Im Rahmen der SSZ wird zudem ein Projekt zur Abwehr von Kleinstdrohnen vorangetrieben, an dem sich auch die Niederlande beteiligen.",
        frozenset({"pesco", "c-uas"}),
        "de",
    ),
    (
        "Het kabinet wil de ervaringen uit de Belgisch-Nederlandse marinesamenwerking inbrengen bij de PESCO-projecten op maritiem gebied.",
        frozenset({"benesam", "pesco"}),
        "nl",
    ),
    # ------------------------------------------------------------------
    # defence, no topic
    # ------------------------------------------------------------------
    (
        "De federale regering heeft beslist de defensie-uitgaven dit jaar op te trekken tot 2 procent van het bbp.",
        frozenset(),
        "nl",
    ),
    (
        "De Tweede Kamer stemde in met de aanschaf van zes extra F-35-jachtvliegtuigen, waarmee de vloot uitkomt op 58 toestellen.",
        frozenset(),
        "nl",
    ),
    (
        "Vraag van mevrouw Nele Maes aan de minister van Defensie over “Het munitietekort bij de Landcomponent”\n"
        "Mijnheer de minister, hoeveel dagen kan de Landcomponent op dit moment gevechtsoperaties volhouden met de beschikbare munitievoorraad?",
        frozenset(),
        "nl",
    ),
    (
        "Het kabinet introduceert het Defensie Dienjaar voor jongeren die na hun opleiding een jaar bij de krijgsmacht willen werken.",
        frozenset(),
        "nl",
    ),
    (
        "La Belgique s'est engagée, lors du sommet de l'OTAN à La Haye, à consacrer 3,5 % de son PIB aux dépenses de défense essentielles d'ici 2035.",
        frozenset(),
        "fr",
    ),
    (
        "Les premiers F-35 belges ont atterri à Florennes, où ils remplaceront progressivement les F-16.",
        frozenset(),
        "fr",
    ),
    (
        "Luxembourg's defence investment plan focuses on space and satellite communications, including the LUXEOSys Earth observation satellite.",
        frozenset(),
        "en",
    ),
    (
        "Belgium will again contribute troops to NATO's Forward Land Forces in Romania under French leadership.",
        frozenset(),
        "en",
    ),
    (
        "Die Brigade Litauen der Bundeswehr soll bis 2027 vollständig einsatzbereit sein.",
        frozenset(),
        "de",
    ),
    (
        "Die Niederlande haben 46 Kampfpanzer vom Typ Leopard 2A8 bestellt und bauen damit wieder ein eigenes Panzerbataillon auf.",
        frozenset(),
        "de",
    ),
]

BLIND_C: list[tuple[str, frozenset[str], str]] = [
    (
        "Vraag van de heer Van den Bergh aan de minister van Defensie over de vervanging van de mijnenjagers. "
        "Bij de ondertekening van het contract in 2019 werd aangekondigd dat Naval Group en Kership twaalf nieuwe "
        "mijnenbestrijdingsvaartuigen zouden bouwen, zes voor de Marinecomponent en zes voor de Koninklijke Marine. "
        "Intussen is de levering van het eerste schip meermaals uitgesteld. Kan de minister meedelen welke nieuwe "
        "planning met de Nederlandse partner werd afgesproken en of de opleidingscapaciteit in Oostende daarop werd afgestemd?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Réponse du ministre de la Défense. La coopération navale entre la Belgique et les Pays-Bas remonte à 1948 et a été "
        "approfondie en 1996 par la création d'un commandement opérationnel commun. Les unités des deux marines sont depuis "
        "lors conduites par l'Amiral Benelux (ABNL), dont l'état-major binational est installé à Den Helder; le commandant de "
        "la Composante Marine en est l'adjoint. Ce modèle permet à notre pays de disposer d'une capacité navale crédible "
        "malgré une flotte de taille réduite.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Few bilateral defence relationships in Europe run as deep as the one between the Belgian and Dutch navies. Under the "
        "arrangement known as BENESAM, the two fleets share a single operational headquarters and have split maintenance and "
        "training along ship types: the Netherlands looks after the frigates, Belgium after the minehunters. The logic has now "
        "been extended to procurement, with both countries buying identical replacements for each class.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Met deze brief informeer ik uw Kamer over de voortgang van het project Vervanging Mijnenbestrijdingscapaciteit (rMCM). "
        "Het project wordt uitgevoerd samen met België, dat voor de verwerving van de vaartuigen en de onbemande systemen als "
        "leidende natie optreedt. Omgekeerd neemt Nederland de leiding bij de verwerving van de nieuwe ASW-fregatten, waarvan er "
        "eveneens twee voor de Belgische marine worden gebouwd. Deze verdeling vloeit voort uit de taakverdeling die al decennia "
        "binnen de Belgisch-Nederlandse marinesamenwerking geldt.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "M. Dupont (MR). – Monsieur le ministre, la construction des deux frégates anti-sous-marines destinées à la Composante "
        "Marine a été confiée au chantier Damen, dans le cadre du programme mené conjointement avec la Marine royale "
        "néerlandaise. Pouvez-vous confirmer que la première unité belge sera livrée en 2029 et que son entretien sera assuré à "
        "Den Helder, conformément au partage des tâches convenu entre les deux marines?",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Die belgische und die niederländische Marine arbeiten seit Jahrzehnten so eng zusammen wie kaum zwei andere "
        "Seestreitkräfte in Europa. Die Einsätze beider Flotten werden von einem gemeinsamen Stab in Den Helder unter dem Befehl "
        "des Admirals Benelux geführt. Ausbildung und Instandhaltung sind nach Schiffstypen aufgeteilt: Die Fregatten werden in "
        "den Niederlanden, die Minenjagdboote in Belgien gewartet.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "Belgische en Nederlandse matrozen die samen in de schoolbanken zitten: in Oostende is het al bijna vijftig jaar de "
        "gewoonste zaak van de wereld. De binationale mijnenbestrijdingsschool, beter bekend als EGUERMIN, bereidt zich nu voor "
        "op de komst van de nieuwe schepen en hun onbemande onderwaterdrones. ‘Wie hier lesgeeft, moet straks zowel Belgische "
        "als Nederlandse bemanningen kunnen opleiden op systemen die nog volop in ontwikkeling zijn’, zegt de schoolcommandant.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Le Parlement Benelux, considérant que l'intégration des marines belge et néerlandaise au sein de l'Amirauté Benelux "
        "constitue depuis plus d'un quart de siècle un exemple de coopération militaire réussie; considérant que les deux "
        "marines ont commandé ensemble leurs futurs chasseurs de mines et leurs futures frégates; recommande aux gouvernements "
        "belge et néerlandais de garantir le financement à long terme de ces programmes communs et de veiller à ce que les "
        "capacités de maintenance à Zeebrugge et à Den Helder suivent le rythme des livraisons.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "De leden van de VVD-fractie vragen hoe de staatssecretaris aankijkt tegen de capaciteit van het Marinebedrijf nu daar "
        "de komende jaren zowel de Nederlandse als de Belgische fregatten onderhouden moeten worden. Zij wijzen erop dat de "
        "taakverdeling binnen BeNeSam juist bedoeld was om dubbele investeringen te voorkomen, maar dat het personeelstekort in "
        "Den Helder die afspraak onder druk zet. Kan de staatssecretaris toezeggen dat de Belgische partner tijdig wordt "
        "betrokken als de planning moet worden bijgesteld?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "The handover of the first vessel of the new class marks a milestone for a programme that was always about more than "
        "hardware. Twelve ships are being delivered to two navies that intend to operate them as one: Belgian and Dutch crews "
        "will train together at the binational mine warfare school in Ostend, spare parts will be pooled, and the ships will "
        "deploy under a common operational command in Den Helder.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Le chasseur de mines Oostende, premier des douze navires commandés conjointement par la Belgique et les Pays-Bas, a "
        "rejoint Zeebrugge après plusieurs semaines d'essais en mer. Son jumeau néerlandais, le Vlissingen, doit suivre dans "
        "les prochains mois. Les deux bâtiments sont équipés d'une « boîte à outils » de drones de surface et sous-marins "
        "destinés à repérer et neutraliser les mines à distance.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Antwoord: De operationele aansturing van de schepen van de Marinecomponent gebeurt vanuit het binationale hoofdkwartier "
        "in Den Helder. De Nederlandse Commandant Zeestrijdkrachten treedt daar tevens op als Admiraal Benelux; de Belgische "
        "commandant is zijn adjunct. In vredestijd is de ABNL-staf verantwoordelijk voor de training en de operationele "
        "gereedheid van beide vloten, terwijl de nationale bevoegdheden over de inzet van de eenheden onverkort behouden blijven.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Als Vorbild für die weitere Integration der deutschen und niederländischen Landstreitkräfte wird häufig die "
        "belgisch-niederländische Marinekooperation genannt. Dort führt seit 1996 ein gemeinsames Hauptquartier die Schiffe "
        "beider Länder, und neue Minenabwehrboote sowie Fregatten werden gemeinsam beschafft. Fachleute warnen allerdings, dass "
        "sich dieses Modell nicht ohne Weiteres auf Heeresverbände übertragen lasse.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "Question n° 612 de Mme Lambert. Situation des militaires belges affectés à Den Helder. Plusieurs dizaines de marins "
        "belges servent au sein de l'état-major binational de l'Amiral Benelux. Ils signalent des difficultés en matière de "
        "fiscalité, d'indemnités de résidence et de scolarité de leurs enfants. Quelles démarches ont été entreprises avec les "
        "autorités néerlandaises pour régler ces problèmes?",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat de levering van de nieuwe mijnenjagers die samen met België worden "
        "aangeschaft meerdere jaren vertraging heeft opgelopen; overwegende dat de huidige Alkmaarklasse het einde van haar "
        "levensduur heeft bereikt; verzoekt de regering om samen met de Belgische partner met de werf tot bindende afspraken over "
        "een nieuwe leverplanning te komen en de Kamer daarover voor de zomer te informeren, en gaat over tot de orde van de dag.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Collega's, de samenwerking tussen onze marine en de Nederlandse is geen papieren tijger. Onze fregatten worden in Den "
        "Helder onderhouden, hun mijnenjagers in Zeebrugge, en onze matrozen leren samen het vak in Oostende. Als er één domein "
        "is waar de samenwerking met onze noorderburen echt werkt, dan is het daar. Laat ons dat niet kapotbesparen.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Het fregat Louise-Marie is na vijf maanden teruggekeerd in Zeebrugge. Het schip nam deel aan de Europese operatie "
        "Aspides in de Rode Zee en begeleidde daar ruim dertig koopvaardijschepen. Volgens de Marinecomponent verliep de inzet "
        "zonder noemenswaardige incidenten, al wees de commandant op de zware belasting voor bemanning en materieel.",
        frozenset(),
        "nl",
    ),
    (
        "Vervanging Walrusklasse. Met de ondertekening van het contract met Naval Group is de verwerving van vier nieuwe "
        "onderzeeboten voor de Koninklijke Marine een belangrijke stap verder. De eerste twee boten worden in Cherbourg gebouwd; "
        "de instandhouding zal grotendeels in Den Helder plaatsvinden. Ik zal uw Kamer in de volgende voortgangsrapportage "
        "informeren over de risico's rond de planning.",
        frozenset(),
        "nl",
    ),
    (
        "Das Seebataillon der Deutschen Marine wird schrittweise in das niederländische Korps Mariniers integriert. Nach dem "
        "Vorbild der bereits integrierten Heeresbrigaden sollen deutsche Marineinfanteristen künftig unter niederländischem "
        "Kommando üben und eingesetzt werden. Die Kooperation umfasst auch die gemeinsame Nutzung des niederländischen Joint "
        "Support Ship Karel Doorman.",
        frozenset(),
        "de",
    ),
    (
        "The UK/Netherlands Amphibious Force, established in 1973, remains one of NATO's longest-standing bilateral naval "
        "arrangements. Royal Marines and Dutch marines train together in Norway each winter, and Dutch amphibious ships "
        "regularly embark British units. A review launched last year is examining how the force could be adapted to the "
        "littoral strike concept.",
        frozenset(),
        "en",
    ),
    (
        "Depuis l'accord Benelux de 2017, la Belgique et les Pays-Bas assurent à tour de rôle la police du ciel au-dessus de "
        "l'ensemble du territoire du Benelux. Les chasseurs en alerte (QRA) de l'une des deux forces aériennes peuvent ainsi "
        "intercepter un appareil suspect au-dessus du pays voisin, y compris le Luxembourg. Le passage au F-35 impose toutefois "
        "de revoir les procédures communes.",
        frozenset(),
        "fr",
    ),
    (
        "Het Beneluxparlement, overwegende dat de veiligheidssituatie in Europa een nauwere samenwerking tussen de drie "
        "Beneluxlanden vereist; beveelt de regeringen aan de gezamenlijke aankoop van munitie en reservedelen te versnellen, "
        "de militaire mobiliteit over de binnengrenzen te vereenvoudigen en jaarlijks een Benelux-defensietop te organiseren.",
        frozenset(),
        "nl",
    ),
    (
        "La Composante Marine et la Marine nationale française ont signé un arrangement technique portant sur la formation des "
        "plongeurs démineurs. Des plongeurs belges suivront désormais une partie de leur cursus à Toulon, tandis que des "
        "stagiaires français seront accueillis à Zeebrugge. L'accord prévoit également des exercices communs de neutralisation "
        "d'engins explosifs en Manche.",
        frozenset(),
        "fr",
    ),
    (
        "Met de indienststelling van Zr.Ms. Den Helder beschikt de Koninklijke Marine weer over twee bevoorradingsschepen. Het "
        "nieuwe Combat Support Ship moet de inzetbaarheid van de Nederlandse vloot op lange afstand vergroten. De marine "
        "waarschuwt wel dat het personeelstekort het lastig maakt om alle nieuwe schepen tegelijk te bemannen.",
        frozenset(),
        "nl",
    ),
    (
        "Belgium's new coastal patrol vessels, Castor and Pollux, have taken over fishery protection and maritime security "
        "tasks in the Belgian exclusive economic zone. Operated by the naval component from Zeebrugge, the ships also support "
        "the federal police and customs. A third vessel is being considered to cope with the growing need to monitor offshore "
        "wind farms and subsea cables.",
        frozenset(),
        "en",
    ),
    (
        "Die Deutsche Marine und die Königlich Niederländische Marine wollen bei der Minenabwehr enger zusammenarbeiten. Geplant "
        "sind gemeinsame Übungen in der Ostsee sowie ein Austausch von Ausbildern. Auch die Entsendung deutscher Stabsoffiziere "
        "nach Den Helder wird geprüft.",
        frozenset(),
        "de",
    ),
    (
        "België en Nederland bundelen hun krachten bij de opleiding van F-35-piloten en -technici. De Belgische Luchtcomponent "
        "zal daarbij gebruikmaken van de Nederlandse ervaring op de vliegbasis Leeuwarden. De ministers benadrukten dat deze "
        "Belgisch-Nederlandse samenwerking een logische volgende stap is na de gezamenlijke luchtruimbewaking.",
        frozenset(),
        "nl",
    ),
    (
        "Le chasseur de mines belge Bellis a été intégré pendant quatre mois au groupe permanent de lutte contre les mines de "
        "l'OTAN en mer Baltique. Il a participé à la recherche de munitions historiques au large de l'Estonie ainsi qu'à la "
        "surveillance des câbles sous-marins dans le cadre de l'activité Baltic Sentry.",
        frozenset(),
        "fr",
    ),
    (
        "Op de Benelux-top in Luxemburg spraken de premiers af de samenwerking op het gebied van defensie, cybersecurity en "
        "energie-infrastructuur verder te verdiepen. In de gezamenlijke verklaring wordt onder meer verwezen naar de "
        "bescherming van kritieke infrastructuur op de Noordzee en naar gezamenlijke opleidingen. Concrete nieuwe projecten "
        "werden niet aangekondigd.",
        frozenset(),
        "nl",
    ),
    (
        "Tijdens de bijeenkomst van de Benelux-defensieministers in Brussel hebben Nederland, België en Luxemburg een "
        "intentieverklaring ondertekend over de oprichting van een gezamenlijk Benelux-helikoptercommando. Het doel is de "
        "helikoptercapaciteiten van de drie landen stapsgewijs te integreren, te beginnen met opleiding, onderhoud en een "
        "gezamenlijke planning van de inzet. De nationale zeggenschap over de inzet van de toestellen blijft behouden. Een "
        "werkgroep zal voor het einde van het jaar een implementatieplan opstellen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Question de M. Lacroix au ministre de la Défense sur le commandement d'hélicoptères Benelux. La presse néerlandaise "
        "fait état d'un projet visant à regrouper les hélicoptères militaires belges, néerlandais et luxembourgeois sous un "
        "commandement commun. Monsieur le ministre, où en sont les discussions? Quelles seraient les conséquences pour le 1er "
        "Wing de Beauvechain et pour le personnel de maintenance?",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "BENELUX HELICOPTER COMMAND. The three governments have agreed to set up a combined headquarters that will eventually "
        "bring Belgian, Dutch and Luxembourg rotary-wing assets under a single command. The BNL Helicopter Command will start "
        "with joint training and maintenance before moving towards combined operational planning. Officials stress that each "
        "nation will retain the right to deploy its own aircraft.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Die Verteidigungsministerin hat gemeinsam mit ihren Amtskollegen aus Belgien und den Niederlanden eine "
        "Absichtserklärung zur Schaffung eines gemeinsamen Benelux-Hubschrauberkommandos unterzeichnet. Die Hubschrauber der "
        "Luxemburger Armee sollen künftig in diesen Verbund eingebracht werden. Ziel ist es, Ausbildung, Wartung und "
        "Einsatzplanung zu bündeln und so die Einsatzbereitschaft aller drei Flotten zu erhöhen.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Het lid Boswijk (CDA) vraagt of de vorming van een binationaal helikoptercommando met België gevolgen heeft voor de "
        "vliegbasis Gilze-Rijen en voor de positie van het Defensie Helikopter Commando. De staatssecretaris antwoordt dat "
        "Gilze-Rijen de thuisbasis van de Nederlandse helikopters blijft en dat in eerste instantie wordt gekeken naar "
        "gezamenlijke opleidingen en een gedeelde onderhoudsorganisatie voor de NH90.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Le Parlement Benelux, considérant que les forces armées belges, néerlandaises et luxembourgeoises exploitent en partie "
        "les mêmes types d'hélicoptères; considérant que la mutualisation de la formation et de la maintenance pourrait réduire "
        "sensiblement les coûts; recommande aux trois gouvernements d'accélérer la mise en place d'un commandement commun des "
        "hélicoptères et d'en rendre compte chaque année au Parlement Benelux.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Communiqué. Le ministre de la Défense a participé à la réunion des ministres de la Défense du Benelux, consacrée en "
        "grande partie aux voilures tournantes. Les hélicoptères de l'Armée luxembourgeoise seront intégrés dans la future "
        "structure de commandement trinationale, aux côtés des flottes belge et néerlandaise. Le ministre a salué « une étape "
        "concrète vers une défense Benelux plus intégrée ».",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Antwoord van de minister: De integratie van onze helikoptercapaciteit in een gezamenlijk commando met Nederland "
        "bevindt zich nog in de studiefase. Er worden synergieën onderzocht met het Nederlandse Defensie Helikopter Commando op "
        "het vlak van NH90-onderhoud, vlieginstructie en de opleiding van boordtechnici. Een definitieve beslissing over de "
        "structuur zal pas worden genomen na overleg met de Nederlandse en Luxemburgse collega's.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Belgian and Dutch military helicopter crews will train side by side at Gilze-Rijen from next year under a new "
        "bilateral arrangement, the two defence ministries announced on Tuesday. The agreement is seen as the first building "
        "block of the binational helicopter command that both countries have been discussing for several years.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Op de vliegbasis Gilze-Rijen staan sinds kort ook Belgische helikopters op het platform. Belgische en Nederlandse "
        "vliegers oefenen er samen nachtvluchten en landingen in moeilijk terrein, en de technici werken in dezelfde hangaar. "
        "‘Het idee is dat we op termijn als één helikoptereenheid kunnen optreden’, zegt een Belgische officier.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "HÉLICOPTÈRES : BRUXELLES ET LA HAYE POSENT LES BASES D'UN COMMANDEMENT COMMUN. Après des années de discussions, la "
        "Belgique et les Pays-Bas veulent mettre en commun leurs voilures tournantes. Le futur état-major binational serait "
        "chargé de la formation des équipages, de la maintenance des NH90 et, à terme, de la planification des missions. Le "
        "Luxembourg pourrait rejoindre la structure.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Vorbemerkung der Fragesteller: Belgien, die Niederlande und Luxemburg bauen ein gemeinsames Hubschrauberkommando auf. "
        "Nach Presseberichten soll die neue Struktur auch anderen Partnern offenstehen. Wir fragen die Bundesregierung: "
        "Inwieweit prüft die Bundesregierung eine Beteiligung deutscher Hubschrauberverbände an dem Benelux-Hubschrauberkommando?",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "De Kamer, gehoord de beraadslaging, overwegende dat België en Nederland deels dezelfde helikoptertypen gebruiken en "
        "kampen met vergelijkbare tekorten aan technisch personeel; verzoekt de regering samen met België en Luxemburg de "
        "oprichting van een gemeenschappelijk helikoptercommando uit te werken en de Kamer hierover uiterlijk in het eerste "
        "kwartaal te informeren, en gaat over tot de orde van de dag.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "One under-reported item on the Benelux defence agenda is rotary-wing integration. A joint command for Belgian and "
        "Dutch helicopters, with Luxembourg's small fleet attached, could relieve pressure on scarce instructors and technicians. "
        "Yet the project faces the same obstacles as earlier integration efforts: diverging fleets, national basing "
        "sensitivities and the question of who commands in a crisis.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Helikoptercapaciteit is bij uitstek een domein waarin verdere Benelux-integratie meerwaarde heeft. De raad beveelt aan "
        "het beoogde gezamenlijke helikoptercommando niet te beperken tot opleiding en onderhoud, maar ook de inzetplanning en "
        "de verwerving van toekomstige toestellen te integreren.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "M. Lemmens (PS). – La fusion progressive de nos hélicoptères avec ceux des Pays-Bas ne peut pas se faire au détriment "
        "de la base de Beauvechain. Je demande au gouvernement de garantir que l'état-major binational des hélicoptères "
        "comptera une part équitable de personnel belge et que les emplois de maintenance resteront en Wallonie.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Het Defensie Helikopter Commando heeft op de vliegbasis Gilze-Rijen de eerste van twaalf H225M Caracal-helikopters in "
        "ontvangst genomen. De toestellen zijn bestemd voor de ondersteuning van de special forces en vervangen de Cougars. "
        "Volgens de commandant van het DHC is de komst van de Caracal een belangrijke stap in de modernisering van de "
        "Nederlandse helikoptervloot.",
        frozenset(),
        "nl",
    ),
    (
        "Dutch CH-47F Chinook crews continue to train at Fort Hood in Texas, where the Royal Netherlands Air Force has "
        "maintained a permanent detachment for more than two decades. The arrangement gives Dutch aircrew access to large "
        "training areas and US Army expertise. With the delivery of the new Chinooks complete, the detachment will focus on "
        "mission qualification.",
        frozenset(),
        "en",
    ),
    (
        "La Composante Air a réceptionné le dernier des hélicoptères légers H145M commandés pour les opérations spéciales. Ces "
        "appareils, basés à Beauvechain, doivent permettre au Special Operations Regiment de disposer d'une capacité "
        "aéromobile propre, sans dépendre de moyens alliés.",
        frozenset(),
        "fr",
    ),
    (
        "Deutsche und niederländische Hubschrauberbesatzungen üben künftig gemeinsam am Internationalen "
        "Hubschrauberausbildungszentrum in Bückeburg. Die Vereinbarung sieht vor, dass niederländische NH90-Piloten Teile ihrer "
        "Grundausbildung in Niedersachsen absolvieren. Im Gegenzug stellt die niederländische Luftwaffe Ausbilder für das "
        "Simulatortraining.",
        frozenset(),
        "de",
    ),
    (
        "Des pilotes de NH90 belges ont effectué une partie de leur qualification au Cannet-des-Maures, dans le cadre d'un "
        "accord avec l'aviation légère de l'armée de Terre française. Cette coopération franco-belge doit permettre de combler "
        "le manque de moyens de formation en Belgique.",
        frozenset(),
        "fr",
    ),
    (
        "Vraag over de inzetbaarheid van de NH90-helikopters. Uit cijfers blijkt dat van de Belgische NH90's gemiddeld slechts "
        "een derde vliegklaar is. Welke maatregelen neemt de minister om de beschikbaarheid van de helikoptervloot van de "
        "Luchtcomponent te verbeteren, en klopt het dat onderdelen uit andere toestellen worden gekannibaliseerd?",
        frozenset(),
        "nl",
    ),
    (
        "De Koninklijke Luchtmacht laat haar AH-64D Apaches in de Verenigde Staten ombouwen tot de E-versie. De eerste "
        "gemoderniseerde toestellen zijn inmiddels teruggekeerd naar Gilze-Rijen. Tot de afronding van het project oefenen "
        "Nederlandse Apache-bemanningen deels in de VS, samen met Amerikaanse eenheden.",
        frozenset(),
        "nl",
    ),
    (
        "Dutch Cougar and NH90 crews joined Portuguese, Austrian and German units at the latest edition of the Hot Blade "
        "exercise in Portugal. The exercise focuses on operations in hot and high conditions and on interoperability between "
        "European helicopter forces.",
        frozenset(),
        "en",
    ),
    (
        "Les deux hélicoptères H145M de l'Armée luxembourgeoise sont utilisés conjointement avec la Police grand-ducale pour "
        "des missions de surveillance, d'évacuation médicale et de soutien aux secours. Le gouvernement étudie l'acquisition "
        "d'appareils supplémentaires afin d'assurer une disponibilité permanente.",
        frozenset(),
        "fr",
    ),
    (
        "België en Nederland gaan samenwerken bij de opleiding van personeel voor hun MQ-9-drones. Nederlandse vliegers en "
        "sensoroperators kunnen gebruikmaken van de Belgische simulatoren in Florennes, terwijl Belgische technici in "
        "Leeuwarden worden opgeleid. Een gezamenlijk commando is volgens beide ministeries niet aan de orde.",
        frozenset(),
        "nl",
    ),
    (
        "Das Hubschraubergeschwader 64 der Luftwaffe bereitet sich auf die Einführung des schweren Transporthubschraubers "
        "CH-47F vor. Die ersten Maschinen sollen in Schönewalde stationiert werden; die Ausbildung der Besatzungen erfolgt "
        "zunächst in den Vereinigten Staaten.",
        frozenset(),
        "de",
    ),
    (
        "Helikopters van het DHC ondersteunen deze winter de mariniers tijdens de oefening Cold Response in Noorwegen. Het "
        "commando zet Cougars en NH90's in voor troepentransport onder arctische omstandigheden, samen met Noorse en Britse "
        "eenheden.",
        frozenset(),
        "nl",
    ),
    (
        "Les NH90 NFH de la Composante Air, basés à Coxyde, assurent la mission de recherche et de sauvetage en mer du Nord. Ils "
        "peuvent également être embarqués à bord des frégates belges lors des déploiements. Le ministre a annoncé un plan pour "
        "améliorer leur disponibilité, jugée insuffisante.",
        frozenset(),
        "fr",
    ),
    (
        "Vraag van mevrouw Depoortere over drones boven militaire domeinen. In de nacht van vrijdag op zaterdag werden opnieuw "
        "meerdere drones waargenomen boven de vliegbasis van Kleine-Brogel. Beschikt Defensie vandaag over de middelen om zulke "
        "toestellen tijdig te detecteren en, indien nodig, uit te schakelen? Zo neen, binnen welke termijn zal de krijgsmacht "
        "over een volwaardige antidronecapaciteit beschikken?",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Réponse du ministre: À la suite des survols constatés au-dessus de plusieurs quartiers et bases aériennes, la Défense "
        "a accéléré l'acquisition de moyens de lutte anti-drones. Des systèmes de détection radar et radiofréquence, ainsi que "
        "des brouilleurs portatifs, ont été déployés à titre temporaire. Un marché pour une capacité permanente de "
        "neutralisation sera attribué dans les prochains mois.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Gesetzentwurf der Bundesregierung. Entwurf eines Gesetzes zur Änderung des Luftsicherheitsgesetzes. A. Problem und "
        "Ziel: Die zunehmende Zahl von Überflügen unbemannter Luftfahrzeuge über Kasernen, Flughäfen und kritischen "
        "Infrastrukturen erfordert eine Stärkung der Drohnenabwehr. Künftig soll die Bundeswehr im Wege der Amtshilfe befugt "
        "sein, Drohnen auch mit Waffengewalt abzuwehren, wenn die Polizei dazu nicht in der Lage ist.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "The war in Ukraine has shown that no European army can afford to treat counter-UAS as a niche. Layered defences "
        "combining radar, electro-optical sensors, electronic warfare and kinetic effectors are needed to protect manoeuvre "
        "units as well as airbases. The Commission's proposed drone defence initiative seeks to accelerate precisely this, "
        "though member states remain divided on how it should be funded.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Defensie versnelt de aanschaf van middelen voor de bestrijding van kleine onbemande luchtvaartuigen. Het gaat onder "
        "meer om mobiele detectiesystemen, stoorzenders en kinetische middelen voor de bescherming van kazernes en vliegbases. "
        "Daarnaast wordt de luchtverdedigingscapaciteit van de landmacht uitgebreid met Skyranger-systemen die specifiek "
        "geschikt zijn voor het uitschakelen van drones.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Communiqué du ministère de la Défense. Le gouvernement a décidé de renforcer la protection des sites militaires et des "
        "infrastructures critiques face à la menace des drones. L'Armée luxembourgeoise sera dotée de systèmes de détection et "
        "de neutralisation, acquis en coordination avec la Police grand-ducale. La ministre a souligné que « la lutte contre "
        "les drones malveillants est désormais une priorité ».",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Nach mehreren Drohnensichtungen in der Nähe des Flughafens Findel hat die Regierung beschlossen, ein System zur "
        "Erkennung und Abwehr unbemannter Flugobjekte anzuschaffen. Die Anlage soll gemeinsam von Armee und Polizei betrieben "
        "werden und auch bei Großveranstaltungen in der Hauptstadt zum Einsatz kommen.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Het ziet eruit als een gewoon geweer, maar het schiet geen kogels. Met de dronejammer die de landmacht deze week op de "
        "Harskamp demonstreerde, kunnen militairen de verbinding tussen een drone en zijn piloot verstoren, waarna het toestel "
        "automatisch landt of terugkeert. ‘Elke compagnie moet zich straks zelf tegen drones kunnen beschermen’, zegt de "
        "projectofficier.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Ukrainian units have increasingly turned to cheap interceptor drones to bring down Russian Shahed-type attack drones, "
        "supplementing mobile fire groups armed with heavy machine guns. The approach drastically lowers the cost per "
        "interception compared with surface-to-air missiles, and several European armies are now testing similar interceptors.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "M. Lemaire (Les Engagés). – Monsieur le ministre, ces derniers jours, des drones ont survolé Elsenborn, "
        "Marche-en-Famenne et Florennes. Nos militaires les ont vus, les ont filmés, mais n'ont rien pu faire. Il est "
        "inacceptable que notre armée ne soit pas capable d'abattre ou de brouiller un drone au-dessus de ses propres casernes.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Mit dem Flugabwehrkanonenpanzer Skyranger 30 schließt das Heer eine Fähigkeitslücke, die seit der Ausmusterung des "
        "Gepard besteht. Das System ist vor allem für die Bekämpfung von Drohnen und anderen Kleinstflugzielen ausgelegt und "
        "soll die Brigaden im Gefecht begleiten.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Belgium will spend an initial €50 million on counter-drone equipment following a wave of sightings over military "
        "bases and the Doel nuclear plant, the defence minister said. Part of the money goes to mobile detection units, part to "
        "jamming and interception systems that can be deployed at short notice.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat de afgelopen maanden herhaaldelijk onbekende drones boven "
        "kazernes, vliegbases en havens zijn waargenomen; van mening dat Defensie in staat moet zijn deze tijdig op te sporen en "
        "te neutraliseren; verzoekt de regering de verwerving van dronedetectie- en afweersystemen te versnellen, en gaat over "
        "tot de orde van de dag.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "La frégate Louise-Marie a abattu deux drones lancés par les Houthis alors qu'elle escortait un navire marchand en mer "
        "Rouge. Selon la Défense, les engins ont été détectés à plusieurs kilomètres puis neutralisés par l'artillerie de bord. "
        "Il s'agit de la première fois qu'un navire belge fait usage de ses armes contre une menace aérienne réelle.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Tijdens de oefening werden meerdere aanvallende drones tijdig gedetecteerd en met storingsapparatuur tot landen "
        "gedwongen. Eén toestel dat zijn route ongestoord vervolgde, werd door een scherpschutter uitgeschakeld. De evaluatie "
        "moet uitwijzen of de huidige middelen volstaan om een kampement tegen een zwerm te beschermen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Allied air and missile defence must increasingly be understood to include defence against small, cheap drones. "
        "NATO's Eastern Sentry activity, launched after drones violated Polish airspace, combines fighter aircraft, "
        "ground-based air defence and new sensor networks designed to detect low-flying unmanned systems.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Le Centre d'expertise de la Défense a organisé à Marche-en-Famenne une démonstration de solutions anti-UAS proposées "
        "par des entreprises belges. Radars compacts, caméras thermiques et systèmes de prise de contrôle à distance étaient "
        "présentés aux unités chargées de la protection des quartiers.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Uitbreiding MQ-9A Reaper. Met deze brief informeer ik u over het besluit om vier extra toestellen aan te schaffen, "
        "waarmee de vloot op acht komt. De onbemande vliegtuigen worden op de vliegbasis Leeuwarden gestationeerd en zullen "
        "ook bewapend kunnen worden.",
        frozenset(),
        "nl",
    ),
    (
        "La Composante Air a réceptionné le premier de ses drones MQ-9B SkyGuardian à Florennes. Ces appareils de surveillance "
        "à longue endurance doivent permettre à la Belgique de contribuer aux missions de renseignement de l'OTAN et de "
        "soutenir les opérations nationales.",
        frozenset(),
        "fr",
    ),
    (
        "Russia launched more than 400 drones and several missiles at Ukrainian cities overnight, the heaviest attack in weeks. "
        "Residential buildings in Kyiv and Lviv were hit, and energy infrastructure in the west of the country was damaged, "
        "leaving tens of thousands without power.",
        frozenset(),
        "en",
    ),
    (
        "Nederland draagt dit jaar opnieuw honderden miljoenen euro bij aan de internationale dronecoalitie voor Oekraïne. Het "
        "geld gaat naar de productie van FPV-drones en langeafstandsdrones door Oekraïense en Europese fabrikanten.",
        frozenset(),
        "nl",
    ),
    (
        "Die Bundeswehr beschafft Loitering Munition von zwei deutschen Herstellern. Die sogenannten Kamikazedrohnen sollen "
        "zunächst bei der Panzerbrigade 45 in Litauen erprobt werden, bevor über eine größere Bestellung entschieden wird.",
        frozenset(),
        "de",
    ),
    (
        "Chaque bataillon d'infanterie de la Composante Terre disposera d'ici 2027 d'une section de drones tactiques. Ces "
        "mini-drones de reconnaissance permettront aux commandants de compagnie de voir au-delà de la ligne de crête et de "
        "guider les tirs d'artillerie.",
        frozenset(),
        "fr",
    ),
    (
        "In Oirschot leren infanteristen van de 13e Lichte Brigade hoe ze met een FPV-drone een doel kunnen verkennen en "
        "aanvallen. De landmacht richt in elke brigade een drone-eenheid op en wil binnen twee jaar duizenden van deze "
        "goedkope toestellen in gebruik hebben.",
        frozenset(),
        "nl",
    ),
    (
        "Houthi forces claimed responsibility for a drone attack on a Liberian-flagged bulk carrier in the Gulf of Aden. The "
        "ship reported minor damage and no casualties and continued its voyage.",
        frozenset(),
        "en",
    ),
    (
        "Le Luxembourg contribue à hauteur de plusieurs millions d'euros à la coalition drones pour l'Ukraine, coordonnée par "
        "la Lettonie. Ces fonds serviront à l'achat de drones de reconnaissance et de drones d'attaque produits en Europe.",
        frozenset(),
        "fr",
    ),
    (
        "Die ukrainischen Streitkräfte erhalten weitere Kampfdrohnen des Typs HX-2 aus deutscher Produktion. Die "
        "Bundesregierung finanziert die Lieferung aus dem Budget für die Ertüchtigungsinitiative.",
        frozenset(),
        "de",
    ),
    (
        "Vraag over de opleiding van dronepiloten bij Defensie. Hoeveel militairen volgden het voorbije jaar een opleiding tot "
        "bestuurder van een drone, en welke types onbemande luchtvaartuigen worden momenteel door de Landcomponent gebruikt?",
        frozenset(),
        "nl",
    ),
    (
        "Ukrainian sea drones have forced the Russian Black Sea Fleet to move most of its ships away from Sevastopol. The "
        "attacks, carried out by remotely piloted explosive boats, have sunk or damaged several warships.",
        frozenset(),
        "en",
    ),
    (
        "Vraag over de Belgische deelname aan PESCO. België neemt momenteel deel aan een groot aantal projecten binnen de "
        "permanente gestructureerde samenwerking. Kan de minister een overzicht geven van de projecten waarin ons land "
        "coördinator is, en van de budgetten die daarvoor in de begroting zijn ingeschreven?",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La Belgique coordonne le projet « Systèmes maritimes (semi-)autonomes de lutte contre les mines » (MAS MCM), lancé "
        "dans le cadre de la coopération structurée permanente. Ce projet vise à développer une capacité européenne de "
        "déminage reposant sur des drones de surface et sous-marins, en associant plusieurs États membres et l'industrie.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Antwort der Bundesregierung. Deutschland beteiligt sich derzeit an mehr als vierzig Projekten der Ständigen "
        "Strukturierten Zusammenarbeit (SSZ/PESCO) und koordiniert mehrere davon, darunter das Europäische Sanitätskommando. "
        "Die Bundesregierung setzt sich dafür ein, dass die SSZ-Projekte stärker an den Prioritäten der EU-Fähigkeitsplanung "
        "ausgerichtet werden.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Seven years after its launch, PESCO has produced more projects than results. The strategic review acknowledged that "
        "many of the sixty-odd projects remain at an early stage, and that participating member states have struggled to meet "
        "the binding commitments they signed up to in 2017.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Nederland is coördinator van het PESCO-project Military Mobility, waaraan inmiddels vrijwel alle lidstaten en ook de "
        "Verenigde Staten, Canada, Noorwegen en het Verenigd Koninkrijk deelnemen. Het project richt zich op het wegnemen van "
        "juridische en procedurele belemmeringen voor grensoverschrijdend militair transport.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Le Luxembourg participe à plusieurs projets de la coopération structurée permanente, notamment dans les domaines de "
        "la mobilité militaire, de la cyberdéfense et des communications par satellite. Conformément aux engagements pris lors "
        "de l'adhésion à la CSP, le pays présente chaque année un plan national de mise en œuvre.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Luxemburg hat sich von Beginn an an der Ständigen Strukturierten Zusammenarbeit beteiligt. Im Rahmen der SSZ bringt "
        "das Großherzogtum vor allem Fähigkeiten in den Bereichen Satellitenkommunikation und Weltraumlage ein, auch wenn seine "
        "finanziellen Beiträge naturgemäß bescheiden bleiben.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "De raad constateert dat PeSCo, zeven jaar na de start, vooral een raamwerk is gebleven. De juridisch bindende "
        "verplichtingen die de deelnemende lidstaten zijn aangegaan, worden nauwelijks afgedwongen. Nederland zou zich moeten "
        "inzetten voor een kleiner aantal projecten met een duidelijke operationele meerwaarde.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Mme Jadin (MR). – Monsieur le ministre, dans le cadre de la coopération structurée permanente, la Belgique s'est "
        "engagée à augmenter régulièrement ses investissements de défense. Or le dernier rapport annuel sur la mise en œuvre de "
        "la CSP montre que notre pays reste en queue de peloton pour plusieurs de ces engagements. Comment comptez-vous y "
        "remédier?",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "EU defence ministers approved a new batch of Pesco projects on Tuesday, ranging from a shared training centre for "
        "special forces to a common platform for military satellite communications. Britain's participation in the military "
        "mobility project was cited as a model for further third-country involvement.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "De minister zegt toe de Kamer jaarlijks te informeren over de nakoming van de PESCO-verplichtingen, met inbegrip van "
        "het nationale implementatieplan dat Nederland bij het secretariaat indient. De leden van de D66-fractie vragen daarbij "
        "aandacht voor de deelname van derde landen aan de projecten.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La révision stratégique de la coopération structurée permanente a réaffirmé les vingt engagements contraignants "
        "souscrits en 2017. Ceux-ci portent notamment sur la hausse des budgets de défense, la participation à des projets "
        "capacitaires communs et la disponibilité des forces. Leur respect fait l'objet d'une évaluation annuelle par le Haut "
        "Représentant.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Das SSZ-Projekt ‚Netzwerk logistischer Drehkreuze in Europa' wird von Deutschland koordiniert. Es soll die Verlegung "
        "von Truppen und Material innerhalb der Union beschleunigen, indem vorhandene Depots und Umschlagplätze der "
        "teilnehmenden Staaten gemeinsam genutzt werden.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "The three Benelux countries could make more systematic use of Permanent Structured Cooperation. So far, Belgium, the "
        "Netherlands and Luxembourg have mostly joined projects individually rather than tabling joint proposals, which limits "
        "their influence over the direction of the framework.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Antwoord: België neemt momenteel deel aan een dertigtal projecten van de Permanent Structured Cooperation en heeft "
        "voor twee daarvan het coördinatorschap opgenomen. Deelname aan PESCO-projecten is op zich geen bron van financiering; "
        "projecten kunnen wel een bonus krijgen bij oproepen van het Europees Defensiefonds.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Le Parlement Benelux recommande aux gouvernements de coordonner leurs positions au sein de la CSP (PESCO), d'examiner "
        "la possibilité de présenter conjointement de nouveaux projets et de faire rapport annuellement sur le respect de leurs "
        "engagements.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Belgische bedrijven en onderzoeksinstellingen haalden in de laatste oproep van het Europees Defensiefonds een "
        "recordbedrag binnen. Zij nemen deel aan consortia voor onder meer onderzeese sensoren, cyberdefensie en "
        "satellietcommunicatie.",
        frozenset(),
        "nl",
    ),
    (
        "Le programme européen pour l'industrie de la défense (EDIP), adopté après de longues négociations, prévoit 1,5 "
        "milliard d'euros pour soutenir les acquisitions conjointes et l'augmentation des capacités de production. Le texte "
        "comprend également un volet consacré à l'Ukraine.",
        frozenset(),
        "fr",
    ),
    (
        "Belgium has requested several billion euros in loans under SAFE, the EU's Security Action for Europe instrument. The "
        "government says the money will be used for air defence, ammunition and military mobility projects carried out jointly "
        "with other member states.",
        frozenset(),
        "en",
    ),
    (
        "Aus der Europäischen Friedensfazilität wurden bislang mehr als elf Milliarden Euro für die militärische "
        "Unterstützung der Ukraine bereitgestellt. Wegen der Blockade durch einen Mitgliedstaat sind weitere Tranchen jedoch "
        "seit Monaten eingefroren.",
        frozenset(),
        "de",
    ),
    (
        "Het CARD-rapport (Coordinated Annual Review on Defence) van het Europees Defensieagentschap constateert dat de "
        "lidstaten nog steeds grotendeels nationaal plannen en aanschaffen. Slechts een klein deel van de investeringen wordt "
        "in Europees verband gedaan.",
        frozenset(),
        "nl",
    ),
    (
        "Dans le cadre de l'instrument EDIRPA, la Belgique participe à un consortium pour l'acquisition conjointe de munitions "
        "de 155 mm. La Commission européenne prend en charge une partie des coûts afin d'encourager les achats groupés.",
        frozenset(),
        "fr",
    ),
    (
        "KFOR's Regional Command West, led by Italian Colonel Antonio Pesco, hosted a Belgian liaison team for the duration of "
        "the exercise. Colonel Pesco praised the cooperation between the contingents.",
        frozenset(),
        "en",
    ),
    (
        "Investigators are examining the cause of an explosion at a military ammunition depot near Pesco Sannita, in the "
        "Italian province of Benevento. No injuries were reported.",
        frozenset(),
        "en",
    ),
    (
        "Das neue Standortservicezentrum (SSZ) der Bundeswehr in Koblenz bündelt künftig Verwaltungsaufgaben mehrerer "
        "Dienststellen. Das SSZ soll die Truppe von Bürokratie entlasten.",
        frozenset(),
        "de",
    ),
    (
        "Une étude commandée par la Défense analyse le profil des candidats selon les catégories socioprofessionnelles (CSP) de "
        "leurs parents. Les jeunes issus des CSP supérieures restent sous-représentés parmi les candidats officiers.",
        frozenset(),
        "fr",
    ),
    (
        "La Direction de la Défense luxembourgeoise regroupera ses fonctions administratives dans un centre de services "
        "partagés (CSP). Ce CSP prendra en charge la gestion du personnel civil et les marchés publics de moindre envergure.",
        frozenset(),
        "fr",
    ),
    (
        "Het Beneluxparlement pleit voor een permanente, gestructureerde dialoog tussen de drie ministeries van Defensie, met "
        "een vast secretariaat en halfjaarlijkse overleggen op ambtelijk niveau. Zo'n vaste structuur moet voorkomen dat de "
        "Benelux-samenwerking afhankelijk blijft van de persoonlijke inzet van ministers.",
        frozenset(),
        "nl",
    ),
    (
        "The EU's defence toolbox has expanded rapidly: the European Defence Fund for joint research and development, EDIRPA "
        "and its successor EDIP for common procurement, and now SAFE's €150 billion in loans. Critics warn that the "
        "proliferation of instruments makes it hard for smaller member states to keep up.",
        frozenset(),
        "en",
    ),
    (
        "Le projet MAS MCM, coordonné par la Belgique dans le cadre de la CSP, s'appuie largement sur l'expérience acquise "
        "avec le programme belgo-néerlandais de remplacement des chasseurs de mines. Les drones sous-marins qui équiperont les "
        "douze nouveaux navires des deux marines servent de référence pour les travaux européens, et l'école binationale de "
        "guerre des mines d'Ostende accueille les ateliers du projet.",
        frozenset({"benesam", "pesco"}),
        "fr",
    ),
    (
        "Among the PESCO projects most relevant to today's threat picture is the Counter Unmanned Aerial System project, which "
        "aims to develop a common European capability to detect, track and neutralise small drones. Participation remains "
        "limited, and progress has been slow compared with the speed at which the threat evolves.",
        frozenset({"c-uas", "pesco"}),
        "en",
    ),
    (
        "In de commissie stelde het lid voor het toekomstige Benelux-helikoptercommando ook in te dienen als project binnen de "
        "permanente gestructureerde samenwerking, zodat andere lidstaten kunnen aansluiten. De minister antwoordde dat de "
        "integratie van de Belgische, Nederlandse en Luxemburgse helikopters eerst in Benelux-verband vorm moet krijgen, maar "
        "dat een PESCO-label op termijn niet wordt uitgesloten.",
        frozenset({"benelux-helicopter-command", "pesco"}),
        "nl",
    ),
    (
        "Supporters of the planned Benelux helicopter command point to the navies as proof that integration can work. Since "
        "1996 the Belgian and Dutch fleets have been led by a single binational headquarters under Admiral Benelux, with "
        "maintenance and training divided between the two countries. Whether that model can be transposed to rotary-wing "
        "aviation, where fleets and basing arrangements differ far more, remains to be seen.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "en",
    ),
    (
        "De nieuwe ASW-fregatten die Nederland en België gezamenlijk laten bouwen, krijgen naar aanleiding van de ervaringen in "
        "de Rode Zee een zwaardere bewapening tegen drones. Naast extra sensoren voor de detectie van kleine, laagvliegende "
        "doelen komt er een systeem voor elektronische storing en een tweede snelvuurkanon. De meerkosten worden, conform de "
        "afspraken binnen de marinesamenwerking, gelijk verdeeld.",
        frozenset({"benesam", "c-uas"}),
        "nl",
    ),
    (
        "Le Parlement Benelux recommande aux gouvernements: 1. de poursuivre l'intégration des marines belge et néerlandaise "
        "sous l'autorité de l'Amiral Benelux et d'assurer le financement des programmes communs de frégates et de chasseurs de "
        "mines; 2. d'accélérer la création d'un commandement commun des hélicoptères du Benelux; 3. de développer ensemble des "
        "capacités de détection et de neutralisation des drones pour la protection des bases militaires; 4. de présenter "
        "conjointement des projets dans le cadre de la coopération structurée permanente (CSP).",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas", "pesco"}),
        "fr",
    ),
    (
        "Het Beneluxparlement beveelt de regeringen aan de Belgisch-Nederlandse marinesamenwerking als voorbeeld te nemen bij "
        "de oprichting van een gezamenlijk helikoptercommando, en gezamenlijk middelen voor de opsporing en afweer van drones "
        "aan te schaffen ter bescherming van havens, kerncentrales en vliegbases.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas"}),
        "nl",
    ),
    (
        "Luxemburg tritt dem SSZ-Projekt zur Abwehr unbemannter Luftfahrzeuge bei. Nach Angaben des Verteidigungsministeriums "
        "soll die Teilnahme an der Ständigen Strukturierten Zusammenarbeit den Zugang zu gemeinsam entwickelten Sensoren und "
        "Störsendern erleichtern, mit denen Drohnen über Kasernen und kritischer Infrastruktur erkannt und ausgeschaltet "
        "werden können.",
        frozenset({"c-uas", "pesco"}),
        "de",
    ),
    (
        "Mevrouw Van Hoof (Vooruit): Wij moeten de dronedreiging Europees aanpakken. Binnen PESCO bestaan al projecten rond de "
        "bestrijding van drones; waarom stapt België daar niet in, in plaats van zelf in allerijl jammers aan te kopen die "
        "over twee jaar verouderd zijn?",
        frozenset({"c-uas", "pesco"}),
        "nl",
    ),
    (
        "L'état-major de l'Amiral Benelux a organisé en mer du Nord un exercice de défense contre des essaims de drones, auquel "
        "ont participé une frégate belge et deux bâtiments néerlandais. Les équipages ont testé la détection précoce des "
        "engins, le brouillage électronique et la coordination des tirs entre les navires des deux marines.",
        frozenset({"benesam", "c-uas"}),
        "fr",
    ),
    (
        "Nach Angaben des niederländischen Verteidigungsministeriums soll das gemeinsame Hubschrauberkommando der "
        "Benelux-Staaten auch eine Rolle bei der Abwehr von Drohnen übernehmen: Bewaffnete Hubschrauber könnten langsam "
        "fliegende Drohnen über Häfen und Kraftwerken abfangen, wie es die ukrainischen Streitkräfte vormachen.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "de",
    ),
    (
        "De Belgische regering heeft beslist de defensie-uitgaven dit jaar op te trekken tot 2 procent van het bbp, conform de "
        "NAVO-norm. De extra middelen gaan vooral naar personeel, munitie en de instandhouding van bestaand materieel.",
        frozenset(),
        "nl",
    ),
    (
        "Malgré une campagne de recrutement intensive, la Défense n'a pas atteint son objectif de 2.600 nouvelles recrues l'an "
        "dernier. Le ministre reconnaît que la concurrence du marché du travail reste forte, en particulier pour les profils "
        "techniques.",
        frozenset(),
        "fr",
    ),
    (
        "At the Hague summit, NATO allies agreed to raise core defence spending to 3.5 percent of GDP, with an additional 1.5 "
        "percent for defence-related investment such as infrastructure and resilience. Belgium and Spain signalled "
        "reservations about the timeline.",
        frozenset(),
        "en",
    ),
    (
        "Der Bundestag hat das Gesetz zur Modernisierung des Wehrdienstes verabschiedet. Künftig sollen alle jungen Männer "
        "einen Fragebogen zu ihrer Bereitschaft und Eignung ausfüllen; eine verpflichtende Musterung wird schrittweise "
        "wieder eingeführt.",
        frozenset(),
        "de",
    ),
    (
        "De eerste Belgische F-35's zijn geland op de vliegbasis Florennes. De toestellen vervangen geleidelijk de F-16's, die "
        "nog tot het einde van het decennium in dienst blijven. Kleine-Brogel volgt later als tweede F-35-basis.",
        frozenset(),
        "nl",
    ),
    (
        "Le satellite d'observation militaire LUXEOSys, financé par le Luxembourg, fournit désormais des images à l'Armée et à "
        "ses partenaires de l'OTAN. Le gouvernement entend renforcer la contribution du pays dans le domaine spatial.",
        frozenset(),
        "fr",
    ),
    (
        "Defensie wil het aantal reservisten de komende jaren verdubbelen. Daarvoor worden de opleidingen flexibeler gemaakt en "
        "krijgen werkgevers een vergoeding wanneer hun werknemers als reservist worden ingezet.",
        frozenset(),
        "nl",
    ),
    (
        "Le partenariat stratégique CaMo entre la Belgique et la France prévoit la livraison de véhicules Griffon et Jaguar à "
        "la Composante Terre ainsi qu'une doctrine, une formation et un soutien logistique communs aux deux armées.",
        frozenset(),
        "fr",
    ),
    (
        "Four Belgian F-16s have deployed to Šiauliai in Lithuania for a four-month rotation of NATO's Baltic Air Policing "
        "mission. The detachment will be on quick reaction alert around the clock.",
        frozenset(),
        "en",
    ),
    (
        "Belgien und Luxemburg bauen gemeinsam ein binationales Aufklärungsbataillon auf. Die Luxemburger Armee stellt dafür "
        "Aufklärungsfahrzeuge und Personal, die belgische Landkomponente übernimmt Ausbildung und logistische Unterstützung.",
        frozenset(),
        "de",
    ),
    (
        "Defensie sluit een langlopend contract voor de levering van 155mm-artilleriemunitie. Door de lange looptijd moet de "
        "producent zijn productiecapaciteit in Europa kunnen uitbreiden.",
        frozenset(),
        "nl",
    ),
    (
        "Le Cyber Command belge, créé au sein du Service général du renseignement et de la sécurité, a vu ses effectifs doubler "
        "en trois ans. Il est chargé de la protection des réseaux de la Défense et peut mener des opérations dans le cyberespace.",
        frozenset(),
        "fr",
    ),
]

BLIND_D: list[tuple[str, frozenset[str], str]] = [
    (
        "De Belgisch-Nederlandse marinesamenwerking, kortweg BeNeSam, geldt als een van de meest verregaande vormen van binationale defensiesamenwerking binnen de NAVO.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Depuis 1996, les marines belge et néerlandaise sont placées sous un commandement opérationnel commun, l'Amiral Benelux (ABNL), dont l'état-major binational est établi à Den Helder. Cette fonction est exercée par le commandant de la Marine royale néerlandaise, le commandant de la Composante Marine belge en étant l'adjoint.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Met de vervanging van de mijnenbestrijdingscapaciteit en de M-fregatten zetten Nederland en België de samenwerking tussen beide marines onverkort voort. Voor de twaalf nieuwe mijnenbestrijdingsvaartuigen, zes voor elk land, treedt België op als leidende natie; voor de vier nieuwe ASW-fregatten is dat Nederland. Beide landen verwerven dus identieke schepen, die gezamenlijk worden onderhouden en waarvoor ook de opleiding gezamenlijk wordt georganiseerd. Deze taakverdeling sluit aan bij de bestaande afspraken, waarbij het onderhoud van de fregatten in Den Helder en dat van de mijnenjagers in Zeebrugge plaatsvindt. Het kabinet beschouwt dit als een voorbeeld van hoe Europese defensiesamenwerking in de praktijk kan werken.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Madame la ministre, le premier des nouveaux chasseurs de mines, l'Oostende, a été mis à l'eau à Concarneau. Pouvez-vous faire le point sur le calendrier de livraison des douze navires destinés aux marines belge et néerlandaise ? Les retards annoncés par le constructeur auront-ils un impact sur le retrait des chasseurs de mines actuels ?",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "De binationale mijnenbestrijdingsschool EGUERMIN in Oostende leidt al decennialang het mijnenbestrijdingspersoneel van zowel de Belgische als de Nederlandse marine op. De school wordt sinds haar oprichting door beide marines samen bemand en is tevens erkend als NAVO-expertisecentrum voor mijnenbestrijding. Met de komst van de nieuwe mijnenbestrijdingsvaartuigen verandert het opleidingsprogramma ingrijpend. Het personeel moet voortaan leren werken met onbemande onderwater- en oppervlaktesystemen die op afstand worden bestuurd. Daarvoor worden in Oostende nieuwe simulatoren in gebruik genomen.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Under the BeNeSam arrangements, the Netherlands is responsible for maintenance and training for the frigates of both navies, while Belgium takes care of the minehunters.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Die belgische und die niederländische Marine arbeiten seit Jahrzehnten so eng zusammen, dass ihre Führungsstäbe im gemeinsamen Hauptquartier in Den Helder weitgehend integriert sind. Ausbildung, Instandhaltung und inzwischen auch die Beschaffung von Fregatten und Minenabwehrbooten erfolgen gemeinsam.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat Nederland en België gezamenlijk vier nieuwe fregatten voor onderzeebootbestrijding verwerven, overwegende dat beide marines kampen met personeelstekorten, verzoekt de regering met België te onderzoeken of de bemanning van de nieuwe ASW-fregatten deels binationaal kan worden ingevuld, en gaat over tot de orde van de dag.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Entamée au lendemain de la Seconde Guerre mondiale, la coopération navale belgo-néerlandaise reste aujourd'hui encore un modèle d'intégration militaire en Europe.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Het eerste nieuwe mijnenbestrijdingsvaartuig voor de Koninklijke Marine, Zr.Ms. Vlissingen, is in het Franse Concarneau te water gelaten. Het schip maakt deel uit van het gezamenlijke Belgisch-Nederlandse vervangingsprogramma, waarin in totaal twaalf schepen worden gebouwd. De vaartuigen krijgen een 'toolbox' met onbemande systemen, waaronder onderwaterdrones en een onbemand oppervlaktevaartuig, zodat mijnen op afstand kunnen worden opgespoord en onschadelijk gemaakt. Het bemande schip hoeft daardoor niet langer zelf het mijnenveld in. Door vertraging bij de bouw komt de eerste oplevering wel later dan oorspronkelijk gepland.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Le Parlement Benelux recommande aux gouvernements belge et néerlandais de poursuivre l'intégration de leurs marines au sein de l'Amirauté Benelux, notamment en matière de formation et d'entretien des nouveaux navires.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Admiral Benelux, the binational operational command headed by the Commander of the Royal Netherlands Navy, exercises operational control over Belgian and Dutch warships from its headquarters in Den Helder. In peacetime the command is responsible for the training and readiness of both fleets.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Het lid vraagt naar de stand van zaken in het fregattendossier. De minister antwoordt dat de twee Belgische ASW-fregatten samen met de twee Nederlandse schepen bij Damen worden gebouwd, onder Nederlandse leiding. De opleiding van de bemanningen zal, zoals voor de huidige M-fregatten, in Den Helder plaatsvinden. Ook het onderhoud gebeurt in Nederland, terwijl de mijnenjagers van beide landen in Zeebrugge worden onderhouden.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Sinds 2017 bewaken Belgische en Nederlandse jachtvliegtuigen beurtelings het luchtruim boven België, Nederland en Luxemburg in het kader van de Benelux-afspraken over air policing.",
        frozenset(),
        "nl",
    ),
    (
        "La frégate Louise-Marie a quitté le port de Zeebrugge pour rejoindre l'opération européenne Aspides en mer Rouge. Elle y contribuera à la protection de la navigation commerciale sur cette route maritime essentielle. L'équipage compte environ 150 marins, renforcés par une équipe médicale. Le déploiement est prévu pour une durée de quatre mois. La ministre a salué l'engagement des militaires et de leurs familles.",
        frozenset(),
        "fr",
    ),
    (
        "Zr.Ms. Tromp is na een inzet van ruim vijf maanden teruggekeerd in Den Helder. Het fregat maakte deel uit van de Britse carrier strike group die door de Indo-Pacific voer.",
        frozenset(),
        "nl",
    ),
    (
        "Das Seebataillon der Deutschen Marine ist in das niederländische Korps Mariniers integriert. Im Gegenzug nutzt die Deutsche Marine das niederländische Joint Support Ship Karel Doorman mit.",
        frozenset(),
        "de",
    ),
    (
        "La frégate Léopold Ier a de nouveau escorté le porte-avions Charles de Gaulle lors de son déploiement en Méditerranée orientale. Cette intégration au groupe aéronaval français illustre la qualité de la coopération entre la Composante Marine et la Marine nationale.",
        frozenset(),
        "fr",
    ),
    (
        "België, Denemarken en Nederland hebben samen een Composite Special Operations Component Command opgericht dat in staat is een NAVO-operatie met speciale eenheden te leiden.",
        frozenset(),
        "nl",
    ),
    (
        "The Royal Netherlands Navy has ordered four new submarines from Naval Group to replace its ageing Walrus-class boats. The French shipbuilder beat competing bids from Saab-Damen and TKMS. The first two boats are expected to enter service in the mid-2030s. The decision was controversial in the Netherlands, where critics argued that Dutch industry would be insufficiently involved. The Ministry of Defence stressed that Naval Group had offered the best combination of price, performance and delivery time.",
        frozenset(),
        "en",
    ),
    (
        "De Marinecomponent kampt met een ernstig personeelstekort. Daardoor ligt het fregat Leopold I langer dan gepland aan de kade in Zeebrugge. Vooral technische functies raken moeilijk ingevuld, omdat de private sector in de havenregio hogere lonen biedt. De minister wil met gerichte premies en een versnelde opleiding het tij keren. Intussen wordt onderzocht of reservisten tijdelijk bepaalde functies aan boord kunnen opnemen.",
        frozenset(),
        "nl",
    ),
    (
        "Au sein du Benelux, la coopération en matière de défense s'est fortement développée au cours des dernières années. Les forces aériennes belge et néerlandaise assurent conjointement la police du ciel au-dessus des trois pays, tandis que la Belgique et le Luxembourg ont constitué un bataillon de reconnaissance binational. Le Luxembourg a par ailleurs intégré son avion A400M dans une unité binationale avec la Belgique à Melsbroek. Les ministres souhaitent désormais étendre cette coopération aux domaines de la cyberdéfense et de la formation.",
        frozenset(),
        "fr",
    ),
    (
        "Die Deutsche Marine und die Koninklijke Marine wollen künftig auch bei der Ausbildung von U-Boot-Besatzungen enger zusammenarbeiten.",
        frozenset(),
        "de",
    ),
    (
        "Mariniers van het Korps Mariniers en de Royal Marines oefenden in Noorwegen samen in het kader van de UK/NL Amphibious Force.",
        frozenset(),
        "nl",
    ),
    (
        "Les patrouilleurs Castor et Pollux assurent la surveillance des eaux territoriales belges et la police en mer du Nord.",
        frozenset(),
        "fr",
    ),
    (
        "The Benelux defence ministers met in Luxembourg to discuss joint procurement of ammunition and closer cooperation on military mobility. They also agreed to coordinate their positions ahead of the NATO summit.",
        frozenset(),
        "en",
    ),
    (
        "Nederland en België hebben afgesproken de samenwerking op het gebied van helikopters verder te verdiepen. Op termijn is het doel een gezamenlijk Belgisch-Nederlands helikoptercommando, waarin opleiding, onderhoud en operationele planning worden samengebracht. Luxemburg heeft aangegeven te willen aansluiten. In een eerste fase wordt gekeken naar gezamenlijk gebruik van simulatoren en het uitwisselen van onderhoudspersoneel voor de NH90. Het kabinet informeert uw Kamer over de voortgang in de volgende Defensie Projectenrapportage.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Les ministres de la Défense belge, néerlandais et luxembourgeois ont signé une déclaration d'intention visant à la création d'un commandement Benelux d'hélicoptères. Ce commandement réunira à terme la planification, la formation et la maintenance des flottes d'hélicoptères des trois pays. Les appareils resteront la propriété de chaque État. Un groupe de travail, auquel le Luxembourg est pleinement associé, doit présenter une feuille de route d'ici un an. Le ministre a souligné que cette initiative devait permettre de mieux utiliser des moyens rares et coûteux.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "The Belgian, Dutch and Luxembourg defence ministers agreed to explore a joint Benelux helicopter command. Pooling training, maintenance and operational planning should help the three countries make better use of their small and expensive helicopter fleets.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Belgien, die Niederlande und Luxemburg wollen ihre Hubschrauberkräfte künftig unter einem gemeinsamen Benelux-Kommando bündeln. Zunächst sollen Ausbildung und Instandhaltung zusammengelegt werden.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Mijnheer de minister, in uw beleidsnota kondigt u een verdere integratie aan van de Belgische en Nederlandse helikoptercapaciteit. Kunt u toelichten welke stappen al gezet zijn richting een binationaal helikoptercommando en welke rol de basis van Beauvechain daarin zal spelen?",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Dans le cadre de la coopération binationale belgo-néerlandaise en matière d'hélicoptères, les pilotes belges et néerlandais de NH90 suivront désormais une partie de leur formation en commun.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Belgische en Nederlandse helikopters komen mogelijk onder één gezamenlijk commando te staan. Dat bevestigen bronnen bij Defensie in beide landen. Het Belgisch-Nederlandse helikoptercommando zou naar verluidt in Gilze-Rijen worden ondergebracht, met een Belgische plaatsvervangend commandant. Vooral voor onderhoud en opleiding verwacht men schaalvoordelen. Over een Luxemburgse deelname is nog niets beslist.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "A binational helicopter command with Belgium would allow the Netherlands to share scarce technical personnel and simulator capacity. The Council recommends that the government examine this option as part of a broader strategy for deepening Benelux defence cooperation.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Die Niederlande und Belgien prüfen die Gründung eines gemeinsamen Hubschrauberkommandos, um Ausbildung und Wartung ihrer NH90-Flotten zusammenzulegen. Beide Länder kämpfen seit Jahren mit geringer Einsatzbereitschaft und fehlendem Wartungspersonal. Ein binationales Kommando könnte zudem die Beschaffung von Ersatzteilen bündeln. Luxemburg verfolgt die Gespräche als Beobachter. Eine Entscheidung wird für das kommende Jahr erwartet.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Le Parlement Benelux recommande aux trois gouvernements d'accélérer la mise en place d'un commandement commun d'hélicoptères Benelux et d'en informer régulièrement l'Assemblée.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "De Kamer, gehoord de beraadslaging, verzoekt de regering de mogelijkheden voor een gezamenlijk Benelux-helikoptercommando nader uit te werken en de Kamer hierover voor het zomerreces te informeren, en gaat over tot de orde van de dag.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "En ce qui concerne la coopération avec les Pays-Bas dans le domaine des hélicoptères, les travaux préparatoires avancent bien. Un état-major binational sera mis en place progressivement, en commençant par la planification de la formation et de la maintenance. Les hélicoptères resteront sous pavillon national et chaque pays conservera la décision de leur engagement. Le Luxembourg est associé aux discussions et pourrait rejoindre ce commandement à un stade ultérieur.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Het Defensie Helikopter Commando in Gilze-Rijen heeft de laatste van de nieuwe CH-47F Chinooks in gebruik genomen.",
        frozenset(),
        "nl",
    ),
    (
        "Dutch Apache crews have trained at Fort Hood in Texas for years because of airspace restrictions in the Netherlands. The cooperation with the US Army also gives them access to large exercise areas.",
        frozenset(),
        "en",
    ),
    (
        "Les NH90 NFH de la Composante Air assurent depuis Coxyde la mission de recherche et de sauvetage au-dessus de la mer du Nord. Un appareil est en alerte permanente, jour et nuit. Le manque de techniciens a toutefois entraîné à plusieurs reprises l'indisponibilité de l'hélicoptère de garde. Dans ces cas, il a fallu faire appel à des moyens britanniques ou français. La ministre a annoncé un plan de recrutement spécifique pour les techniciens aéronautiques.",
        frozenset(),
        "fr",
    ),
    (
        "Hubschrauber des niederländischen Defensie Helikopter Commando unterstützen regelmäßig Übungen der Division Schnelle Kräfte. Die 11. Luftbewegliche Brigade der Niederlande ist seit 2014 in diese deutsche Division integriert.",
        frozenset(),
        "de",
    ),
    (
        "Vanwege de lage inzetbaarheid en hoge onderhoudskosten worden de Cougar-helikopters vervangen. Defensie schaft daarvoor twaalf H225M Caracals aan, die vooral voor de speciale eenheden zullen worden ingezet. De eerste nieuwe toestellen worden over enkele jaren verwacht. Tot die tijd blijven de Cougars in beperkte mate operationeel. De Caracals worden gestationeerd bij het Defensie Helikopter Commando in Gilze-Rijen.",
        frozenset(),
        "nl",
    ),
    (
        "Une partie des pilotes d'hélicoptère belges est formée en France, dans le cadre d'un accord de coopération avec l'armée de Terre française.",
        frozenset(),
        "fr",
    ),
    (
        "Luxembourg's two H145M helicopters are used by both the Luxembourg Army and the Grand Ducal Police.",
        frozenset(),
        "en",
    ),
    (
        "De minister bevestigt dat de NH90 TTH-helikopters vervroegd uit dienst worden genomen. De exploitatiekosten liggen te hoog in verhouding tot het aantal beschikbare toestellen.",
        frozenset(),
        "nl",
    ),
    (
        "Die Bundeswehr beschafft 60 schwere Transporthubschrauber vom Typ CH-47F Chinook als Nachfolger der CH-53. Die ersten Maschinen sollen 2027 ausgeliefert werden. Stationiert werden die Hubschrauber zunächst in Schönewalde/Holzdorf, wo dafür eine neue Infrastruktur entsteht. Die Ausbildung der ersten Besatzungen findet in den Vereinigten Staaten statt. Das Projekt wird aus dem Sondervermögen Bundeswehr finanziert.",
        frozenset(),
        "de",
    ),
    (
        "Trois hélicoptères NH90 de la Composante Air ont participé à l'exercice Hot Blade au Portugal, organisé dans le cadre du programme d'exercices pour hélicoptères de l'Agence européenne de défense. Les équipages belges y ont pratiqué le vol tactique à basse altitude, le vol en formation et les opérations de jour comme de nuit aux côtés de leurs homologues portugais, allemands et autrichiens. Ce type d'exercice multinational est essentiel pour maintenir les qualifications des pilotes. La Défense entend continuer à y participer chaque année.",
        frozenset(),
        "fr",
    ),
    (
        "Het Defensie Helikopter Commando leverde jarenlang Chinooks en Apaches aan de VN-missie MINUSMA in Mali.",
        frozenset(),
        "nl",
    ),
    (
        "The Netherlands was one of the four founding nations of the NH90 programme, together with France, Germany and Italy.",
        frozenset(),
        "en",
    ),
    (
        "Nederland en Duitsland willen nauwer samenwerken bij de opleiding van Chinook-bemanningen, nu ook de Bundeswehr het toestel aanschaft. Het Defensie Helikopter Commando in Gilze-Rijen heeft daar ruime ervaring mee.",
        frozenset(),
        "nl",
    ),
    (
        "Na de herhaalde dronewaarnemingen boven de militaire basissen van Kleine-Brogel en Elsenborn kondigde de minister van Defensie een noodplan van 50 miljoen euro aan voor de detectie en neutralisatie van drones. Een deel van dat bedrag gaat naar de aankoop van detectiesystemen en jammers die op korte termijn leverbaar zijn. Daarnaast wil Defensie op termijn ook kinetische middelen inzetten om drones neer te halen. De minister erkende dat het leger vandaag onvoldoende uitgerust is om deze dreiging het hoofd te bieden. Volgens hem gaat het om een wake-upcall voor het hele land.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "La Défense va acquérir en urgence des systèmes de lutte anti-drones afin de protéger les bases militaires et certaines infrastructures critiques. Il s'agit de moyens de détection, de brouillage et, à terme, de neutralisation cinétique.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Die Bundesregierung will das Luftsicherheitsgesetz ändern, damit die Bundeswehr Drohnen, von denen eine Gefahr ausgeht, künftig auch abschießen darf.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "The Netherlands has ordered the Skyranger 30 air defence system, mounted on the ACSV G5 tracked vehicle. The system is primarily intended to protect manoeuvre units against drones and other low-flying threats.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "De Kamer, gehoord de beraadslaging, verzoekt de regering versneld te investeren in counter-drone capaciteit ter bescherming van vliegbases, havens en andere vitale militaire objecten, en gaat over tot de orde van de dag.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Le gouvernement luxembourgeois examine l'acquisition de moyens de détection et de neutralisation de drones, en coordination avec la Police grand-ducale. La protection des grands événements et des infrastructures critiques contre les drones malveillants est devenue une priorité.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Militairen bij vliegbasis Volkel hebben zaterdagavond geschoten op drones die boven de basis vlogen. Dat meldt Defensie. Er is met boordwapens van voertuigen op de drones gevuurd. Of de drones zijn geraakt, is niet bekend; ze zijn niet teruggevonden. Het is voor zover bekend de eerste keer dat Defensie in Nederland daadwerkelijk op drones schiet. Hintergrund sind zahlreiche Drohnenüberflüge über Kasernen, Flughäfen und Industrieanlagen. Bislang sind die Zuständigkeiten zwischen Bund und Ländern zersplittert. Der Bundesinnenminister kündigte zudem eine eigene Drohnenabwehreinheit der Bundespolizei an.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Bund und Länder wollen ein gemeinsames Drohnenabwehrzentrum einrichten. Dort sollen Polizei, Bundeswehr und Nachrichtendienste Lagebilder austauschen und Abwehrmaßnahmen koordinieren.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Dozens of counter-UAS systems were tested at NATO's Technical Interoperability Exercise in Vredepeel, the Netherlands. Industry and armed forces evaluated how detection, tracking and defeat systems from different vendors can share data in a common operating picture. The exercise is organised by the NATO Communications and Information Agency together with the Dutch Ministry of Defence. Lessons from Ukraine featured prominently, with particular attention to small commercial drones and one-way attack drones. Participants also tested new standards for the exchange of sensor data between allies.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Monsieur le ministre, les survols de drones au-dessus de l'aéroport de Zaventem et de plusieurs bases militaires ont mis en lumière nos lacunes. Quels moyens de lutte anti-drones la Défense peut-elle mettre à la disposition de la police, et dans quels délais ?",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Dronebestrijding bestaat uit meerdere lagen. Eerst moeten drones worden gedetecteerd met radar, camera's of radiofrequentiesensoren. Vervolgens kan de verbinding tussen drone en piloot worden verstoord met een jammer. Lukt dat niet, dan kan de drone fysiek worden uitgeschakeld, bijvoorbeeld met een net, een interceptordrone of een kanon. Elke laag heeft haar beperkingen, zeker in een stedelijke omgeving.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "De bevoegdheid om drones neer te halen ligt in principe bij de politie. Defensie kan enkel optreden boven militaire domeinen of op vraag van de bevoegde overheid. De minister kondigt een wetswijziging aan om de rol van Defensie bij de bestrijding van drones te verduidelijken.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "The Commission's defence readiness roadmap proposes a European Drone Defence Initiative to reach full capability by the end of 2027. It would combine detection, tracking and interception capabilities to protect the Union's eastern flank and critical infrastructure.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "België koopt vier MQ-9B SkyGuardian-drones, die vanaf Florennes zullen opereren. De toestellen worden ingezet voor verkenning en bewaking, zowel in het buitenland als boven eigen grondgebied. Ze zijn in eerste instantie onbewapend. Het 80e UAV-squadron verhuist daarvoor van Bevekom naar Florennes. De eerste piloten en sensoroperatoren werden in de Verenigde Staten opgeleid.",
        frozenset(),
        "nl",
    ),
    (
        "La Défense a réceptionné son premier drone MQ-9B SkyGuardian, qui sera exploité par le 80e escadron UAV à Florennes.",
        frozenset(),
        "fr",
    ),
    (
        "Russland hat in der Nacht erneut Hunderte Drohnen auf ukrainische Städte abgefeuert; in Kyjiw wurden mehrere Wohnhäuser getroffen.",
        frozenset(),
        "de",
    ),
    (
        "The Netherlands has pledged additional funding to the drone coalition for Ukraine. The money will be used to produce and deliver drones for the Ukrainian armed forces.",
        frozenset(),
        "en",
    ),
    (
        "De landmacht experimenteert met FPV-drones en loitering munitions. Daarvoor is binnen de landmacht een speciale Robotics and Autonomous Systems-eenheid opgericht.",
        frozenset(),
        "nl",
    ),
    (
        "Le Luxembourg contribue à la coalition drones en finançant l'achat de drones destinés aux forces armées ukrainiennes.",
        frozenset(),
        "fr",
    ),
    (
        "Met een gecoördineerde droneaanval wist Oekraïne diep in Rusland meerdere strategische bommenwerpers te raken. De operatie, die maanden was voorbereid, toont volgens experts hoe goedkope drones de oorlogvoering veranderen.",
        frozenset(),
        "nl",
    ),
    (
        "Belgium's Land Component is acquiring several hundred small reconnaissance drones to be issued down to platoon level.",
        frozenset(),
        "en",
    ),
    (
        "Die Bundeswehr hat bewaffnungsfähige Drohnen vom Typ Heron TP in Dienst gestellt. Nach langer politischer Debatte hatte der Bundestag ihrer Bewaffnung zugestimmt.",
        frozenset(),
        "de",
    ),
    (
        "Des drones navals ukrainiens ont frappé plusieurs navires de la flotte russe de la mer Noire au large de la Crimée.",
        frozenset(),
        "fr",
    ),
    (
        "Defensie wil de komende jaren fors investeren in onbemande systemen. Naast de MQ-9 Reapers die vanaf Leeuwarden opereren, worden ook kleinere drones aangeschaft voor de landmacht en het Korps Mariniers. De Reapers worden bovendien bewapend, zodat ze naast verkenning ook doelen kunnen aanvallen. Volgens de minister zijn drones onmisbaar geworden op het moderne slagveld.",
        frozenset(),
        "nl",
    ),
    (
        "Ukraine has launched long-range drone strikes against Russian oil refineries, forcing several of them to halt production.",
        frozenset(),
        "en",
    ),
    (
        "België neemt deel aan tal van PESCO-projecten en is coördinator van het project voor maritieme (semi-)autonome systemen voor mijnenbestrijding (MAS MCM). Defensie wil haar deelname voortaan toespitsen op projecten die aansluiten bij de capaciteiten uit de strategische visie.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La coopération structurée permanente (CSP) a été lancée en décembre 2017 par vingt-cinq États membres de l'Union européenne, dont la Belgique et le Luxembourg. Prévue par le traité de Lisbonne, elle permet aux États qui le souhaitent de prendre des engagements plus contraignants en matière de défense. Les États participants s'engagent notamment à augmenter régulièrement leurs budgets de défense et à développer des capacités en commun. Les projets sont approuvés par le Conseil et font l'objet d'une évaluation régulière. Le Danemark a rejoint la CSP en 2023, après la levée de son opt-out en matière de défense.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Deutschland beteiligt sich an zahlreichen Projekten der Ständigen Strukturierten Zusammenarbeit (SSZ), darunter das von den Niederlanden koordinierte Projekt zur militärischen Mobilität. Selbst koordiniert Deutschland unter anderem das Projekt European Medical Command. Die Bundesregierung sieht in der SSZ ein wichtiges Instrument zur Stärkung der europäischen Verteidigungsfähigkeit. Kritiker bemängeln jedoch, dass viele Projekte kaum Fortschritte machen.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "The Council today adopted a recommendation assessing the progress made by the participating Member States in fulfilling the more binding commitments undertaken in the framework of Permanent Structured Cooperation (PESCO).",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Nederland is coördinator van het PESCO-project Military Mobility. Inmiddels nemen ook de Verenigde Staten, Canada, Noorwegen en het Verenigd Koninkrijk als derde staten aan dit project deel. Het project moet ervoor zorgen dat militaire eenheden en materieel sneller over de binnengrenzen van de EU kunnen worden verplaatst. Daarbij gaat het onder meer om het vereenvoudigen van grensprocedures en het geschikt maken van infrastructuur. Het kabinet beschouwt militaire mobiliteit als een terrein waar EU en NAVO elkaar goed aanvullen.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Le Luxembourg participe à plusieurs projets menés dans le cadre de la coopération structurée permanente, notamment dans les domaines de la mobilité militaire et des capacités spatiales. Pour un pays de sa taille, la CSP offre un cadre utile pour contribuer à des capacités européennes communes.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "De permanente gestructureerde samenwerking (PESCO) biedt een kader waarin lidstaten zich engageren om hun defensie-uitgaven te verhogen en hun capaciteiten beter op elkaar af te stemmen. België heeft zijn nationaal implementatieplan geactualiseerd en rapporteert jaarlijks over de naleving van de twintig bindende verbintenissen. Tegelijk stellen we vast dat een aantal projecten weinig concrete resultaten oplevert. België pleit daarom voor een kritische doorlichting van de projectenportefeuille en voor een betere afstemming op de NAVO-capaciteitsdoelstellingen.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Five years after its launch, PESCO has yet to live up to expectations. Many projects are small in scale, poorly funded or exist largely on paper. Member states have tended to propose projects that serve national industrial interests rather than address Europe's most pressing capability shortfalls. The Council therefore recommends that the Netherlands focus its participation on a limited number of projects with clear added value and press for stricter enforcement of the binding commitments.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Großbritannien darf sich künftig am SSZ-Projekt Militärische Mobilität beteiligen. Der Rat der EU stimmte dem Antrag aus London zu.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "La revue stratégique de la CSP doit préparer la prochaine phase de la coopération structurée permanente. Les États participants ont souligné la nécessité de projets plus ambitieux et mieux alignés sur les priorités capacitaires de l'Union.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Nederland neemt deel aan PESCO-projecten op het gebied van onder meer militaire mobiliteit, cyber en medische ondersteuning.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Monsieur le ministre, pourriez-vous faire le point sur la participation de la Belgique aux projets PESCO ? Combien de projets la Belgique coordonne-t-elle et quels moyens budgétaires y sont consacrés ?",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Belgische bedrijven en onderzoeksinstellingen haalden bij de jongste oproep van het Europees Defensiefonds een recordbedrag binnen. Het gaat onder meer om projecten rond dronetechnologie en cyberbeveiliging.",
        frozenset(),
        "nl",
    ),
    (
        "La Facilité européenne pour la paix a permis de rembourser en partie les livraisons de matériel militaire belge à l'Ukraine. Ce mécanisme, financé en dehors du budget de l'Union, est alimenté par des contributions des États membres calculées sur la base de leur revenu national brut. La Belgique y contribue à hauteur de plusieurs centaines de millions d'euros. Le blocage persistant de la Hongrie empêche toutefois le versement de nouvelles tranches. Plusieurs États membres plaident dès lors pour des solutions alternatives.",
        frozenset(),
        "fr",
    ),
    (
        "Belgium has applied for loans under the EU's new SAFE instrument to finance part of its defence investments. The €150 billion facility offers member states long-term loans for joint procurement.",
        frozenset(),
        "en",
    ),
    (
        "Mit dem Europäischen Programm für die Verteidigungsindustrie (EDIP) will die Kommission die gemeinsame Beschaffung und den Ausbau der Produktionskapazitäten fördern.",
        frozenset(),
        "de",
    ),
    (
        "Uit het CARD-rapport blijkt dat de versnippering van het Europese defensielandschap nog nauwelijks is afgenomen.",
        frozenset(),
        "nl",
    ),
    (
        "Dans le cadre de l'instrument EDIRPA, la Belgique participe à un consortium pour l'acquisition conjointe de munitions de 155 mm. Ce mécanisme vise à inciter les États membres à acheter ensemble.",
        frozenset(),
        "fr",
    ),
    (
        "The Italian contingent in southern Lebanon, led by Brigadier General Marco Pesco, handed over command of Sector West to the Spanish brigade.",
        frozenset(),
        "en",
    ),
    (
        "Les statistiques de recrutement par catégorie socioprofessionnelle (CSP) montrent que les jeunes issus de milieux ouvriers restent surreprésentés parmi les candidats militaires. La Défense entend diversifier ses campagnes de recrutement.",
        frozenset(),
        "fr",
    ),
    (
        "Nederland draagt via de Europese Vredesfaciliteit bij aan de financiering van militaire steun aan Oekraïne. Hongarije blokkeert al geruime tijd de uitbetaling van een volgende tranche.",
        frozenset(),
        "nl",
    ),
    (
        "The European Defence Fund has a budget of about €8 billion for the period 2021-2027. Roughly one third is earmarked for collaborative research and two thirds for capability development. Projects must involve at least three entities from three different member states or associated countries. Dutch companies and research institutes such as TNO have been among the most successful applicants. The Commission has proposed a significantly larger budget in the next multiannual financial framework.",
        frozenset(),
        "en",
    ),
    (
        "Deutschland hat keine Kredite aus dem SAFE-Programm beantragt, da es sich am Kapitalmarkt günstiger finanzieren kann.",
        frozenset(),
        "de",
    ),
    (
        "De Europese Commissie presenteerde het Witboek over de toekomst van de Europese defensie, samen met het ReArm Europe-plan.",
        frozenset(),
        "nl",
    ),
    (
        "Le Fonds européen de la défense soutient des projets collaboratifs de recherche et de développement associant au moins trois États membres. Les entreprises wallonnes y participent de plus en plus, notamment dans les domaines des matériaux, de l'électronique et de la simulation. Le gouvernement wallon a mis en place un accompagnement spécifique pour aider les PME à répondre aux appels. Le premier bilan est jugé encourageant.",
        frozenset(),
        "fr",
    ),
    (
        "Het kabinet stelt voor de defensie-uitgaven tegen 2035 te verhogen tot 3,5 procent van het bbp, conform de afspraken op de NAVO-top in Den Haag.",
        frozenset(),
        "nl",
    ),
    (
        "La Belgique atteindra la norme de 2 % du PIB consacrés à la défense dès 2025. Le gouvernement a dégagé à cet effet un budget supplémentaire de quatre milliards d'euros.",
        frozenset(),
        "fr",
    ),
    (
        "Die Panzerbrigade 45 soll bis 2027 vollständig in Litauen stationiert werden. Es ist die erste dauerhafte Stationierung einer Brigade der Bundeswehr im Ausland.",
        frozenset(),
        "de",
    ),
    (
        "The first Belgian F-35A fighters have arrived at Florennes Air Base. Belgium ordered 34 aircraft in 2018 to replace its ageing F-16 fleet. Until now, Belgian pilots had been training in the United States. Kleine-Brogel will be the second base to receive the jets. The F-35s will gradually take over the air policing and other tasks of the F-16.",
        frozenset(),
        "en",
    ),
    (
        "Het leger wil jaarlijks meer dan 2.500 nieuwe militairen aanwerven. Daarnaast komt er een vrijwillige militaire dienst van een jaar voor jongeren.",
        frozenset(),
        "nl",
    ),
    (
        "Le Luxembourg calcule son effort de défense en pourcentage du revenu national brut et vise 2 % d'ici 2030.",
        frozenset(),
        "fr",
    ),
    (
        "Voorzitter. De munitievoorraden van de krijgsmacht zijn nog altijd onvoldoende om een conflict van hoge intensiteit langer dan enkele dagen vol te houden. Dat is geen nieuws, maar het blijft zorgwekkend. Mijn fractie wil weten wanneer de nieuwe contracten met de industrie worden getekend. En kan de staatssecretaris garanderen dat de productie ook daadwerkelijk in Europa plaatsvindt?",
        frozenset(),
        "nl",
    ),
    (
        "Allies commit to invest 5% of GDP annually on core defence requirements as well as defence- and security-related spending by 2035. At least 3.5% of GDP will be allocated to core defence requirements.",
        frozenset(),
        "en",
    ),
    (
        "Le gouvernement fédéral a approuvé l'achat de onze F-35 supplémentaires, ce qui portera la flotte belge à quarante-cinq appareils. Le ministre de la Défense estime que ces avions sont indispensables pour remplir les engagements pris envers l'OTAN. L'opposition critique un choix qui renforce la dépendance à l'égard des États-Unis. Les premiers appareils supplémentaires ne seraient pas livrés avant 2030.",
        frozenset(),
        "fr",
    ),
    (
        "Luxemburg hat mit LUXEOSys einen eigenen militärischen Erdbeobachtungssatelliten in Betrieb genommen.",
        frozenset(),
        "de",
    ),
    (
        "Nederland heeft alle F-16's die het aan Oekraïne had toegezegd inmiddels geleverd.",
        frozenset(),
        "nl",
    ),
    (
        "The Bundestag has approved a new military service law under which all 18-year-old men will receive a questionnaire about their willingness and ability to serve. A mandatory medical examination will be reintroduced for young men born from 2008 onwards. The government hopes the voluntary model will produce enough recruits, but conscription could be reactivated if numbers fall short. The Bundeswehr aims to grow to around 260,000 active soldiers.",
        frozenset(),
        "en",
    ),
    (
        "Het Benelux Parlement, overwegende dat de Belgisch-Nederlandse marinesamenwerking onder het commando van Admiraal Benelux al decennialang bewijst dat binationale integratie werkt; overwegende dat de drie landen de oprichting van een gezamenlijk helikoptercommando onderzoeken; beveelt de regeringen aan de lessen uit BeNeSam actief toe te passen bij de uitbouw van het Benelux-helikoptercommando, en de parlementen jaarlijks over de voortgang van beide dossiers te informeren.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Les quatre nouvelles frégates ASW belgo-néerlandaises seront équipées de systèmes de détection et de neutralisation de drones, à la lumière de l'expérience acquise en mer Rouge. Cette adaptation a été décidée conjointement par les deux marines au sein de l'état-major binational de Den Helder.",
        frozenset({"benesam", "c-uas"}),
        "fr",
    ),
    (
        "Belgium coordinates the PESCO project on Maritime (semi-)Autonomous Systems for Mine Countermeasures (MAS MCM). The project builds on the experience gained in the joint Belgian-Dutch programme for twelve new mine countermeasure vessels, which will operate a toolbox of unmanned systems.",
        frozenset({"benesam", "pesco"}),
        "en",
    ),
    (
        "Op Europees vlak blijft België actief deelnemen aan PESCO-projecten, met bijzondere aandacht voor militaire mobiliteit en maritieme capaciteiten. Op Benelux-niveau wordt de oprichting van een gezamenlijk helikoptercommando met Nederland en Luxemburg verder uitgewerkt. Daarbij wordt gestreefd naar een gemeenschappelijke opleiding en een gedeeld onderhoudsconcept. Beide sporen moeten bijdragen aan een sterkere Europese pijler binnen de NAVO.",
        frozenset({"benelux-helicopter-command", "pesco"}),
        "nl",
    ),
    (
        "Im Rahmen der Ständigen Strukturierten Zusammenarbeit (SSZ) arbeiten mehrere Mitgliedstaaten unter italienischer Koordinierung an einem Projekt zur Abwehr unbemannter Luftfahrzeuge (C-UAS). Ziel ist eine gemeinsame Architektur zur Erkennung und Bekämpfung kleiner Drohnen. Das Projekt wurde bereits 2019 in die Liste der SSZ-Projekte aufgenommen. Dabei sollen Sensoren, Führungssysteme und Effektoren verschiedener Hersteller miteinander verbunden werden. Angesichts der Erfahrungen aus der Ukraine hat das Vorhaben deutlich an Bedeutung gewonnen.",
        frozenset({"c-uas", "pesco"}),
        "de",
    ),
    (
        "De Kamer, gehoord de beraadslaging, verzoekt de regering om binnen PESCO actief aansluiting te zoeken bij projecten op het gebied van dronebestrijding, en gaat over tot de orde van de dag.",
        frozenset({"c-uas", "pesco"}),
        "nl",
    ),
    (
        "La coopération avec les Pays-Bas constitue un pilier de notre politique de défense. Dans le domaine naval, l'Amiral Benelux assure depuis près de trente ans le commandement opérationnel commun de nos deux marines, et les nouveaux chasseurs de mines et frégates sont acquis ensemble. Nous souhaitons désormais appliquer une logique similaire aux hélicoptères, avec la création d'un commandement binational d'hélicoptères. Les premières discussions entre les états-majors ont eu lieu et un calendrier devrait être arrêté d'ici la fin de l'année.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Within the Belgian-Dutch helicopter cooperation, the two air forces are studying whether helicopters with door gunners can be used to intercept slow-flying drones. Trials are planned at Gilze-Rijen and Beauvechain.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "en",
    ),
    (
        "Le Parlement Benelux recommande aux gouvernements de poursuivre l'approfondissement de la coopération navale belgo-néerlandaise, notamment pour l'entretien des nouveaux chasseurs de mines ; de mettre en place sans tarder le commandement Benelux d'hélicoptères ; d'investir conjointement dans des capacités de lutte anti-drones pour la protection des bases et des ports ; et de présenter des propositions communes dans le cadre de la coopération structurée permanente (CSP).",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas", "pesco"}),
        "fr",
    ),
    (
        "Bei einer Übung im Hafen von Den Helder testeten Besatzungen der belgischen und niederländischen Marine unter Führung des Stabes Admiral Benelux Systeme zur Drohnenabwehr. Dabei wurden kleine Drohnen mit Störsendern zur Landung gezwungen.",
        frozenset({"benesam", "c-uas"}),
        "de",
    ),
]

BLIND_E: list[tuple[str, frozenset[str], str]] = [
    # ------------------------------------------------------------------
    # benesam - positives
    # ------------------------------------------------------------------
    (
        "Kan de minister meedelen hoeveel Belgische militairen momenteel deel uitmaken van de binationale staf van Admiraal Benelux in Den Helder en welke functies zij daar bekleden?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "La coopération navale belgo-néerlandaise repose sur une répartition des tâches convenue entre les deux pays. La Belgique est nation pilote pour les nouveaux chasseurs de mines, tandis que les Pays-Bas assurent la direction du programme des frégates de lutte anti-sous-marine. Les deux marines continuent par ailleurs à partager leurs écoles, leurs procédures opérationnelles et leur maintenance. Je ne vois dès lors aucune raison de remettre ce modèle en question.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Met deze brief informeer ik uw Kamer over de voortgang van het project vervanging mijnenbestrijdingscapaciteit (rMCM), dat Nederland en België gezamenlijk uitvoeren. België treedt in dit project op als lead nation en heeft namens beide landen het contract gesloten met het consortium Belgium Naval & Robotics. De oplevering van het eerste Nederlandse schip, Zr.Ms. Vlissingen, heeft vertraging opgelopen doordat de integratie van de onbemande systemen meer tijd vraagt dan voorzien. De Belgische en Nederlandse projectteams werken nauw samen om de gevolgen voor de operationele inzetbaarheid te beperken. Ik verwacht uw Kamer in de volgende voortgangsrapportage nader te informeren over het aangepaste tijdpad.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "BeNeSam is routinely cited as the most far-reaching example of European defence integration: since 1996 the Belgian and Dutch navies have operated under a single binational operational staff led by Admiral Benelux. In peacetime, the headquarters in Den Helder directs training and readiness for both fleets.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Le chasseur de mines « Oostende » mis à l'eau à Concarneau — Premier des douze bâtiments commandés conjointement par la Belgique et les Pays-Bas, le nouveau chasseur de mines belge a quitté jeudi la cale du chantier breton. Il emportera une véritable « boîte à outils » de drones de surface et sous-marins destinés à la détection et à la neutralisation des mines.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Nieuw opleidingscomplex voor Belgisch-Nederlandse mijnenschool in Oostende — De binationale mijnenbestrijdingsschool Eguermin in Oostende krijgt er volgend jaar een nieuw opleidingsgebouw bij. Belgische en Nederlandse instructeurs bereiden er samen de bemanningen van beide marines voor op de nieuwe mijnenbestrijdingsvaartuigen.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Als Vorbild für eine vertiefte Zusammenarbeit zwischen europäischen Seestreitkräften gilt die belgisch-niederländische Marinekooperation. Beide Marinen werden seit 1996 von einem gemeinsamen Stab unter dem Admiral Benelux in Den Helder geführt und teilen sich Ausbildung, Instandhaltung und Beschaffung.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "Mevrouw de minister, de twee ASW-fregatten die wij samen met Nederland aankopen, moeten de komende jaren de M-fregatten vervangen. Uit de pers vernemen wij nu dat de bouw bij Damen in Vlissingen achterloopt. Klopt het dat de Nederlandse schepen voorrang zouden krijgen bij de levering? Hoe wordt binnen de Belgisch-Nederlandse marinesamenwerking gegarandeerd dat onze Marinecomponent niet zonder fregatten komt te zitten?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Monsieur le ministre, quel est l'état d'avancement du programme de frégates de lutte anti-sous-marine commandées conjointement avec les Pays-Bas, et le calendrier de livraison du premier bâtiment belge est-il maintenu?",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat de Nederlandse en Belgische marine al decennia gezamenlijk onderhoud, opleiding en operationele aansturing organiseren; overwegende dat de gezamenlijke aanschaf van mijnenbestrijdingsvaartuigen en ASW-fregatten deze integratie verder verdiept; verzoekt de regering om samen met België een gezamenlijke visie op de toekomst van de Belgisch-Nederlandse marinesamenwerking na 2030 op te stellen en de Kamer hierover voor de zomer te informeren, en gaat over tot de orde van de dag.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Under BeNeSam's shared logistics arrangement, the frigates of both navies are maintained in Den Helder, while the minehunters of both fleets are serviced in Zeebrugge.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Relève à la tête de l'Amirauté Benelux — Le nouveau commandant de la Marine néerlandaise a pris jeudi à Den Helder ses fonctions d'Amiral Benelux, en présence du commandant de la Composante Marine belge, qui en est l'adjoint. Il dirigera l'état-major binational qui assure la conduite opérationnelle des deux flottes.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "BeNeSam wordt vaak als schoolvoorbeeld van Europese defensiesamenwerking opgevoerd, maar de samenwerking kent ook grenzen. De integratie is het verst gevorderd op het gebied van opleiding, training en onderhoud, waar beide marines vergaand van elkaar afhankelijk zijn geworden. Op het vlak van inzetbesluiten behouden beide landen hun volledige soevereiniteit: een Belgisch schip vaart niet uit zonder Belgisch politiek mandaat. Dat heeft tot nu toe weinig problemen opgeleverd, omdat beide regeringen in de praktijk zelden tegengestelde keuzes maakten. Met de gezamenlijke aanschaf van fregatten en mijnenbestrijdingsvaartuigen neemt de wederzijdse afhankelijkheid echter verder toe.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Belgien und die Niederlande stellen neues Minenabwehrschiff in Dienst — Im Marinestützpunkt Zeebrügge ist am Freitag das zweite Schiff des gemeinsamen belgisch-niederländischen Minenabwehrprogramms übergeben worden. Insgesamt haben beide Länder zwölf baugleiche Einheiten bestellt, je sechs für jede Marine.",
        frozenset({"benesam"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command - positives
    # ------------------------------------------------------------------
    (
        "Hoe ver staat het overleg met Nederland over de oprichting van een gemeenschappelijk Belgisch-Nederlands helikoptercommando, en welke rol is daarbij weggelegd voor de basis van Beauvechain?",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Les discussions avec les Pays-Bas en vue d'une coopération binationale dans le domaine des hélicoptères se poursuivent. Une première étape portera sur la formation commune des équipages et des mécaniciens. Ce n'est qu'ensuite que la création d'un commandement d'hélicoptères commun sera envisagée. Un rapport d'étude sera soumis aux deux ministres d'ici la fin de l'année.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Onlangs hebben de Nederlandse en Belgische ministers van Defensie een intentieverklaring ondertekend over de oprichting van een binationaal helikoptercommando. Het Defensie Helikopter Commando en de Belgische 1st Wing zullen stapsgewijs onder een gezamenlijke staf worden gebracht. In de eerste fase ligt de nadruk op gezamenlijke opleiding, onderhoud en inzetplanning. Luxemburg heeft aangegeven als waarnemer betrokken te willen zijn. Over de locatie van het hoofdkwartier wordt in de tweede helft van dit jaar een besluit genomen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "A Benelux Helicopter Command would pool the rotary-wing fleets of three small countries that individually struggle to sustain specialised crews and maintenance. Proponents argue that a binational Belgian-Dutch staff, later joined by Luxembourg, could also strengthen their joint position in NATO capability planning for air mobility.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Die Regierung prüft eine Beteiligung der Luxemburger Armee am geplanten gemeinsamen Hubschrauberkommando Belgiens und der Niederlande. Die beiden H145M-Hubschrauber der Armee könnten in diesem Rahmen von den Ausbildungs- und Wartungskapazitäten der Partner profitieren.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Le Luxembourg entend s'associer au futur commandement d'hélicoptères Benelux dès que les modalités de sa participation auront été définies avec nos partenaires belges et néerlandais.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Belgische en Nederlandse helikopters straks onder één commando — België en Nederland willen hun militaire helikopters onderbrengen in een gezamenlijk commando. Dat maakten de ministers van Defensie woensdag bekend na overleg op de vliegbasis Gilze-Rijen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Hélicoptères : Belges et Néerlandais veulent mutualiser leurs flottes — La Défense belge et son homologue néerlandaise ont lancé une étude sur un commandement binational d'hélicoptères. L'idée est de partager pilotes, simulateurs et ateliers de maintenance. Le modèle pourrait ensuite s'étendre au Luxembourg.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Under the proposed Belgian-Dutch helicopter cooperation, Belgian crews would train alongside personnel of the Netherlands' Defence Helicopter Command at Gilze-Rijen from 2026 onwards.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Het Beneluxparlement beveelt de regeringen van de drie landen aan de oprichting van een gemeenschappelijk Benelux-helikoptercommando te bespoedigen en daarbij van bij het begin de Luxemburgse krijgsmacht te betrekken. Het verzoekt de regeringen het parlement jaarlijks over de voortgang te informeren.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Benelux-Staaten wollen Hubschrauber bündeln — Belgien, die Niederlande und Luxemburg planen ein gemeinsames Hubschrauberkommando. Ziel ist es, Ausbildung, Wartung und Einsatzplanung der Drehflügler zusammenzuführen.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Voorzitter, ik heb nog een vraag over de helikoptersamenwerking met België. De minister schrijft dat er een gezamenlijk commando komt, maar wat betekent dat voor het personeel in Gilze-Rijen? Gaan Nederlandse technici straks ook in Beauvechain werken, en andersom? En wie heeft uiteindelijk het laatste woord over de inzet van de toestellen?",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    # ------------------------------------------------------------------
    # c-uas - positives
    # ------------------------------------------------------------------
    (
        "Over welke middelen beschikt Defensie vandaag om drones boven militaire domeinen zoals Kleine-Brogel en Florennes op te sporen en te neutraliseren?",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "À la suite des survols de drones constatés au-dessus de plusieurs sites militaires, le gouvernement a libéré un budget de 50 millions d'euros pour l'acquisition urgente de capacités de lutte anti-drones. Ces moyens comprennent des radars de détection, des brouilleurs et, à terme, des systèmes d'interception cinétique. Les premiers systèmes seront déployés en priorité sur les bases aériennes de Kleine-Brogel et de Florennes. La Défense travaille par ailleurs avec la police fédérale à un cadre juridique clarifiant les compétences de chacun.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Mit dem vorliegenden Gesetzentwurf soll die Bundeswehr die Befugnis erhalten, im Wege der Amtshilfe unbemannte Luftfahrzeuge auch außerhalb militärischer Liegenschaften abzuwehren. Als ultima ratio ist dabei auch der Einsatz von Waffengewalt gegen Drohnen vorgesehen. Die Zuständigkeit der Länderpolizeien für die Drohnenabwehr bleibt im Übrigen unberührt. Der Bundesrat hat zu dem Entwurf Stellung genommen.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Bundespolizei stellt eigene Drohnenabwehr-Einheit auf — Nach zahlreichen Drohnensichtungen über Flughäfen und Kasernen baut die Bundespolizei eine spezialisierte Einheit zur Abwehr unbemannter Flugobjekte auf. Sie soll mit Detektionssystemen, Störsendern und Abfangdrohnen ausgerüstet werden. Die ersten Kräfte sollen noch in diesem Jahr einsatzbereit sein. Der Bundesinnenminister sprach von einem „Paradigmenwechsel“.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Allies agreed to accelerate the fielding of layered counter-UAS capabilities, combining sensors, electronic warfare and low-cost kinetic interceptors. Lessons from Ukraine show that cheap drones cannot be countered sustainably with expensive air-defence missiles alone.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Defensie versnelt de verwerving van systemen voor het detecteren, identificeren en uitschakelen van drones. Daarbij wordt in eerste instantie gekozen voor beschikbare, beproefde systemen die snel kunnen worden ingezet ter bescherming van kazernes, vliegbases en havens. Parallel daaraan investeert Defensie in de ontwikkeling van innovatieve counter-drone oplossingen samen met de Nederlandse industrie. Ik zal uw Kamer over de voortgang informeren via het Defensie Projectenoverzicht.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Le gouvernement entend doter l'Armée luxembourgeoise de premières capacités de lutte anti-drones, notamment pour la protection du centre militaire du Herrenberg à Diekirch.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Defensie test anti-dronekanonnen op Vliegbasis Volkel — Op Vliegbasis Volkel heeft de luchtmacht deze week verschillende systemen getest om vijandige drones neer te halen. Het gaat onder meer om een mobiel kanon dat kleine drones op enkele kilometers afstand kan uitschakelen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Drones au-dessus des bases : la Défense commande des brouilleurs en urgence — Après plusieurs nuits de survols inexpliqués, le ministre de la Défense a annoncé l'achat accéléré de systèmes de détection et de brouillage. Les premiers équipements devraient être opérationnels d'ici quelques semaines.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "The European Council calls for the swift development of a European drone defence initiative, including an integrated capability to detect, track and neutralise drones along the Union's eastern border.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat drones in toenemende mate worden waargenomen boven vitale infrastructuur en militaire objecten; verzoekt de regering om uiterlijk dit najaar een plan te presenteren voor landelijke dekking met drone-detectie en -bestrijding, inclusief een heldere verdeling van bevoegdheden tussen Defensie en politie, en gaat over tot de orde van de dag.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Die Armee soll bis 2027 über eine erste mobile Fähigkeit zur Drohnenabwehr verfügen, die auch zum Schutz kritischer Infrastruktur im Großherzogtum eingesetzt werden kann.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Monsieur le ministre, la guerre en Ukraine démontre chaque jour l'importance des brouilleurs portatifs et des drones intercepteurs. Nos militaires déployés en Lituanie et en Roumanie disposent-ils aujourd'hui de moyens de protection contre les drones? Dans la négative, quand de tels équipements leur seront-ils fournis?",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Interceptor drones have emerged as one of the most cost-effective answers to the Shahed threat. Ukrainian units now routinely down long-range attack drones with quadcopters costing a few thousand dollars. European armies are beginning to adopt the concept, but procurement cycles remain far slower than the pace of innovation on the battlefield. A credible counter-drone posture will require continuous software updates and close ties with start-ups.",
        frozenset({"c-uas"}),
        "en",
    ),
    # ------------------------------------------------------------------
    # pesco - positives
    # ------------------------------------------------------------------
    (
        "Aan welke PESCO-projecten neemt België momenteel deel en in welke daarvan treedt ons land op als coördinerende natie?",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La Belgique participe actuellement à une vingtaine de projets de la Coopération structurée permanente (CSP). Notre pays en coordonne plusieurs et participe en tant qu'observateur à d'autres. Le rapport annuel du Haut Représentant souligne que la Belgique respecte la majorité des engagements contraignants de la CSP. Des efforts restent toutefois nécessaires en matière d'investissements collaboratifs.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Nederland is coördinator van het PESCO-project Military Mobility, het project met de meeste deelnemers binnen PESCO. Sinds 2021 nemen ook de Verenigde Staten, Canada en Noorwegen deel, en in 2022 is het Verenigd Koninkrijk toegetreden. Het project richt zich op het vereenvoudigen en standaardiseren van procedures voor grensoverschrijdend militair transport. Het kabinet zet zich ervoor in dat de resultaten aansluiten bij de NAVO-planning.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "The Council welcomes the progress made by participating Member States in fulfilling the more binding commitments undertaken in the framework of PESCO. It encourages them to focus on projects that deliver concrete capabilities and to close or merge projects that are not making sufficient progress.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Die Bundesregierung misst der Ständigen Strukturierten Zusammenarbeit (SSZ) eine zentrale Bedeutung für die Stärkung der europäischen Verteidigungsfähigkeit bei. Deutschland beteiligt sich derzeit an einer Vielzahl von SSZ-Projekten und koordiniert unter anderem das Projekt European Medical Command. Die Bundesregierung setzt sich für eine stärkere Ergebnisorientierung der Projekte ein. Zugleich unterstützt sie die Beteiligung von Drittstaaten, sofern diese einen substanziellen Mehrwert erbringen.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Le Luxembourg participe à la coopération structurée permanente depuis son lancement en décembre 2017. Notre pays s'est notamment engagé dans des projets liés à la mobilité militaire et à la surveillance spatiale, domaines dans lesquels il peut apporter une valeur ajoutée malgré la taille réduite de son armée.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "PESCO heeft de hooggespannen verwachtingen van 2017 slechts gedeeltelijk waargemaakt. Het aantal projecten is snel gegroeid, maar veel daarvan bevinden zich nog in een conceptuele fase of dragen weinig bij aan het dichten van de Europese capaciteitstekorten. Bovendien worden de bindende verplichtingen door de deelnemende lidstaten in wisselende mate nageleefd. De AIV beveelt de regering aan om in Europees verband te pleiten voor een kleiner aantal, ambitieuzere projecten. Nederland zou daarbij zelf het voortouw kunnen nemen in domeinen waarin het over specifieke expertise beschikt.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "EU-Verteidigungsminister billigen neue PESCO-Projekte — Die Verteidigungsminister der Europäischen Union haben am Dienstag in Brüssel elf neue Projekte der Ständigen Strukturierten Zusammenarbeit gebilligt. Damit steigt die Zahl der laufenden Vorhaben auf mehr als sechzig.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Défense européenne : la CSP fête ses cinq ans sur fond de critiques — Lancée en grande pompe en 2017, la coopération structurée permanente compte désormais une soixantaine de projets. Mais plusieurs capitales jugent ses résultats décevants. Seule une poignée de projets ont débouché sur des capacités opérationnelles. Bruxelles plaide pour un recentrage.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "PeSCo's more binding commitments have so far done little to change national procurement behaviour, as most participating states continue to buy off-the-shelf from non-European suppliers.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Nederland stapt in nieuw Pesco-project voor militaire cyberopleidingen — Defensie neemt deel aan een nieuw Europees samenwerkingsproject binnen Pesco dat militairen opleidt in cyberverdediging. Dat meldt het ministerie dinsdag.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Madame la ministre, lors du dernier Conseil Affaires étrangères, une nouvelle vague de projets de la coopération structurée permanente a été approuvée. La Belgique n'y figure qu'en tant qu'observatrice pour la plupart d'entre eux. Ne s'agit-il pas d'une occasion manquée pour notre industrie de défense? Quels critères guident le choix de participer ou non à un projet PESCO?",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Luxemburg beteiligt sich derzeit an mehreren PESCO-Projekten, darunter am Projekt zur militärischen Mobilität, und prüft eine Beteiligung an weiteren Vorhaben im Weltraumbereich.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Voorzitter, PESCO was ooit bedoeld als het vlaggenschip van de Europese defensiesamenwerking. Inmiddels zijn er tientallen projecten, maar ik zie er weinig concrete capaciteiten uit voortkomen. Is de minister bereid om bij de strategische herziening van PESCO te pleiten voor minder projecten met meer ambitie? En kan hij toezeggen dat Nederland zich terugtrekt uit projecten die niets opleveren?",
        frozenset({"pesco"}),
        "nl",
    ),
    # ------------------------------------------------------------------
    # multi-topic
    # ------------------------------------------------------------------
    (
        "Among the PESCO projects adopted in the latest wave is a counter-unmanned aerial system project that aims to develop a common European architecture for detecting and neutralising mini- and micro-drones. Belgium and the Netherlands have joined as participants.",
        frozenset({"pesco", "c-uas"}),
        "en",
    ),
    (
        "La Belgique coordonne au sein de la CSP le projet relatif aux systèmes maritimes (semi-)autonomes de lutte contre les mines. Ce projet s'appuie directement sur l'expertise acquise dans le cadre du programme belgo-néerlandais de remplacement des chasseurs de mines, dont les douze navires mettront en œuvre des drones de surface et sous-marins. L'école de guerre des mines binationale d'Ostende pourrait à terme former des équipages d'autres États participants. Les Pays-Bas soutiennent pleinement cette démarche.",
        frozenset({"pesco", "benesam"}),
        "fr",
    ),
    (
        "De nieuwe ASW-fregatten die Nederland en België gezamenlijk laten bouwen, krijgen aanvullende bescherming tegen drones. Naar aanleiding van de ervaringen in de Rode Zee wordt het ontwerp aangepast met extra sensoren en een systeem om aanvallende drones uit te schakelen.",
        frozenset({"benesam", "c-uas"}),
        "nl",
    ),
    (
        "Het Beneluxparlement, gelet op de succesvolle Belgisch-Nederlandse marinesamenwerking onder het gezamenlijke commando van Admiraal Benelux; overwegende dat een vergelijkbare integratie op het gebied van helikopters schaalvoordelen kan opleveren; beveelt de regeringen aan de lessen uit BeNeSam te benutten bij de oprichting van een Benelux-helikoptercommando en de Luxemburgse krijgsmacht bij beide samenwerkingsverbanden te betrekken waar dat meerwaarde heeft.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "nl",
    ),
    (
        "The planned Benelux Helicopter Command could also serve as a vehicle for joint participation in PESCO's Helicopter Hot and High Training project, which prepares crews for operations in demanding climates. Belgian and Dutch officials have indicated that shared training would be among the first deliverables of the binational helicopter cooperation.",
        frozenset({"benelux-helicopter-command", "pesco"}),
        "en",
    ),
    (
        "Dans le cadre de la future coopération belgo-néerlandaise en matière d'hélicoptères, les deux pays étudient la possibilité d'équiper une partie de la flotte commune pour l'interception de drones lents. Des essais de tir contre des drones cibles sont prévus au-dessus de la mer du Nord.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "fr",
    ),
    (
        "Het Beneluxparlement beveelt de regeringen aan: 1. de Belgisch-Nederlandse marinesamenwerking verder te verdiepen, in het bijzonder bij het onderhoud van de nieuwe fregatten en mijnenbestrijdingsvaartuigen; 2. werk te maken van een gemeenschappelijk Benelux-helikoptercommando; 3. gezamenlijk te investeren in capaciteiten voor drone-detectie en -bestrijding ter bescherming van havens en militaire installaties; 4. binnen PESCO gezamenlijke projectvoorstellen in te dienen op terreinen waar de drie landen over specifieke expertise beschikken.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas", "pesco"}),
        "nl",
    ),
    (
        "Neues SSZ-Projekt zur Drohnenabwehr — Deutschland, die Niederlande und Frankreich wollen im Rahmen der Ständigen Strukturierten Zusammenarbeit gemeinsam Systeme zur Abwehr kleiner Drohnen entwickeln. Das Vorhaben wurde beim Treffen der EU-Verteidigungsminister in die Liste der PESCO-Projekte aufgenommen.",
        frozenset({"pesco", "c-uas"}),
        "de",
    ),
    (
        "For the Belgian and Dutch navies, the drone threat has become a design issue. Both the ASW frigates and the new mine countermeasure vessels built under the binational programme will need layered protection against aerial and surface drones. The two countries have proposed a PESCO project on maritime counter-drone systems, which would allow other EU navies to benefit from the work of the Admiral Benelux staff. A decision on the proposal is expected next year.",
        frozenset({"benesam", "pesco", "c-uas"}),
        "en",
    ),
    (
        "Monsieur le ministre, la coopération navale belgo-néerlandaise est souvent citée en exemple. Le projet de commandement binational d'hélicoptères avec les Pays-Bas s'inspire-t-il de la structure de l'Amiral Benelux? Les hélicoptères NH90 NFH de la Composante Marine, qui opèrent depuis les frégates, seront-ils intégrés à ce commandement commun? Quel sera le calendrier?",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "fr",
    ),
    # ------------------------------------------------------------------
    # benesam - close calls
    # ------------------------------------------------------------------
    (
        "België en Nederland bewaken sinds 2017 om beurten het luchtruim van de Benelux met een gezamenlijke QRA-regeling, waarbij de permanente paraatheid om de vier maanden van land wisselt.",
        frozenset(),
        "nl",
    ),
    (
        "Le patrouilleur Castor de la Composante Marine a quitté Zeebrugge lundi pour une mission de surveillance des pêches en mer du Nord.",
        frozenset(),
        "fr",
    ),
    (
        "Zr.Ms. Tromp vertrekt maandag vanuit Den Helder voor een maandenlange inzet in de Indo-Pacific. Het fregat vaart mee in een Britse carrier strike group.",
        frozenset(),
        "nl",
    ),
    (
        "Since 2018, the German Navy's Seebataillon has been integrated into the Royal Netherlands Navy, and German marines regularly operate from the Dutch joint support ship Karel Doorman. The arrangement is widely seen as a cornerstone of German-Dutch military integration. Berlin and The Hague are now exploring similar steps in submarine training. Critics warn that the model depends heavily on political goodwill in both capitals.",
        frozenset(),
        "en",
    ),
    (
        "Die Deutsche Marine und die Königlich Niederländische Marine wollen ihre U-Boot-Ausbildung enger verzahnen. Eine entsprechende Absichtserklärung unterzeichneten die Marineinspekteure in Kiel.",
        frozenset(),
        "de",
    ),
    (
        "La frégate belge Louise-Marie a rejoint le groupe aéronaval français articulé autour du porte-avions Charles de Gaulle. Elle assurera notamment l'escorte anti-sous-marine du bâtiment en Méditerranée orientale.",
        frozenset(),
        "fr",
    ),
    (
        "In de Benelux-verklaring over defensiesamenwerking van 2012 spraken de drie landen af om samen te werken op het gebied van opleiding, materieel en operaties. Sindsdien is onder meer de gezamenlijke luchtruimbewaking tot stand gekomen. Op andere terreinen bleef de samenwerking echter beperkt tot intenties. Het Beneluxparlement dringt daarom aan op een nieuwe politieke impuls.",
        frozenset(),
        "nl",
    ),
    (
        "Le bataillon binational de reconnaissance belgo-luxembourgeois constituera la contribution principale du Luxembourg à la capacité motorisée. Les premiers véhicules CLRV ont été livrés à Diekirch.",
        frozenset(),
        "fr",
    ),
    (
        "The Netherlands has selected Naval Group to build four Orka-class submarines to replace the ageing Walrus class, with the first boat due in the mid-2030s.",
        frozenset(),
        "en",
    ),
    (
        "De Marinecomponent zoekt dit jaar 450 nieuwe medewerkers, van matrozen tot ingenieurs. Vooral technische profielen blijken moeilijk te vinden.",
        frozenset(),
        "nl",
    ),
    (
        "De UK/NL Amphibious Force viert haar vijftigjarig bestaan. Nederlandse mariniers en Britse Royal Marines oefenen al sinds de jaren zeventig samen in Noorwegen en Schotland.",
        frozenset(),
        "nl",
    ),
    (
        "Le Parlement Benelux recommande aux gouvernements de simplifier les procédures de transit des convois militaires entre les trois pays. Il plaide pour un guichet unique pour les autorisations de passage. Les délais actuels, qui peuvent atteindre plusieurs jours, sont jugés incompatibles avec les exigences de l'OTAN. Les trois gouvernements sont invités à faire rapport l'an prochain.",
        frozenset(),
        "fr",
    ),
    (
        "Das belgische Minenjagdboot Bellis beteiligt sich an der Räumung von Weltkriegsmunition in der Ostsee im Rahmen der multinationalen Operation Open Spirit.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command - close calls
    # ------------------------------------------------------------------
    (
        "Het Defensie Helikopter Commando in Gilze-Rijen heeft deze week de eerste van twaalf H225M Caracal-helikopters voor de speciale eenheden in ontvangst genomen.",
        frozenset(),
        "nl",
    ),
    (
        "Les premiers hélicoptères H145M destinés à la Défense belge ont atterri à Beauvechain. Ils seront mis en œuvre par le 1er Wing au profit des forces spéciales.",
        frozenset(),
        "fr",
    ),
    (
        "Dutch CH-47F Chinook crews continue to train in Texas, where the Royal Netherlands Air Force maintains a detachment under a long-standing arrangement with the US Army. The detachment allows pilots to fly in conditions unavailable in crowded Dutch airspace.",
        frozenset(),
        "en",
    ),
    (
        "Nederlandse Apache-helikopters oefenen deze maand samen met Duitse Tiger-helikopters in Noord-Duitsland. Het is de eerste keer dat beide eenheden gezamenlijk luchtaanvallen trainen.",
        frozenset(),
        "nl",
    ),
    (
        "Deutschland und die Niederlande vereinbaren eine enge Zusammenarbeit bei ihren CH-47F-Chinook-Flotten. Geplant sind eine gemeinsame Ausbildung der Besatzungen sowie eine abgestimmte Ersatzteillogistik.",
        frozenset(),
        "de",
    ),
    (
        "Le gouvernement a confirmé le retrait anticipé des hélicoptères NH90 TTH de la Défense belge. Leur taux de disponibilité était jugé trop faible au regard des coûts d'entretien. Les missions de transport seront assurées dans l'intervalle par des appareils loués. Le personnel du 1er Wing sera reconverti sur d'autres types.",
        frozenset(),
        "fr",
    ),
    (
        "Kan de minister meedelen hoeveel van de vier NH90 NFH-helikopters van de Marinecomponent vandaag effectief inzetbaar zijn voor opsporings- en reddingsopdrachten?",
        frozenset(),
        "nl",
    ),
    (
        "Les deux hélicoptères H145M de l'Armée luxembourgeoise sont exploités conjointement avec la Police grand-ducale. Ils assurent notamment des missions de surveillance, de transport et d'évacuation médicale.",
        frozenset(),
        "fr",
    ),
    (
        "Belgian NH90 NFH crews completed a two-week deck-qualification period aboard the French amphibious assault ship Dixmude.",
        frozenset(),
        "en",
    ),
    (
        "Het kabinet heeft besloten de Cougar-helikopters van het Defensie Helikopter Commando eerder uit te faseren. De transportcapaciteit wordt tijdelijk opgevangen door extra inzet van Chinooks en NH90's. Het personeel wordt opnieuw opgeleid voor de nieuwe H225M. Ik informeer uw Kamer in het voorjaar over de vervolgstappen.",
        frozenset(),
        "nl",
    ),
    (
        "Die Bundeswehr hat bei Airbus Helicopters bis zu 82 leichte Mehrzweckhubschrauber vom Typ H145M bestellt.",
        frozenset(),
        "de",
    ),
    (
        "Apache maakt voorzorgslanding bij Ede — Een Apache-gevechtshelikopter van Defensie heeft dinsdagmiddag een voorzorgslanding gemaakt in een weiland bij Ede. Niemand raakte gewond.",
        frozenset(),
        "nl",
    ),
    # ------------------------------------------------------------------
    # c-uas - close calls
    # ------------------------------------------------------------------
    (
        "België koopt vier MQ-9B SkyGuardian-drones van het Amerikaanse General Atomics. De toestellen worden gestationeerd in Florennes.",
        frozenset(),
        "nl",
    ),
    (
        "La 80e Escadrille UAV de Florennes a effectué le premier vol d'un SkyGuardian belge dans l'espace aérien national.",
        frozenset(),
        "fr",
    ),
    (
        "Russland hat die Ukraine in der Nacht mit mehr als 500 Drohnen und Raketen angegriffen. Betroffen waren vor allem Energieanlagen in der Region Kiew.",
        frozenset(),
        "de",
    ),
    (
        "The Netherlands will contribute a further €500 million to the international drone coalition for Ukraine, with the money spent on FPV and long-range strike drones produced largely by Ukrainian manufacturers.",
        frozenset(),
        "en",
    ),
    (
        "Opnieuw drones gezien boven Kleine-Brogel — Boven de luchtmachtbasis van Kleine-Brogel zijn vrijdagavond opnieuw meerdere drones waargenomen. Het federaal parket heeft een onderzoek geopend naar de herkomst.",
        frozenset(),
        "nl",
    ),
    (
        "L'Armée luxembourgeoise a réceptionné ses premiers drones de reconnaissance tactique, qui seront mis à la disposition du bataillon de reconnaissance binational.",
        frozenset(),
        "fr",
    ),
    (
        "Die Bewaffnung der Heron TP-Drohnen der Bundeswehr war lange politisch umstritten. Mit dem Beschluss des Bundestages im April 2022 wurde der Weg für die Beschaffung der Munition freigemacht.",
        frozenset(),
        "de",
    ),
    (
        "The Royal Netherlands Army has ordered loitering munitions for its infantry battalions, its first acquisition of this type of weapon.",
        frozenset(),
        "en",
    ),
    (
        "De landmacht richt in elk bataljon een dronepeloton op. Militairen leren er zelf FPV-drones te bouwen, te vliegen en in te zetten voor verkenning en aanvallen. De eerste opleidingen starten na de zomer in Oirschot. Op termijn moet elke infanterist met een drone kunnen werken.",
        frozenset(),
        "nl",
    ),
    (
        "Kiev visée par une attaque massive de drones — Plusieurs immeubles d'habitation ont été touchés dans la nuit de samedi à dimanche. Le bilan provisoire fait état de trois morts.",
        frozenset(),
        "fr",
    ),
    (
        "Hoeveel militairen hebben in 2024 een opleiding tot dronepiloot gevolgd en over hoeveel drones beschikt de Landcomponent vandaag?",
        frozenset(),
        "nl",
    ),
    (
        "Rheinmetall baut seine Drohnensparte aus und will künftig Kamikazedrohnen in Deutschland in Serie fertigen. Der Konzern rechnet mit Aufträgen der Bundeswehr in Milliardenhöhe.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # pesco - close calls
    # ------------------------------------------------------------------
    (
        "Belgische bedrijven en onderzoeksinstellingen haalden in de jongste oproep van het Europees Defensiefonds (EDF) meer dan 100 miljoen euro binnen.",
        frozenset(),
        "nl",
    ),
    (
        "Les négociations sur le programme européen pour l'industrie de la défense (EDIP) ont abouti à un accord provisoire entre le Conseil et le Parlement européen. Le programme doit soutenir la montée en cadence de la production d'armements en Europe.",
        frozenset(),
        "fr",
    ),
    (
        "Under the SAFE instrument, the Commission will raise up to €150 billion on capital markets to provide long-term loans to member states for joint defence procurement. Poland has requested the largest share.",
        frozenset(),
        "en",
    ),
    (
        "Über die Europäische Friedensfazilität hat die EU bislang mehr als elf Milliarden Euro für die militärische Unterstützung der Ukraine mobilisiert.",
        frozenset(),
        "de",
    ),
    (
        "Uit het CARD-rapport van het Europees Defensieagentschap blijkt dat de lidstaten nog altijd grotendeels nationaal plannen. Het rapport identificeert zes focusgebieden voor gezamenlijke capaciteitsontwikkeling. Nederland scoort bovengemiddeld op samenwerking. De minister zal het rapport bespreken in de volgende EU-Defensieraad.",
        frozenset(),
        "nl",
    ),
    (
        "Grâce à l'instrument EDIRPA, la Belgique a pu participer à l'achat conjoint de munitions de 155 mm avec plusieurs États membres. L'Union a pris en charge une partie des coûts.",
        frozenset(),
        "fr",
    ),
    (
        "Im Innenhof der Villa blüht im April der pesco, wie die Italiener den Pfirsichbaum nennen, und lockt zahlreiche Besucher an.",
        frozenset(),
        "de",
    ),
    (
        "De Italiaanse chef Marco Pesco opent in Zeebrugge een restaurant met uitzicht op de haven. Hij kookte eerder jarenlang aan boord van cruiseschepen.",
        frozenset(),
        "nl",
    ),
    (
        "Le centre de services partagés (CSP) de la Défense traitera désormais l'ensemble des dossiers de rémunération du personnel militaire. Cette centralisation doit réduire les délais de paiement.",
        frozenset(),
        "fr",
    ),
    (
        "The Strategic Compass, adopted in March 2022, commits the EU to establishing a Rapid Deployment Capacity of up to 5,000 troops. The first live exercise took place in Spain in 2023.",
        frozenset(),
        "en",
    ),
    (
        "Het kabinet staat positief tegenover het SAFE-leningeninstrument van de Commissie, maar zal zelf naar verwachting geen gebruik maken van de leningen. Nederland kan zich op de kapitaalmarkt tegen gunstiger voorwaarden financieren. Wel wil het kabinet dat Nederlandse bedrijven kunnen meedingen naar opdrachten die met SAFE-middelen worden gefinancierd. Over de deelname van derde landen is nog geen overeenstemming bereikt.",
        frozenset(),
        "nl",
    ),
    (
        "Der Europäische Verteidigungsfonds (EVF) fördert in seiner jüngsten Ausschreibungsrunde 62 Kooperationsprojekte mit insgesamt rund einer Milliarde Euro. Deutsche Unternehmen sind an fast der Hälfte der Vorhaben beteiligt.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # defence passages touching no topic
    # ------------------------------------------------------------------
    (
        "De regering heeft beslist om het defensiebudget al in 2025 op te trekken tot 2 procent van het bbp, in lijn met de NAVO-norm.",
        frozenset(),
        "nl",
    ),
    (
        "Le ministre a présenté la nouvelle vision stratégique de la Défense. Elle prévoit l'achat de F-35 supplémentaires, de véhicules blindés et de munitions. Les effectifs doivent passer à 29.000 militaires d'ici 2030. L'opposition s'interroge sur le financement de ces ambitions.",
        frozenset(),
        "fr",
    ),
    (
        "At the Hague summit, Allies committed to invest 5% of GDP annually in core defence requirements and defence- and security-related spending by 2035.",
        frozenset(),
        "en",
    ),
    (
        "Der Bundestag hat das neue Wehrdienstgesetz beschlossen. Künftig erhalten alle 18-jährigen Männer einen Fragebogen zur Erfassung ihrer Bereitschaft und Eignung. Für Frauen ist die Beantwortung freiwillig. Reicht die Zahl der Freiwilligen nicht aus, kann der Bundestag eine Bedarfswehrpflicht beschließen.",
        frozenset(),
        "de",
    ),
    (
        "De Kamer heeft ingestemd met de aanschaf van zes extra F-35-jachtvliegtuigen, die op Vliegbasis Volkel worden gestationeerd.",
        frozenset(),
        "nl",
    ),
    (
        "Le Luxembourg s'est engagé à porter son effort de défense à 1 % de son revenu national brut d'ici 2028.",
        frozenset(),
        "fr",
    ),
    (
        "Die Luxemburger Armee stellt weiterhin Soldaten für die vorgeschobene Präsenz der NATO in Litauen ab, wo das Kontingent Teil der von Deutschland geführten Kampfgruppe ist.",
        frozenset(),
        "de",
    ),
    (
        "Europe's ammunition production has roughly tripled since 2022, yet stockpiles remain well below what NATO planners consider necessary for a high-intensity conflict.",
        frozenset(),
        "en",
    ),
    (
        "Belgische militairen vertrekken naar Roemenië — Een detachement van zo'n 250 Belgische militairen vertrekt volgende week naar Roemenië. Ze versterken er de multinationale NAVO-brigade in Cincu.",
        frozenset(),
        "nl",
    ),
    (
        "La Défense peine à recruter — Malgré des campagnes de recrutement intensives, près de 2.000 postes restent vacants au sein de l'armée belge. Les profils techniques et médicaux sont les plus difficiles à pourvoir. Le ministre mise sur de meilleures conditions salariales. Les syndicats militaires jugent ces mesures insuffisantes.",
        frozenset(),
        "fr",
    ),
    (
        "Litauen-Brigade: Weitere Soldaten der Panzerbrigade 45 in Vilnius eingetroffen — Die Bundeswehr hat weitere Kräfte nach Litauen verlegt. Bis 2027 soll die Brigade rund 5.000 Soldatinnen und Soldaten umfassen.",
        frozenset(),
        "de",
    ),
    (
        "Hoeveel militairen hebben de afgelopen vijf jaar Defensie vroegtijdig verlaten en wat zijn volgens de minister de voornaamste redenen?",
        frozenset(),
        "nl",
    ),
]

BLIND_F: list[tuple[str, frozenset[str], str]] = [
    # ------------------------------------------------------------------
    # benesam: positives
    # ------------------------------------------------------------------
    (
        "Mijnheer de minister, de binationale staf van Admiraal Benelux in Den Helder wordt vaak als voorbeeld van Europese defensiesamenwerking naar voren geschoven. Toch hoor ik uit de marine dat het steeds moeilijker wordt om de Belgische posten in te vullen. Hoeveel Belgische militairen zijn vandaag tewerkgesteld bij die staf, en hoe verhoudt dat aantal zich tot de Nederlandse bezetting? Hoeveel Belgische functies staan momenteel vacant? Welke maatregelen neemt u om een detachering naar Den Helder aantrekkelijker te maken voor onze mariniers en hun gezinnen?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Hierbij informeer ik uw Kamer over de voortgang van het project vervanging mijnenbestrijdingscapaciteit (rMCM). Inmiddels is het eerste Nederlandse schip, Zr.Ms. Vlissingen, aan de Koninklijke Marine overgedragen. De Belgische zusterschepen volgen in een vergelijkbaar tempo; België treedt in dit project op als leidende natie voor de verwerving. Conform de taakverdeling binnen de Belgisch-Nederlandse marinesamenwerking wordt het onderhoud van de nieuwe vaartuigen belegd in Zeebrugge, terwijl Den Helder verantwoordelijk blijft voor de fregatten. Over de gevolgen van de vertraging bij de werf in Concarneau voor de opleidingsplanning zal ik uw Kamer in de volgende voortgangsrapportage nader informeren.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "La coopération navale belgo-néerlandaise reste à mes yeux un modèle d'intégration militaire en Europe. Depuis 1996, les deux marines sont placées sous un commandement opérationnel commun, l'Amiral Benelux, et partagent l'entraînement, la formation et l'entretien de leurs frégates et chasseurs de mines.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "À Ostende, l'école de guerre des mines belgo-néerlandaise, l'EGUERMIN, forme chaque année des dizaines de marins des deux pays. Elle accueille aussi des stagiaires venus de toute l'OTAN, de la Norvège à la Turquie. Depuis l'arrivée des nouveaux chasseurs de mines, les cursus ont été entièrement revus pour intégrer les drones de déminage. Les instructeurs belges et néerlandais y enseignent côte à côte, en anglais. « Ici, personne ne se demande plus qui est belge et qui est néerlandais », sourit le commandant de l'école.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Met een ceremonie aan de Nieuwe Haven heeft de Koninklijke Marine donderdag afscheid genomen van de commandant der Zeestrijdkrachten, die tevens de functie van Admiraal Benelux bekleedde. Zijn opvolger neemt niet alleen het bevel over de Nederlandse vloot over, maar ook over de Belgische schepen die onder de binationale staf vallen. Onder de genodigden bevonden zich de Belgische minister van Defensie en de burgemeester van Den Helder. In zijn afscheidsspeech noemde de vertrekkende admiraal de samenwerking met België 'een huwelijk dat na bijna dertig jaar nog altijd bloeit'.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "The Belgian-Dutch naval integration, known as BeNeSam, is often cited as the most far-reaching example of bilateral defence cooperation in Europe. The two navies share a single operational headquarters in Den Helder, a common mine warfare school in Ostend and a division of labour in maintenance. Crucially, the arrangement leaves decisions on deployment in national hands, which has made it politically sustainable. Its joint procurement of mine countermeasure vessels and anti-submarine warfare frigates takes the model a step further, locking both navies into identical platforms for decades. Whether the model can be exported to other pairs of countries remains an open question.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Belgien und die Niederlande führen ihre Seestreitkräfte seit Mitte der Neunzigerjahre über einen gemeinsamen Stab in Den Helder. Der sogenannte Admiral Benelux ist im Frieden für Ausbildung und Einsatzvorbereitung beider Marinen zuständig; über Einsätze entscheiden weiterhin die nationalen Regierungen.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "De nieuwe fregatten voor onderzeebootbestrijding die België samen met Nederland laat bouwen, zullen later in dienst komen dan gepland. Dat bevestigt het kabinet van de minister van Defensie. Nederland leidt de verwerving bij de Damen-werf in Vlissingen, België betaalt zijn deel en levert personeel voor het gemeenschappelijke projectteam. Het is het tweede grote scheepsbouwprogramma van beide marines, na de mijnenjagers die in Frankrijk worden gebouwd. De opvolgers van de Leopold I en de Louise-Marie worden nu ten vroegste in 2030 verwacht.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Mme la sénatrice demande au ministre où en est le remplacement des frégates de type M, programme mené conjointement avec les Pays-Bas dans le cadre de la coopération ABNL.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Mijnheer de minister, de vertraging bij de bouw van de nieuwe mijnenjagers in Concarneau bedraagt intussen meer dan een jaar. Wat betekent dit voor de operationele capaciteit van onze marine en voor de afspraken met Nederland binnen de Admiraliteit Benelux? Worden er bijkomende kosten doorgerekend aan de Belgische begroting?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "The Interparliamentary Assembly welcomes the progress of the binational replacement programmes of the Belgian and Netherlands navies and calls on both governments to extend the ABNL model to logistics and personnel exchange.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Les premiers marins belges ont terminé à Den Helder leur formation commune avec leurs homologues néerlandais sur les nouveaux systèmes de déminage autonomes. Ces drones de surface et sous-marins équiperont les chasseurs de mines de nouvelle génération construits pour les deux marines. La formation a été entièrement conçue de manière binationale : les instructeurs sont tantôt belges, tantôt néerlandais, et le cursus est dispensé en anglais. Selon le commandant de l'école, ce modèle permet d'économiser du personnel des deux côtés de la frontière.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "De Belgisch-Nederlandse marinesamenwerking laat zien dat vergaande integratie mogelijk is zonder dat nationale soevereiniteit wordt prijsgegeven. Het besluit over de inzet van schepen blijft nationaal, terwijl opleiding, training en onderhoud binationaal zijn georganiseerd.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Die neuen Minenabwehrboote, die Belgien und die Niederlande gemeinsam bei der französischen Naval Group bestellt haben, sind von Anfang an als Mutterschiffe für ferngesteuerte Unterwasserdrohnen konzipiert.",
        frozenset({"benesam"}),
        "de",
    ),
    # ------------------------------------------------------------------
    # benesam: close calls (Benelux cooperation in general, navies alone,
    # naval cooperation with other countries)
    # ------------------------------------------------------------------
    (
        "Het fregat Louise-Marie vertrekt volgende week naar de Rode Zee om deel te nemen aan de Europese operatie Aspides ter bescherming van de koopvaardij.",
        frozenset(),
        "nl",
    ),
    (
        "De samenwerking tussen de Koninklijke Marine en de Deutsche Marine is de afgelopen jaren verder verdiept. Het Duitse Seebataillon is operationeel ingebed in het Korps Mariniers en Duitse militairen varen mee op Zr.Ms. Karel Doorman. Ook op het gebied van onderzeebootbestrijding wordt gezamenlijk geoefend. Ik verwacht dat deze samenwerking met de komst van nieuwe platforms aan beide zijden nog verder zal toenemen.",
        frozenset(),
        "nl",
    ),
    (
        "La coopération Benelux en matière de défense a franchi une nouvelle étape avec l'accord permettant aux chasseurs belges et néerlandais d'intercepter des appareils civils suspects dans l'espace aérien des trois pays. Concrètement, la Belgique et les Pays-Bas assurent à tour de rôle la permanence de la police du ciel. Le Luxembourg, qui ne dispose pas d'avions de combat, bénéficie de cette protection. Les règles d'engagement restent toutefois nationales : seul un ministre belge peut ordonner une action extrême au-dessus du territoire belge.",
        frozenset(),
        "fr",
    ),
    (
        "Na vier maanden in het Caribisch gebied is Zr.Ms. Groningen vrijdag teruggekeerd in Den Helder. Het patrouilleschip onderschepte tijdens de inzet ruim drieduizend kilo cocaïne.",
        frozenset(),
        "nl",
    ),
    (
        "The UK/Netherlands Amphibious Force remains the cornerstone of Dutch amphibious capability, with Royal Marines and Dutch marines training side by side in northern Norway every winter.",
        frozenset(),
        "en",
    ),
    (
        "Le patrouilleur Castor a été déployé à plusieurs reprises cette année pour suivre des navires de la flotte fantôme russe dans la zone économique exclusive belge. Le ministre souligne que la Marine ne dispose toutefois que de deux patrouilleurs pour l'ensemble de ses missions de surveillance en mer du Nord.",
        frozenset(),
        "fr",
    ),
    (
        "De Benelux-defensiesamenwerking omvat inmiddels de gezamenlijke bewaking van het luchtruim, de uitwisseling van speciale eenheden en afspraken over grensoverschrijdend militair transport. Ook op het vlak van medische ondersteuning en munitieopslag zijn de eerste stappen gezet. Toch ontbreekt een gedeelde strategische visie op de toekomst van die samenwerking. Het risico bestaat dat zij blijft steken in een verzameling losse projecten die vooral door budgettaire motieven worden gedreven. De raad beveelt daarom aan een gezamenlijke Benelux-defensieagenda met concrete mijlpalen op te stellen.",
        frozenset(),
        "nl",
    ),
    (
        "Die niederländische Marine hat bei der französischen Naval Group vier neue U-Boote bestellt, nachdem sich TKMS aus Kiel vergeblich um den Auftrag bemüht hatte.",
        frozenset(),
        "de",
    ),
    (
        "Bent u bekend met het bericht dat de oplevering van de eerste onderzeeboot van de Orka-klasse later zal plaatsvinden dan gepland? Welke gevolgen heeft dit voor de inzetbaarheid van de onderzeedienst, nu de Walrus-klasse het einde van haar levensduur bereikt?",
        frozenset(),
        "nl",
    ),
    (
        "Le Luxembourg et la Belgique ont franchi une étape supplémentaire dans la constitution de leur bataillon de reconnaissance binational. Les véhicules blindés CLRV luxembourgeois seront intégrés dans une unité commune, ce qui doit permettre au Grand-Duché d'apporter une contribution visible à l'OTAN.",
        frozenset(),
        "fr",
    ),
    (
        "Standing NATO Mine Countermeasures Group 1 sailed from Kiel this week under Belgian command, with ships from Germany, Poland, Norway and Estonia.",
        frozenset(),
        "en",
    ),
    (
        "De Belgische marine wil in Zeebrugge extra kadeplaats voor haar patrouilleschepen en haar nieuwe hydrografisch vaartuig. Het havenbedrijf heeft nog geen geschikte locatie gevonden, omdat de containerterminals steeds meer ruimte opeisen. De marinebasis zit volgens ingewijden nu al krap. Een woordvoerder van Defensie laat weten dat er 'constructieve gesprekken' lopen.",
        frozenset(),
        "nl",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command: positives
    # ------------------------------------------------------------------
    (
        "Met België is afgesproken de mogelijkheden te verkennen voor een gezamenlijk helikoptercommando. Als eerste stap wordt bezien hoe het onderhoud van de NH90 gezamenlijk kan worden ingericht en hoe bemanningen in elkaars eenheden kunnen worden opgeleid. Daarnaast wordt onderzocht of Belgische helikopters op termijn kunnen worden ondergebracht bij een binationale eenheid op vliegbasis Gilze-Rijen. Het besluit over inzet blijft nadrukkelijk een nationale aangelegenheid. Ik verwacht uw Kamer voor de zomer nader te informeren over de uitkomsten van deze verkenning.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Monsieur le ministre, la presse néerlandaise évoque la création d'un commandement d'hélicoptères belgo-néerlandais. Pouvez-vous confirmer que des discussions sont en cours ? Quel serait le rôle de la base de Beauvechain dans une telle structure ? Les décisions d'engagement resteront-elles purement nationales ? Enfin, quand comptez-vous informer le Parlement du contenu de ces discussions ?",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Op vliegbasis Gilze-Rijen wordt met gemengde gevoelens gekeken naar de plannen voor een Benelux-helikoptercommando. 'Samenwerken met de Belgen is prima, we kennen elkaar al jaren,' zegt een Chinook-vlieger die anoniem wil blijven. 'Maar wie heeft straks het laatste woord als er ergens snel een helikopter naartoe moet?' De gemeente Gilze en Rijen hoopt vooral dat de basis er werkgelegenheid aan overhoudt. Volgens Defensie is er nog niets besloten over de locatie van het hoofdkwartier.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Die Benelux-Staaten prüfen die Einrichtung eines gemeinsamen Hubschrauberkommandos, an dem sich Luxemburg mit seinen beiden H145M beteiligen könnte.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Le Luxembourg suit avec intérêt les travaux en vue d'un commandement Benelux des hélicoptères. Notre pays pourrait y contribuer avec ses hélicoptères H145M ainsi qu'avec du personnel technique, a indiqué la ministre de la Défense devant la commission parlementaire.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "A binational helicopter command would allow Belgium and the Netherlands to pool scarce maintenance personnel and simulator capacity for their NH90 fleets. Yet it raises familiar questions about who decides on deployment when national priorities diverge.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "De minister bevestigt dat de helikopters van Beauvechain en die van Gilze-Rijen op termijn onder één Belgisch-Nederlands commando kunnen worden gebracht. Een haalbaarheidsstudie wordt tegen het einde van het jaar verwacht. Over de gevolgen voor het personeel van de 1e Wing is volgens de minister nog niets beslist.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "À Beauvechain, on se prépare à accueillir des mécaniciens néerlandais dans le cadre de la future coopération belgo-néerlandaise en matière d'hélicoptères. Une dizaine de techniciens de Gilze-Rijen devraient rejoindre le 1er Wing dès l'automne. En retour, des pilotes belges suivront une partie de leur qualification aux Pays-Bas. Le bourgmestre se réjouit de cette nouvelle, qui confirme à ses yeux l'avenir de la base. Les syndicats militaires, eux, attendent encore des précisions sur le statut du personnel.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "De Kamer, gehoord de beraadslaging, overwegende dat de regering met België werkt aan een gezamenlijk helikoptercommando, verzoekt de regering daarbij de zelfstandige inzetbaarheid van de Nederlandse luchtmobiele capaciteit te waarborgen, en gaat over tot de orde van de dag.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Het Defensie Helikopter Commando en de Belgische helikopterwing werken al geruime tijd samen bij de opleiding van NH90-bemanningen. De verdere integratie die thans met België wordt verkend, bouwt voort op deze ervaring.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "The Assembly recommends that the governments of Belgium, the Netherlands and Luxembourg establish a joint Benelux helicopter command with a common training and maintenance organisation.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Die luxemburgische Armee will sich an einem gemeinsamen Hubschrauberkommando mit Belgien und den Niederlanden beteiligen. Das erklärte die Verteidigungsministerin am Montag im zuständigen Parlamentsausschuss. Luxemburg verfüge zwar nur über zwei Maschinen, könne aber bei Ausbildung und Wartung einen Beitrag leisten. Die Opposition begrüßte den Schritt grundsätzlich, verlangte aber Klarheit über die Kosten. Eine Entscheidung soll bis Jahresende fallen.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "België en Nederland willen hun militaire helikopters onder één commando brengen. Dat moet helpen om de schaarse technici beter te verdelen. Vooral bij de Belgische Defensie is het tekort nijpend: de NH90 stond jarenlang grotendeels aan de grond door een gebrek aan onderhoudspersoneel. Nederland beschikt over meer toestellen en een grotere basis in Gilze-Rijen, maar kampt evengoed met personeelstekorten. De militaire vakbonden vragen garanties dat Belgische militairen niet zomaar naar Nederland worden overgeplaatst.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    # ------------------------------------------------------------------
    # benelux-helicopter-command: close calls (national commands,
    # helicopter cooperation with other countries)
    # ------------------------------------------------------------------
    (
        "Het Defensie Helikopter Commando beschikt over twintig NH90-, twintig CH-47F Chinook- en achtentwintig AH-64E Apache-helikopters, verdeeld over Gilze-Rijen en De Kooy.",
        frozenset(),
        "nl",
    ),
    (
        "De Apache-vliegers van Gilze-Rijen trainen al jaren in Texas, omdat oefenen boven Nederland steeds lastiger wordt. Geluidsoverlast, stikstofregels en een vol luchtruim beperken de mogelijkheden om laag te vliegen. Het Amerikaanse trainingsdetachement wordt de komende jaren daarom verder uitgebreid. Voor de vliegers betekent dat vaak maandenlang weg van huis. 'Het is de prijs die we betalen om goed te blijven in ons vak,' zegt een van hen.",
        frozenset(),
        "nl",
    ),
    (
        "La Défense a décidé de retirer anticipativement ses hélicoptères NH90 TTH. Le ministre invoque le manque chronique de personnel technique et le coût élevé de l'entretien. Les NH90 NFH, utilisés pour la recherche et le sauvetage, continueront en revanche à voler depuis Coxyde. Une solution de remplacement pour le transport tactique doit encore être définie. Le ministre n'exclut pas l'achat d'un appareil plus léger, déjà en service dans d'autres armées européennes.",
        frozenset(),
        "fr",
    ),
    (
        "Das Heer hat die ersten H145M LUH erhalten, die künftig als leichte Kampfhubschrauber eingesetzt werden sollen.",
        frozenset(),
        "de",
    ),
    (
        "The Netherlands and Germany have agreed to deepen cooperation between the Dutch Defence Helicopter Command and German army aviation. Both countries fly the CH-47F Chinook and intend to share training and spare parts.",
        frozenset(),
        "en",
    ),
    (
        "Les deux hélicoptères H145M de l'armée luxembourgeoise sont utilisés à la fois pour des missions militaires et pour appuyer la police grand-ducale.",
        frozenset(),
        "fr",
    ),
    (
        "Mijnheer de minister, de vervanging van de NH90 TTH laat op zich wachten. Ondertussen beschikt onze landcomponent nauwelijks over eigen luchtmobiele capaciteit. Welke opties worden er onderzocht? Overweegt u een tijdelijke huur van toestellen? En welke timing hanteert u voor een definitieve beslissing?",
        frozenset(),
        "nl",
    ),
    (
        "Kunt u toelichten waarom de Chinooks van het Defensie Helikopter Commando tijdelijk aan de grond staan na de vondst van haarscheurtjes in een onderdeel van de rotorkop?",
        frozenset(),
        "nl",
    ),
    (
        "Des équipages belges se sont entraînés pendant trois semaines avec l'aviation légère de l'armée de Terre française à Pau. Cette coopération, encore limitée, pourrait s'étendre à la maintenance des appareils.",
        frozenset(),
        "fr",
    ),
    (
        "The Multinational Helicopter Training Centre in Sintra has trained crews from more than a dozen nations since it was set up under the European Defence Agency.",
        frozenset(),
        "en",
    ),
    (
        "De 11e Luchtmobiele Brigade is verder geïntegreerd in de Duitse Division Schnelle Kräfte. De helikopters van het Defensie Helikopter Commando blijven daarbij onder nationaal bevel.",
        frozenset(),
        "nl",
    ),
    (
        "Die Bundesregierung beabsichtigt, die Beschaffung der schweren Transporthubschrauber CH-47F trotz der gestiegenen Kosten wie geplant fortzusetzen.",
        frozenset(),
        "de",
    ),
    # ------------------------------------------------------------------
    # c-uas: positives
    # ------------------------------------------------------------------
    (
        "Mijnheer de minister, na de herhaalde droneobservaties boven de vliegbasis van Kleine-Brogel rijst de vraag of Defensie over voldoende middelen beschikt om drones te detecteren en uit te schakelen. U hebt eerder aangekondigd dat er dringend bijkomende systemen worden aangekocht. Welke anti-dronesystemen zijn vandaag operationeel? Wanneer worden de nieuwe systemen geleverd? En hoe verloopt de samenwerking met de politie, die bevoegd is voor het luchtruim boven burgerlijke sites?",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "La Défense a commandé en urgence des systèmes de lutte anti-drones afin de protéger ses bases aériennes et ses sites critiques. Les premiers systèmes, qui combinent radars, capteurs radiofréquences et brouilleurs, seront opérationnels dans les prochaines semaines. Dans un second temps, des moyens cinétiques viendront compléter ce dispositif. Le ministre rappelle que la neutralisation d'un drone au-dessus d'un site civil reste de la compétence de la police, avec laquelle un protocole est en cours de finalisation.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Mit der Änderung des Luftsicherheitsgesetzes soll die Bundeswehr künftig befugt sein, Drohnen über kritischer Infrastruktur notfalls auch abzuschießen. Voraussetzung ist, dass die Polizei dazu nicht in der Lage ist und ein schwerer Unglücksfall droht. Die Opposition hält die Regelung für verfassungsrechtlich bedenklich und verweist auf die strikte Trennung zwischen innerer und äußerer Sicherheit. Die Bundesregierung argumentiert dagegen, nur die Streitkräfte verfügten über die nötigen Wirkmittel. Der Gesetzentwurf soll noch vor der Sommerpause in erster Lesung beraten werden.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Die Drohnenabwehr an deutschen Kasernen ist nach Einschätzung von Experten lückenhaft. Viele Standorte verfügen weder über Detektionssysteme noch über Störsender. Zuständig für die Abwehr außerhalb militärischer Liegenschaften sind zudem die Länderpolizeien, was die Lage zusätzlich verkompliziert. Die Bundeswehr hat inzwischen erste mobile Systeme beschafft, doch bis zu einer flächendeckenden Ausstattung dürften Jahre vergehen.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Defensie versnelt de aanschaf van capaciteit om drones te bestrijden. Naast detectie- en stoorsystemen worden ook kinetische middelen verworven, zoals kanonsystemen met programmeerbare munitie. De eerste systemen worden geplaatst op de vliegbases Volkel en Leeuwarden.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "The European Drone Defence Initiative aims to give the Union a layered capability to detect, track and neutralise hostile drones by the end of 2027.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Le gouvernement entend doter l'armée luxembourgeoise d'une capacité de détection et de neutralisation des drones, notamment pour sécuriser l'aéroport du Findel et les grands événements.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Bij vliegbasis Volkel hebben militairen vrijdagavond geschoten op drones die boven de basis vlogen. De toestellen zijn niet neergehaald en vlogen weg in de richting van Duitsland, meldt Defensie. Het is de eerste keer dat Nederlandse militairen daadwerkelijk het vuur openen op drones boven eigen grondgebied. Omwonenden hoorden rond negen uur 'een serie knallen'. De Koninklijke Marechaussee doet onderzoek naar de herkomst van de drones.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "La sénatrice s'interroge sur la répartition des compétences entre la police fédérale et la Défense en matière de lutte contre les drones malveillants. Qui décide, concrètement, de neutraliser un drone qui survole une centrale nucléaire ?",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Auch Luxemburg will sich besser gegen Drohnen wappnen. Die Armee soll mobile Abwehrsysteme erhalten, die unbemannte Fluggeräte erkennen, verfolgen und stören können.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "Is het waar dat de fregatten van de Koninklijke Marine onvoldoende beschermd zijn tegen aanvallen met goedkope drones, zoals de inzet in de Rode Zee heeft laten zien? Hoeveel luchtdoelraketten zijn er tijdens die inzet verschoten om drones te onderscheppen? Deelt u de mening dat het onhoudbaar is om drones van enkele tienduizenden euro's neer te halen met raketten van ruim een miljoen euro? Welke goedkopere middelen, zoals kanonnen of elektronische storing, worden op korte termijn aan boord geplaatst?",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Countering drones has become a whole-of-government problem. The military owns the jammers and the radars, but the police hold the legal mandate over most civilian airspace.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Face à la multiplication des survols suspects, l'état-major veut déployer des drones intercepteurs, bien moins coûteux que les missiles, pour abattre les appareils hostiles au-dessus des bases de Florennes et de Kleine-Brogel. Le plan prévoit aussi des équipes mobiles de brouillage.",
        frozenset({"c-uas"}),
        "fr",
    ),
    # ------------------------------------------------------------------
    # c-uas: close calls (buying / delivering drones, own drones,
    # drone attacks as such)
    # ------------------------------------------------------------------
    (
        "België heeft vier MQ-9B SkyGuardian-drones besteld bij het Amerikaanse General Atomics. De toestellen worden gestationeerd op de basis van Florennes en moeten vanaf volgend jaar operationeel zijn.",
        frozenset(),
        "nl",
    ),
    (
        "Het kabinet heeft besloten de MQ-9 Reapers van Defensie te bewapenen, zodat zij in de toekomst ook zelfstandig doelen kunnen aanvallen.",
        frozenset(),
        "nl",
    ),
    (
        "Une attaque massive de drones russes a frappé Kiev dans la nuit, faisant au moins douze morts et des dizaines de blessés.",
        frozenset(),
        "fr",
    ),
    (
        "Die Bundeswehr beschafft erstmals Kamikazedrohnen in größerer Stückzahl. Sie sollen zunächst an die Kampftruppen im Osten der Allianz ausgeliefert werden.",
        frozenset(),
        "de",
    ),
    (
        "Ukraine's defence ministry says it delivered well over a million FPV drones to front-line units last year, most of them produced domestically.",
        frozenset(),
        "en",
    ),
    (
        "Het leger leidt steeds meer soldaten op tot dronepiloot. In het opleidingscentrum leren ze kleine verkenningsdrones besturen en beelden doorsturen naar de commandopost. Volgens de instructeurs is de vraag de voorbije twee jaar verdrievoudigd. Elke infanteriesectie moet op termijn over een eigen drone beschikken. Voor sommige rekruten is het vliegen met drones zelfs de belangrijkste reden om bij Defensie te tekenen.",
        frozenset(),
        "nl",
    ),
    (
        "Le Luxembourg contribue à hauteur de plusieurs millions d'euros à la coalition internationale qui fournit des drones à l'Ukraine.",
        frozenset(),
        "fr",
    ),
    (
        "Voor de kust van Walcheren test de Koninklijke Marine deze week onbemande onderwatervaartuigen die zeemijnen moeten opsporen. Vissers wordt gevraagd het testgebied te mijden.",
        frozenset(),
        "nl",
    ),
    (
        "Der Haushaltsausschuss hat die Beschaffung weiterer Heron TP-Drohnen für die Luftwaffe gebilligt.",
        frozenset(),
        "de",
    ),
    (
        "A Russian drone struck a residential building in Kharkiv overnight, injuring six people, regional officials said.",
        frozenset(),
        "en",
    ),
    (
        "Le ministre annonce l'acquisition de plusieurs centaines de mini-drones de reconnaissance pour les unités de la composante Terre. Ces appareils doivent améliorer la connaissance de la situation des petites unités sur le terrain.",
        frozenset(),
        "fr",
    ),
    (
        "Drones zijn niet meer weg te denken van het slagveld in Oekraïne. Naar schatting is het merendeel van de verliezen aan beide zijden inmiddels toe te schrijven aan onbemande systemen. Rusland zet bovendien massaal Shahed-drones in tegen de Oekraïense energie-infrastructuur. Voor Europese krijgsmachten betekent dit dat drones een vaste plaats moeten krijgen in elke eenheid, van verkenning tot precisieaanvallen.",
        frozenset(),
        "nl",
    ),
    # ------------------------------------------------------------------
    # pesco: positives
    # ------------------------------------------------------------------
    (
        "Mijnheer de minister, België heeft zich bij de start van PESCO in 2017 ertoe verbonden om bindende engagementen na te komen. Aan hoeveel PESCO-projecten neemt ons land vandaag deel, en voor welke projecten treedt het op als coördinator? Hoeveel budget en personeel worden daaraan besteed? Welke projecten hebben intussen concrete resultaten opgeleverd voor onze krijgsmacht?",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La Belgique participe actuellement à plusieurs dizaines de projets menés dans le cadre de la coopération structurée permanente. Elle en coordonne quelques-uns, principalement dans le domaine maritime. Le ministre précise que chaque participation fait l'objet d'une évaluation annuelle dans le plan national de mise en œuvre.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Nederland is coördinator van het PESCO-project Military Mobility, dat met bijna alle lidstaten en enkele derde landen verreweg het grootste project binnen de permanente gestructureerde samenwerking is. Het project richt zich op het wegnemen van juridische en procedurele belemmeringen voor grensoverschrijdend militair transport. Sinds de toetreding van de Verenigde Staten, Canada, Noorwegen en het Verenigd Koninkrijk heeft het ook een trans-Atlantische dimensie gekregen. Het kabinet zet zich ervoor in dat de resultaten daadwerkelijk in nationale regelgeving worden verankerd.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Die Bundesregierung misst der Ständigen Strukturierten Zusammenarbeit weiterhin große Bedeutung bei. Deutschland beteiligt sich an zahlreichen SSZ-Projekten und koordiniert unter anderem das Europäische Sanitätskommando und das Netzwerk logistischer Drehscheiben. Die Bundesregierung setzt sich im Rahmen der strategischen Überprüfung dafür ein, die Zahl der Projekte zu straffen. Zugleich sollen die verbindlichen Verpflichtungen der teilnehmenden Mitgliedstaaten konsequenter überprüft werden.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "The Council today adopted a decision launching a new wave of PESCO projects, bringing the total number of projects under Permanent Structured Cooperation to more than sixty. The new projects cover areas ranging from medical support to space-based surveillance. Member States also agreed to close several projects that had failed to deliver results. The High Representative welcomed the decision as a sign that PESCO is moving from quantity to quality.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Le Luxembourg participe à plusieurs projets PESCO, dont la mobilité militaire et la plateforme de partage d'informations sur les cybermenaces. Ces projets correspondent aux niches capacitaires dans lesquelles le Grand-Duché souhaite se spécialiser.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "PESCO heeft tot nu toe vooral geleid tot een lange lijst van projecten met sterk uiteenlopende ambities. Veel projecten bevinden zich nog in de conceptfase en slechts enkele hebben daadwerkelijk nieuwe capaciteiten opgeleverd. Bovendien worden de bindende verplichtingen die lidstaten in 2017 zijn aangegaan nauwelijks gehandhaafd. De raad beveelt aan dat Nederland zich inzet voor een kleiner aantal projecten met een duidelijke operationele meerwaarde. Daarbij zou ook gekeken moeten worden naar het beëindigen van projecten die na vijf jaar geen resultaat hebben geboekt.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La coopération structurée permanente n'a pas tenu toutes ses promesses, estime ce chercheur de l'Institut Egmont, qui plaide pour un recentrage sur quelques projets phares.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat derde landen als Noorwegen en Canada al aan het Pesco-project militaire mobiliteit deelnemen, verzoekt de regering zich in te zetten voor een bredere openstelling van Pesco-projecten voor gelijkgezinde NAVO-partners, en gaat over tot de orde van de dag.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Die PeSCo-Projekte, einst als Herzstück der europäischen Verteidigungsunion gepriesen, fristen heute vielfach ein Schattendasein.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "The 2025 strategic review of PESCO offers an opportunity to prune underperforming projects. The remaining ones should be tied more directly to the EU's capability development priorities.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Nederland neemt momenteel deel aan zestien projecten in het kader van de permanente gestructureerde samenwerking en heeft bij een aantal andere de status van waarnemer. De deelname wordt jaarlijks verantwoord in het nationale implementatieplan.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Luxemburg ist seit 2017 Mitglied der Ständigen Strukturierten Zusammenarbeit. Das Großherzogtum beteiligt sich unter anderem am Projekt zur militärischen Mobilität und an einem Vorhaben im Bereich der Satellitenkommunikation. Kritiker bemängeln, dass die Beteiligung vor allem symbolischen Charakter habe. Das Verteidigungsministerium verweist dagegen auf die begrenzten personellen Ressourcen der Armee und betont, Luxemburg setze bewusst auf Nischen.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Ireland's decision to join additional PESCO projects marks a shift for a country long wary of anything resembling a defence union. Dublin stresses that its participation remains compatible with military neutrality.",
        frozenset({"pesco"}),
        "en",
    ),
    # ------------------------------------------------------------------
    # pesco: close calls (other EU instruments, the name Pesco,
    # other meanings of CSP / SSZ)
    # ------------------------------------------------------------------
    (
        "In de laatste ronde van het Europees Defensiefonds is ruim negentig miljoen euro toegekend aan consortia met Nederlandse deelname.",
        frozenset(),
        "nl",
    ),
    (
        "Le programme européen pour l'industrie de la défense (EDIP) doit prendre le relais des instruments de court terme adoptés depuis 2022. La Belgique plaide pour que les PME puissent y accéder plus facilement.",
        frozenset(),
        "fr",
    ),
    (
        "Under the SAFE instrument, the Commission will raise up to €150 billion on the capital markets to provide long-term loans to Member States for the joint procurement of defence products.",
        frozenset(),
        "en",
    ),
    (
        "Die Europäische Friedensfazilität hat bislang mehr als elf Milliarden Euro für die militärische Unterstützung der Ukraine bereitgestellt, doch Ungarn blockiert weitere Tranchen.",
        frozenset(),
        "de",
    ),
    (
        "De Coordinated Annual Review on Defence wijst er opnieuw op dat de Europese defensie-uitgaven te versnipperd zijn. Volgens het rapport investeren de lidstaten nog altijd te weinig in gezamenlijke projecten. Ook België scoort op dat vlak ondermaats. Collega's, dat is geen verrassing: onze aankopen gebeuren nog te vaak nationaal of rechtstreeks bij de Verenigde Staten. Ik vraag de minister hoe hij deze vaststellingen zal vertalen in het volgende investeringsplan.",
        frozenset(),
        "nl",
    ),
    (
        "Grâce à l'instrument EDIRPA, la Belgique a pu participer à un achat groupé de munitions de 155 mm avec plusieurs partenaires européens. Le cofinancement européen couvre une partie du surcoût lié à la coopération. Les premières livraisons sont attendues au printemps. Le ministre souligne que ce type d'achat commun permet d'obtenir des prix plus avantageux et des délais de livraison plus courts.",
        frozenset(),
        "fr",
    ),
    (
        "Oberstleutnant Marco Pesco übernimmt zum 1. Oktober das Kommando über das Logistikbataillon 161 in Delmenhorst.",
        frozenset(),
        "de",
    ),
    (
        "Het Italiaanse restaurant Il Pesco aan de Beatrixstraat sluit na dertig jaar zijn deuren. Vooral mariniers en marinepersoneel van de nabijgelegen kazerne waren er vaste gasten.",
        frozenset(),
        "nl",
    ),
    (
        "Parmi les candidats recrutés en 2024, la répartition par catégorie socioprofessionnelle (CSP) des parents montre une nette surreprésentation des milieux ouvriers et employés. Le ministre y voit la confirmation que la Défense reste un ascenseur social.",
        frozenset(),
        "fr",
    ),
    (
        "Das Standortschießzentrum (SSZ) in Munster wird für rund 40 Millionen Euro modernisiert und soll künftig auch für Übungen verbündeter Streitkräfte zur Verfügung stehen.",
        frozenset(),
        "de",
    ),
    (
        "The European Defence Industrial Strategy sets a target of procuring at least 40% of defence equipment collaboratively by 2030.",
        frozenset(),
        "en",
    ),
    (
        "Het Europees Defensiefonds en het nieuwe EDIP-programma moeten de Europese defensie-industrie een duw in de rug geven. Maar kleine landen als België vrezen dat vooral de grote Franse, Duitse en Italiaanse spelers ervan zullen profiteren. Vlaamse kmo's klagen over de complexe procedures en de zware eisen aan consortia. De federale regering wil daarom een loket oprichten dat bedrijven begeleidt bij hun aanvragen.",
        frozenset(),
        "nl",
    ),
    # ------------------------------------------------------------------
    # several topics
    # ------------------------------------------------------------------
    (
        "België coördineert binnen PESCO het project Maritime (semi-)Autonomous Systems for Mine Countermeasures. De daarin ontwikkelde toolbox met onbemande systemen wordt ingezet op de nieuwe mijnenbestrijdingsschepen die samen met Nederland worden gebouwd.",
        frozenset({"benesam", "pesco"}),
        "nl",
    ),
    (
        "Les futures frégates de lutte anti-sous-marine, commandées conjointement par la Belgique et les Pays-Bas, seront équipées d'une défense renforcée contre les drones. C'est une leçon directement tirée des attaques houthies en mer Rouge, a expliqué le commandant de la Marine devant la commission. Outre des brouilleurs, les navires recevront des canons capables d'abattre des drones à moindre coût que les missiles. Les spécifications ont été adaptées en concertation avec la partie néerlandaise, sans retarder le calendrier de construction, assure-t-il.",
        frozenset({"benesam", "c-uas"}),
        "fr",
    ),
    (
        "Building on almost three decades of naval integration under Admiral Benelux, the two defence ministers signed a letter of intent on a binational helicopter command. The new structure would bring the Belgian and Dutch NH90 fleets under a single command while leaving decisions on deployment in national hands.",
        frozenset({"benesam", "benelux-helicopter-command"}),
        "en",
    ),
    (
        "During the exercise, Belgian and Dutch crews of the future binational helicopter command practised low-level flight in an environment where hostile drones were being detected and jammed by ground-based counter-UAS teams. Several crews flew their first sorties under the new common procedures.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "en",
    ),
    (
        "De Kamer vroeg ook naar PESCO-projecten op helikoptergebied, zoals de opleiding voor inzet in hete en hooggelegen gebieden. De minister wees erop dat de prioriteit voorlopig ligt bij het gezamenlijke helikoptercommando dat met België wordt opgezet.",
        frozenset({"benelux-helicopter-command", "pesco"}),
        "nl",
    ),
    (
        "Le projet CSP de lutte contre les systèmes aériens sans pilote, coordonné par l'Italie, vise à développer un système commun de détection et de neutralisation des mini-drones.",
        frozenset({"pesco", "c-uas"}),
        "fr",
    ),
    (
        "L'Assemblée interparlementaire Benelux recommande aux gouvernements des trois pays : d'étendre le modèle de l'Amiral Benelux à d'autres composantes ; de mettre en place sans tarder un commandement conjoint des hélicoptères ; de développer ensemble une capacité de lutte anti-drones pour protéger les ports, les bases et les infrastructures critiques ; et de présenter davantage de projets communs dans le cadre de la coopération structurée permanente.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas", "pesco"}),
        "fr",
    ),
    (
        "De mijnenbestrijdingsvaartuigen die samen met België worden gebouwd, krijgen aanvullende bescherming tegen drones. Het gaat om een stoorsysteem en een extra op afstand bediend wapenstation.",
        frozenset({"benesam", "c-uas"}),
        "nl",
    ),
    (
        "Mehrere SSZ-Projekte befassen sich inzwischen mit der Abwehr von Drohnen. Experten bezweifeln jedoch, dass diese Vorhaben schnell genug Ergebnisse liefern, und fordern stattdessen nationale Sofortbeschaffungen.",
        frozenset({"pesco", "c-uas"}),
        "de",
    ),
    (
        "Zal het gezamenlijke helikoptercommando met Nederland ook een rol krijgen in de drone-afweer, bijvoorbeeld door helikopters in te zetten om drones boven havens en kerncentrales te onderscheppen?",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "nl",
    ),
    (
        "Les marines belge et néerlandaise ont présenté conjointement, lors d'une démonstration à Zeebrugge, leur boîte à outils de déminage autonome. Celle-ci constitue aussi la contribution des deux pays au projet de la CSP consacré aux systèmes maritimes autonomes de lutte contre les mines. Drones de surface, drones sous-marins et véhicules d'identification et de neutralisation ont été mis en œuvre depuis le quai. Les premiers exemplaires seront embarqués sur les nouveaux chasseurs de mines dès leur entrée en service.",
        frozenset({"benesam", "pesco"}),
        "fr",
    ),
    # ------------------------------------------------------------------
    # defence, none of the topics
    # ------------------------------------------------------------------
    (
        "De eerste Belgische F-35's zijn geland op de vliegbasis van Florennes, waar ze de F-16's van de 2e Tactische Wing zullen vervangen.",
        frozenset(),
        "nl",
    ),
    (
        "Le budget de la Défense atteindra 2 % du PIB dès cette année, conformément à l'engagement pris au sein de l'OTAN. Le gouvernement devra toutefois trouver des moyens supplémentaires pour respecter la nouvelle norme adoptée au sommet de La Haye.",
        frozenset(),
        "fr",
    ),
    (
        "Allies agreed at the Hague summit to invest 5% of GDP annually in core defence requirements and defence- and security-related spending by 2035.",
        frozenset(),
        "en",
    ),
    (
        "Die Panzerbrigade 45 in Litauen soll bis 2027 voll einsatzbereit sein. Noch fehlen allerdings Unterkünfte, Schulen und Kitas für die Familien der Soldaten. Das litauische Verteidigungsministerium versichert, die Infrastruktur werde rechtzeitig fertig. In der Truppe ist die Skepsis dennoch groß.",
        frozenset(),
        "de",
    ),
    (
        "Defensie wil het aantal militairen de komende jaren fors laten groeien. Een belangrijk instrument daarbij is het dienjaar, waarin jongeren een jaar lang kennismaken met de krijgsmacht. Het aantal aanmeldingen ligt dit jaar ruim boven de verwachting.",
        frozenset(),
        "nl",
    ),
    (
        "L'A400M luxembourgeois est opéré au sein d'une unité binationale avec la Belgique, basée à Melsbroek. L'appareil a participé cette année à plusieurs opérations d'évacuation de ressortissants.",
        frozenset(),
        "fr",
    ),
    (
        "De militaire vakbonden dreigen met acties tegen de pensioenhervorming van de regering. Ze vrezen dat militairen straks tot 67 jaar moeten werken, terwijl het beroep fysiek zwaar blijft. Volgens de vakbonden zal Defensie daardoor nog moeilijker nieuwe mensen aantrekken. Het kabinet van de minister laat weten dat er overleg gepland is. Een eerste betoging staat eind deze maand in Brussel op het programma.",
        frozenset(),
        "nl",
    ),
    (
        "Op de boulevard in Vlissingen werd zaterdag de jaarlijkse Veteranendag van Walcheren gehouden, met een defilé van ruim vierhonderd veteranen.",
        frozenset(),
        "nl",
    ),
    (
        "Dutch public support for higher defence spending has risen sharply since 2022. Willingness to accept cuts in other policy areas to pay for it, however, remains limited.",
        frozenset(),
        "en",
    ),
    (
        "Die Wehrbeauftragte beklagt in ihrem Jahresbericht erhebliche Mängel bei der Infrastruktur der Kasernen. Sanitäranlagen seien vielerorts marode, Unterkünfte überbelegt. Zugleich habe sich die Personallage trotz aller Bemühungen kaum verbessert. Die Truppe altere und schrumpfe. Der Bundestag müsse die Mittel für Bau und Sanierung deutlich erhöhen.",
        frozenset(),
        "de",
    ),
    (
        "La composante Terre a réceptionné cette année une nouvelle série de véhicules Griffon et Jaguar dans le cadre du partenariat CaMo avec la France.",
        frozenset(),
        "fr",
    ),
    (
        "Op de Generaal De Kruijff-kazerne in Oirschot is dinsdag een nieuw opleidingscentrum geopend. Er kunnen jaarlijks ruim duizend rekruten worden getraind.",
        frozenset(),
        "nl",
    ),
]

BLIND_G: list[tuple[str, frozenset[str], str]] = [
    (
        "De eerste van de twaalf nieuwe mijnenbestrijdingsvaartuigen die in het kader van de Belgisch-Nederlandse marinesamenwerking worden gebouwd, is inmiddels aan België overgedragen. Zr.Ms. Vlissingen volgt naar verwachting later dit jaar; de vertraging bij de werf in Concarneau heeft gevolgen voor de uitfasering van de huidige Alkmaarklasse.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Monsieur le ministre, le programme de remplacement des chasseurs de mines, mené conjointement avec les Pays-Bas, accuse un retard important. Le chantier a reporté à plusieurs reprises la livraison de l'Oostende, premier navire de la série. Pouvez-vous nous indiquer le nouveau calendrier de livraison des six navires belges ? Quelles conséquences ce retard a-t-il sur la formation des équipages à l'école de guerre des mines d'Ostende ? Enfin, la partie néerlandaise a-t-elle demandé des compensations ?",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Tijdens een plechtigheid in Den Helder werd vandaag het bevel over de binationale staf van Admiraal Benelux overgedragen. Zoals vastgelegd in de BeNeSam-akkoorden bekleedt de Belgische commandant van de Marinecomponent de functie van plaatsvervangend Admiraal Benelux. De nieuwe commandant gaf aan dat de komst van de nieuwe fregatten en mijnenbestrijdingsvaartuigen de komende jaren de grootste uitdaging voor de binationale staf wordt. Ook de gezamenlijke opleidingen in Den Helder en Oostende moeten daarop worden aangepast.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Damen Naval has started construction of the first Anti-Submarine Warfare Frigate (ASWF) at its Vlissingen yard. The programme covers four ships, two for the Royal Netherlands Navy and two for the Belgian Navy, replacing the M-class frigates both navies currently operate. As with the earlier M-frigate upgrade, the Netherlands acts as lead nation for the frigates, while Belgium leads the parallel mine countermeasures programme. The first Dutch ship is scheduled for delivery around 2029.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Seit 1996 führen Belgien und die Niederlande ihre Seestreitkräfte unter dem gemeinsamen Kommando des Admiral Benelux in Den Helder, was als engste Marinekooperation zweier NATO-Staaten gilt.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "L'école binationale de guerre des mines EGUERMIN, installée à Ostende, a accueilli cette semaine les premiers stagiaires néerlandais formés à la mise en œuvre des drones de lutte contre les mines qui équiperont les nouveaux navires. Instructeurs belges et néerlandais y assurent ensemble la formation des équipages des douze futurs chasseurs de mines.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "De Belgisch-Nederlandse marinesamenwerking wordt vaak aangehaald als blauwdruk voor Europese defensie-integratie. Beide marines delen sinds 1996 een operationeel hoofdkwartier, en opleiding en onderhoud zijn langs de lijn van scheepstypes verdeeld: Nederland neemt de fregatten voor zijn rekening, België de mijnenbestrijding. Die specialisatie levert schaalvoordelen op, maar maakt beide landen ook kwetsbaar wanneer een partner bezuinigt of capaciteit afstoot. De gezamenlijke verwerving van nieuwe fregatten en mijnenbestrijdingsvaartuigen heeft de onderlinge afhankelijkheid voor de komende decennia verder verankerd.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "La frégate Louise-Marie est rentrée à Zeebrugge après une période d'entretien de trois mois au chantier de la marine néerlandaise à Den Helder. Conformément aux accords de coopération navale belgo-néerlandaise, la maintenance des frégates est assurée aux Pays-Bas, tandis que la Belgique prend en charge celle des chasseurs de mines. Durant cette période, les techniciens néerlandais ont notamment remplacé une partie des systèmes de propulsion. Le navire reprendra ses activités opérationnelles le mois prochain, après une période d'entraînement en mer.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Vanuit het ABNL-hoofdkwartier in Den Helder worden Belgische en Nederlandse schepen in de Noordzee gezamenlijk aangestuurd. Deze week coördineerde de binationale staf de inzet van een Belgisch en een Nederlands schip bij het begeleiden van een Russisch marineschip door het Kanaal.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Mijnheer de minister, ik heb een vraag over de bemanning van de nieuwe fregatten. De opleiding voor die schepen zal, zoals afgesproken binnen de Benelux-marinesamenwerking, grotendeels in Den Helder plaatsvinden. Heel wat jonge Belgische matrozen haken echter af omdat zij lange periodes in Nederland moeten verblijven. Overweegt u bijkomende vergoedingen of een aangepaste opleidingsregeling? En hoe wordt de Nederlandse partner daarbij betrokken?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Wer sehen will, wie europäische Verteidigungsintegration praktisch funktioniert, muss nach Den Helder fahren. Dort sitzt der binationale Stab, über den Belgien und die Niederlande ihre Marinen gemeinsam führen – bis hin zur gemeinsamen Ausbildung und Instandhaltung.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "Le ministre rappelle que la coopération BeNeSam repose sur une répartition des tâches : les Pays-Bas assurent la formation et l'entretien pour les frégates, la Belgique pour les chasseurs de mines. Cette répartition sera maintenue pour les nouvelles frégates ASW.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Admiral Benelux remains the most advanced example of binational command in NATO. Yet the arrangement was designed for peacetime efficiency, and it is less clear how it would work if Brussels and The Hague disagreed on a deployment. Both governments have so far avoided the question by keeping national command over ships on operations. As the new frigates and minehunters enter service, that ambiguity will become harder to sustain. A clear political agreement on sovereignty would strengthen, not weaken, the arrangement.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "La Belgique assure la coordination du projet CSP « Maritime (semi-)Autonomous Systems for Mine Countermeasures » (MAS MCM). Ce projet s'appuie directement sur l'expérience acquise dans le programme de remplacement des chasseurs de mines mené avec les Pays-Bas, dont les navires mettront en œuvre des drones de surface et sous-marins. L'objectif est de permettre à d'autres États membres de développer des capacités compatibles. Les Pays-Bas participent également au projet.",
        frozenset({"benesam", "pesco"}),
        "fr",
    ),
    (
        "De nieuwe ASW-fregatten die België en Nederland gezamenlijk verwerven, krijgen een gelaagde verdediging tegen drones. Naast radar en elektro-optische sensoren voor detectie kunnen kleine onbemande systemen worden uitgeschakeld met het 40mm-boordkanon en met elektronische stoorzenders.",
        frozenset({"benesam", "c-uas"}),
        "nl",
    ),
    (
        "After repeated drone sightings near Zeebrugge and Den Helder, Admiral Benelux has ordered portable counter-UAS jammers to be issued to the Belgian and Dutch minehunters deployed in the North Sea.",
        frozenset({"benesam", "c-uas"}),
        "en",
    ),
    (
        "Nederland en België beschikken met BeNeSam al over een vergaand geïntegreerde samenwerking, waarin beide marines onder één binationale staf opereren. Die ervaring kan worden benut om gezamenlijk PESCO-projecten te trekken, zoals België nu al doet op het gebied van autonome mijnenbestrijding.",
        frozenset({"benesam", "pesco"}),
        "nl",
    ),
    (
        "Op 12 maart hebben de Nederlandse en Belgische minister van Defensie een intentieverklaring ondertekend over de oprichting van een binationaal helikoptercommando. Doel is de opleiding, het onderhoud en de operationele inzet van de helikoptervloten van beide landen stapsgewijs te integreren. De nationale zeggenschap over de inzet blijft daarbij gewaarborgd. Luxemburg heeft belangstelling getoond om aan te sluiten. Ik zal uw Kamer voor het einde van het jaar informeren over de verdere uitwerking.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Monsieur le ministre, où en est le projet de commandement hélicoptères Benelux ? Quelles en seront les conséquences pour la base de Beauvechain et pour le personnel du Wing Heli ?",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Le Luxembourg entend rejoindre le futur commandement hélicoptères belgo-néerlandais, dans le prolongement de l'acquisition conjointe de ses H145M avec la Belgique.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Die luxemburgische Armee will sich an einem gemeinsamen Hubschrauberkommando der Benelux-Staaten beteiligen. Das erklärte Verteidigungsministerin Yuriko Backes am Dienstag im zuständigen Parlamentsausschuss. Die Einzelheiten sollen bis Jahresende mit Brüssel und Den Haag ausgehandelt werden.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Belgium and the Netherlands are working towards a binational helicopter command that would integrate training, maintenance and eventually operational tasking of both countries' rotary-wing fleets. Officials say the headquarters is likely to be co-located with the Dutch Defence Helicopter Command at Gilze-Rijen.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Belgische helikopterpiloten volgen voortaan een deel van hun opleiding in Gilze-Rijen. Het is de eerste concrete stap in de Belgisch-Nederlandse helikoptersamenwerking die beide defensiestaven vorig jaar overeenkwamen. Concreet gaat het om de simulatortraining en een deel van de tactische opleiding. Op termijn moet ook het onderhoud van de toestellen gezamenlijk worden georganiseerd. De eerste Belgische leerlingen zijn deze maand aan hun opleiding begonnen.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat België en Nederland al nauw samenwerken bij de opleiding van helikopterbemanningen; verzoekt de regering, samen met België en Luxemburg de mogelijkheden te verkennen voor een gezamenlijk Benelux-helikoptercommando en de Kamer hierover voor de zomer te informeren, en gaat over tot de orde van de dag.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Le Parlement Benelux recommande aux trois gouvernements de créer un commandement hélicoptères commun, afin de mutualiser la formation des équipages, la maintenance et la gestion des pièces de rechange.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Under current plans, the Benelux helicopter command would reach initial operating capability in 2028. A Dutch officer would command it with a Belgian deputy, and Luxembourg would contribute liaison staff.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Belgien und die Niederlande wollen ihre Hubschrauberverbände künftig unter einem gemeinsamen binationalen Kommando führen; Luxemburg prüft eine Beteiligung.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Een gezamenlijk Belgisch-Nederlands helikoptercommando biedt duidelijke voordelen. België zou toegang krijgen tot Nederlandse zware transportcapaciteit, terwijl Nederland kan putten uit een grotere pool van vliegers en technici. Tegelijk zijn er risico's: de vloten verschillen sterk van samenstelling en de nationale besluitvorming over inzet loopt uiteen. Zonder heldere afspraken over soevereiniteit dreigt het commando een papieren constructie te blijven.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Le Conseil des ministres a approuvé la signature d'un mémorandum d'entente avec les Pays-Bas relatif à la coopération en matière d'hélicoptères militaires. Le texte prévoit une formation commune des pilotes et des techniciens ainsi qu'un soutien logistique partagé. Il s'agit d'une première étape vers un commandement binational, dont les contours doivent encore être précisés. Le ministre de la Défense a souligné que chaque pays conservera la décision d'engager ses propres appareils.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Les deux hélicoptères H145M de l'armée luxembourgeoise pourraient à terme être intégrés dans une structure de commandement commune avec la Belgique et les Pays-Bas. C'est ce qu'a indiqué la ministre de la Défense devant la commission parlementaire. Le Luxembourg ne dispose que d'une poignée de pilotes militaires, formés en Belgique. Une coopération à trois permettrait de garantir la disponibilité des appareils et de mutualiser la formation. Aucune décision n'a encore été prise sur le calendrier.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Op vliegbasis Gilze-Rijen trainden Nederlandse en Belgische helikopterbemanningen deze week samen. De oefening maakt deel uit van de binationale helikoptersamenwerking die beide landen verder uitbouwen. Belgische H145M's vlogen mee met Nederlandse Chinooks en NH90's in scenario's voor luchtmobiele operaties en medische evacuatie. Volgens de oefenleider verliep de samenwerking soepel, al moeten de procedures voor onderhoud en brandstofvoorziening nog verder worden afgestemd.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Die Regierung sieht im geplanten Benelux-Helikopterkommando eine Chance, die knappen Luftkapazitäten der Armee besser auszulasten. Kritiker in der Chamber bemängeln, dass die Kosten für Luxemburg bislang nicht beziffert wurden. Verteidigungsministerin Backes entgegnete, eine Kostenschätzung werde vorgelegt, sobald die Verhandlungen mit Belgien und den Niederlanden abgeschlossen seien. Offen ist zudem, ob Luxemburg eigene Piloten in das Kommando entsendet.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Once established, the Benelux helicopter command could be opened up to other member states as a PESCO project. This would also make its training and maintenance strands eligible for a bonus under the European Defence Fund.",
        frozenset({"benelux-helicopter-command", "pesco"}),
        "en",
    ),
    (
        "Ook het binationale helikoptercommando van België en Nederland krijgt een taak in de verdediging tegen drones. De helikopters van beide landen worden de komende jaren uitgerust om kleine drones boven militaire terreinen te kunnen onderscheppen.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "nl",
    ),
    (
        "La Belgique mise sur une intégration poussée avec ses voisins. Après la coopération navale placée sous l'autorité de l'Amiral Benelux, un commandement binational des hélicoptères est en préparation avec les Pays-Bas. Parallèlement, notre pays participe à une trentaine de projets de la coopération structurée permanente. Ces différentes formes de coopération doivent toutefois être mieux articulées.",
        frozenset({"benesam", "benelux-helicopter-command", "pesco"}),
        "fr",
    ),
    (
        "Het Beneluxparlement beveelt de regeringen aan: 1. de Belgisch-Nederlandse marinesamenwerking uit te breiden naar de gezamenlijke exploitatie van de nieuwe fregatten; 2. de oprichting van een Benelux-helikoptercommando te bespoedigen; 3. een gemeenschappelijke aanpak uit te werken voor de detectie en neutralisatie van drones boven militaire en kritieke infrastructuur; 4. binnen PESCO gezamenlijke projectvoorstellen in te dienen.",
        frozenset({"benesam", "benelux-helicopter-command", "c-uas", "pesco"}),
        "nl",
    ),
    (
        "Defensie heeft via een dringende procedure bijkomende systemen voor dronedetectie en -neutralisatie besteld. Ze moeten de luchtmachtbasissen en kwartieren beschermen, nadat vorige maand herhaaldelijk drones boven Kleine-Brogel en Florennes werden waargenomen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Le gouvernement fédéral a dégagé 50 millions d'euros pour renforcer la lutte anti-drones autour des bases militaires, des ports et des centrales nucléaires.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Mit dem Gesetzentwurf zur Änderung des Luftsicherheitsgesetzes soll die Bundeswehr befugt werden, im Wege der Amtshilfe unbemannte Luftfahrzeuge auch mit Waffengewalt abzuwehren. Voraussetzung ist, dass die Polizei die Gefahr mit eigenen Mitteln der Drohnenabwehr nicht rechtzeitig beseitigen kann. Der Entwurf reagiert auf die zunehmenden Drohnenüberflüge über Kasernen, Flughäfen und kritische Infrastruktur. Kritiker bezweifeln, dass die Regelung mit dem Urteil des Bundesverfassungsgerichts zum Luftsicherheitsgesetz vereinbar ist. Das Bundesinnenministerium hält die Neuregelung dagegen für verfassungskonform.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "The Dutch Ministry of Defence has selected a layered counter-UAS package combining radar, radio-frequency detection and jammers. The systems will first be fielded at Volkel and Leeuwarden air bases. Deliveries are expected to begin next year, with further systems earmarked for naval bases and deployed units. The ministry said the selection was accelerated after a series of unexplained drone flights over military sites last autumn. A second tranche will focus on hard-kill effectors, including interceptor drones.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "L'armée luxembourgeoise va se doter de systèmes de détection et de brouillage de drones. Ces moyens serviront notamment à sécuriser les grands événements et les sites des institutions européennes au Kirchberg. Le contrat, d'un montant de plusieurs millions d'euros, sera conclu par l'intermédiaire de l'agence d'acquisition de l'OTAN. La police grand-ducale pourra également faire appel à ces équipements.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Auch Luxemburg will seine Fähigkeiten zur Drohnenabwehr ausbauen. Nach den Sichtungen über Flughäfen und Militärstandorten in den Nachbarländern sei das Großherzogtum nicht ausgenommen, sagte die Verteidigungsministerin. Geplant ist die Anschaffung mobiler Detektions- und Störsysteme, die von Armee und Polizei gemeinsam genutzt werden sollen. Erste Systeme könnten bereits im kommenden Jahr einsatzbereit sein.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "De oorlog in Oekraïne laat zien dat goedkope drones alleen effectief te bestrijden zijn met een gelaagde verdediging. Elektronische storing, kanonsystemen en in toenemende mate interceptordrones vullen elkaar daarbij aan. Dure luchtverdedigingsraketten inzetten tegen drones van enkele duizenden euro's is op termijn onhoudbaar. De AIV constateert dat Nederland nog onvoldoende investeert in deze counter-drone-capaciteit en adviseert de opbouw ervan te versnellen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Quelles mesures la Défense a-t-elle prises pour neutraliser les drones qui ont survolé la base aérienne de Florennes ? Des brouilleurs ont-ils été déployés, et la Défense dispose-t-elle du cadre légal pour abattre un drone au-dessus d'un domaine militaire ?",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Allies agreed to accelerate the development and fielding of counter-drone capabilities, including sensors, electronic warfare and low-cost interceptors, to protect forces and critical infrastructure along the eastern flank.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Militairen van het Defensie Grondgebonden Luchtverdedigingscommando hebben op de Marnewaard nieuwe systemen beproefd om drones te verstoren en neer te halen. Tijdens de oefening werden kleine commerciële drones en snellere doeldrones als dreiging ingezet. Met radar en camera's werden de drones gedetecteerd, waarna ze met stoorzenders en een kanonsysteem werden uitgeschakeld. De resultaten worden gebruikt bij de verdere aanschaf van counter-drone-middelen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "De minister antwoordt dat het wetsontwerp de juridische basis verduidelijkt om drones boven militaire domeinen te neutraliseren. Daarbij wordt ook geregeld wie de beslissing neemt: de politie of Defensie.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Die Bundespolizei baut eine eigene Einheit zur Drohnenabwehr auf. Sie soll bundesweit an Flughäfen, Bahnhöfen und bei Großveranstaltungen eingesetzt werden. Ausgerüstet wird sie mit Detektionssystemen, Störsendern und Abfangdrohnen, die fremde Fluggeräte mit Netzen einfangen. Innenminister Dobrindt sprach von einer „neuen Bedrohungslage“.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "La guerre en Ukraine a fait de la défense contre les drones un besoin de première ligne, et non plus un simple complément de la défense aérienne classique.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "La frégate Louise-Marie, déployée en mer Rouge dans le cadre de l'opération Aspides, a abattu deux drones qui menaçaient un navire marchand. C'est la première fois qu'une unité de la Composante Marine neutralise un drone hostile.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Het Defensie Helikopter Commando onderzoekt of Apache-gevechtshelikopters kunnen worden ingezet om drones boven Nederlandse militaire terreinen neer te halen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "The European Defence Fund has awarded funding to a consortium developing a modular counter-drone system, led by a Dutch company. The project brings together firms from nine member states.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "The PESCO project Counter Unmanned Aerial System (C-UAS) aims to develop a system of systems able to detect, track and neutralise small hostile drones in support of EU missions and operations.",
        frozenset({"pesco", "c-uas"}),
        "en",
    ),
    (
        "La Belgique a rejoint le projet CSP consacré à la lutte contre les mini-drones. Ce projet vise à mettre au point des capteurs et des moyens de neutralisation interopérables entre les États participants. Le ministre estime que la participation belge permettra de tirer parti des enseignements de la guerre en Ukraine. Les premiers démonstrateurs sont attendus d'ici deux ans.",
        frozenset({"pesco", "c-uas"}),
        "fr",
    ),
    (
        "Deutschland hat sich einem neuen SSZ-Projekt zur Drohnenabwehr angeschlossen. Ziel ist ein vernetztes System aus Sensoren und Effektoren, das kleine Drohnen erkennt und unschädlich macht. Federführend ist Italien; beteiligt sind außerdem mehrere mittel- und osteuropäische Staaten. Die Bundesregierung erhofft sich vor allem gemeinsame Standards, damit die Systeme der Partner miteinander kommunizieren können.",
        frozenset({"pesco", "c-uas"}),
        "de",
    ),
    (
        "Nederland overweegt aan te sluiten bij het PESCO-project voor de bestrijding van kleine drones, dat onder Italiaanse leiding staat.",
        frozenset({"pesco", "c-uas"}),
        "nl",
    ),
    (
        "Nederland neemt momenteel deel aan ruim twintig PESCO-projecten en is coördinator van het project Military Mobility. Aan dat project nemen inmiddels ook de Verenigde Staten, Canada, Noorwegen en het Verenigd Koninkrijk deel. Het kabinet acht de deelname van deze landen van groot belang voor de trans-Atlantische samenhang. Tegelijk blijft Nederland terughoudend met deelname aan nieuwe projecten zolang lopende projecten weinig resultaat laten zien. Uw Kamer wordt jaarlijks over de voortgang geïnformeerd.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La Belgique participe actuellement à une trentaine de projets menés dans le cadre de la coopération structurée permanente et en coordonne deux.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Die Ständige Strukturierte Zusammenarbeit (SSZ) bleibt aus Sicht der Bundesregierung ein zentrales Instrument der Gemeinsamen Sicherheits- und Verteidigungspolitik. Deutschland beteiligt sich an über vierzig Projekten und koordiniert unter anderem das Europäische Sanitätskommando. Die Bundesregierung setzt sich dafür ein, die Zahl der Projekte zu verringern und stärker auf Ergebnisse zu achten. Zugleich müssen die verbindlichen Verpflichtungen der teilnehmenden Mitgliedstaaten konsequenter überprüft werden.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "The Council today adopted a decision amending and updating the list of projects to be developed under PESCO.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat veel lidstaten de bindende verplichtingen van de permanente gestructureerde samenwerking onvoldoende nakomen; verzoekt de regering, zich in Brussel in te zetten voor een strengere jaarlijkse toetsing van deze verplichtingen, en gaat over tot de orde van de dag.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Le Luxembourg participe à plusieurs projets PESCO, dont la mobilité militaire et la plateforme de partage d'informations sur les cybermenaces. La ministre a souligné que ces projets permettent à un petit pays de contribuer à des capacités européennes qu'il ne pourrait développer seul. Le budget consacré à ces projets reste modeste. Le gouvernement n'exclut pas de rejoindre de nouveaux projets lors du prochain cycle, notamment dans le domaine spatial.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Pesco heeft sinds de lancering in 2017 vooral geleid tot een lange lijst projecten van wisselende kwaliteit. Veel projecten zijn klein, nationaal gedreven en bestaan grotendeels op papier. De strategische herziening moet daar verandering in brengen. Voor Nederland is de vraag of het zijn deelname moet concentreren op een beperkt aantal projecten met echte capaciteitswinst.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "PeSCo was meant to be the sleeping beauty of the Lisbon Treaty finally awakened. In practice, its binding commitments have rarely been enforced, and no participating member state has ever been suspended.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Luxemburg beteiligt sich derzeit an fünf Pesco-Projekten, darunter an der militärischen Mobilität.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "La coopération structurée permanente (CSP), lancée en décembre 2017, réunit 26 États membres. La Belgique y a souscrit des engagements contraignants, notamment en matière d'augmentation régulière de son budget de défense.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "The European Union has approved the fifth batch of projects under its Permanent Structured Cooperation framework. The eleven new projects range from a European naval drone programme to a next-generation small armed remotely piloted aircraft system. Critics note that many earlier PESCO projects have yet to deliver tangible capabilities. Officials counter that the framework has nonetheless built habits of cooperation between national planners.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "La revue stratégique de la CSP doit permettre de recentrer les projets sur les priorités capacitaires de l'Union. Le ministre a indiqué que la Belgique plaidera pour la clôture des projets qui n'ont produit aucun résultat. Il a également rappelé que la participation d'États tiers aux projets CSP doit rester l'exception. L'articulation avec le Fonds européen de la défense sera également abordée.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Im Rahmen von PESCO koordiniert Deutschland unter anderem das Europäische Sanitätskommando und das Netz logistischer Drehkreuze in Europa. Beide Projekte sollen in den kommenden Jahren volle Einsatzbereitschaft erreichen.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Tijdens de Raad Buitenlandse Zaken in defensiesamenstelling wordt gesproken over de strategische herziening van PESCO. Het kabinet steunt de inzet om het aantal projecten terug te brengen en de nadruk te leggen op projecten die bijdragen aan de capaciteitsdoelen van de NAVO.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "De defensieministers van België, Nederland en Luxemburg kwamen maandag bijeen in Luxemburg. Zij bespraken onder meer het delen van oefenterreinen, militaire mobiliteit en de gezamenlijke aankoop van munitie. Ook de verdere samenwerking tussen de landmachten kwam aan bod. De ministers spraken af elkaar halfjaarlijks te blijven ontmoeten en hun posities voor de NAVO-top onderling af te stemmen.",
        frozenset(),
        "nl",
    ),
    (
        "La frégate Léopold Ier a rejoint le groupe aéronaval français constitué autour du porte-avions Charles de Gaulle. Elle en assurera l'escorte pendant trois mois en Méditerranée orientale.",
        frozenset(),
        "fr",
    ),
    (
        "Zr.Ms. Tromp vertrekt volgende maand voor een inzet van zes maanden naar de Indo-Pacific, waar het schip deelneemt aan oefeningen met Japanse en Australische eenheden.",
        frozenset(),
        "nl",
    ),
    (
        "Das Seebataillon der Deutschen Marine ist seit 2018 in das niederländische Korps Mariniers integriert. Zudem nutzen beide Marinen gemeinsam das niederländische Versorgungsschiff Karel Doorman. Umgekehrt sind niederländische Heeresbrigaden in deutsche Divisionen eingebunden. Die deutsch-niederländische Zusammenarbeit gilt damit als eine der engsten in Europa. Ein weiterer Ausbau, etwa bei der U-Boot-Ausbildung, wird derzeit geprüft.",
        frozenset(),
        "de",
    ),
    (
        "The Belgian Navy has signed an agreement with the Royal Navy on the exchange of hydrographic data in the southern North Sea.",
        frozenset(),
        "en",
    ),
    (
        "De Marinecomponent heeft in Zeebrugge een nieuw kustpatrouilleschip in gebruik genomen. Het schip zal vooral worden ingezet voor toezicht op de windmolenparken en onderzeese kabels in het Belgische deel van de Noordzee.",
        frozenset(),
        "nl",
    ),
    (
        "La déclaration commune des ministres de la Défense du Benelux porte sur le renforcement de la coopération entre les forces spéciales des trois pays.",
        frozenset(),
        "fr",
    ),
    (
        "The UK/Netherlands Amphibious Force, set up in 1973, remains one of Europe's longest-standing binational military formations. Dutch marines regularly train with 3 Commando Brigade in northern Norway.",
        frozenset(),
        "en",
    ),
    (
        "Vragen van het lid over de vervanging van de Walrusklasse. 1. Klopt het dat de levering van de eerste Orka-klasse onderzeeboot verder is uitgesteld? 2. Welke gevolgen heeft dit voor de inzetbaarheid van de huidige onderzeeboten? 3. Wat zijn de meerkosten van het langer in dienst houden van de Walrusklasse?",
        frozenset(),
        "nl",
    ),
    (
        "Sinds 2017 bewaken België en Nederland om beurten het luchtruim van de Benelux met hun jachtvliegtuigen, op basis van een akkoord dat ook Luxemburg omvat.",
        frozenset(),
        "nl",
    ),
    (
        "Belgian minehunter Narcis has joined Standing NATO Mine Countermeasures Group One for a four-month deployment in the Baltic Sea.",
        frozenset(),
        "en",
    ),
    (
        "Het Defensie Helikopter Commando heeft op Gilze-Rijen de eerste H225M Caracal in ontvangst genomen. De helikopters zijn bestemd voor de ondersteuning van de speciale eenheden en vervangen de Cougar. In totaal worden twaalf toestellen geleverd. De eerste bemanningen zijn bij de fabrikant in Marignane opgeleid. De volledige operationele gereedheid wordt over twee jaar verwacht.",
        frozenset(),
        "nl",
    ),
    (
        "Le Wing Heli de Beauvechain a réceptionné le dernier des H145M commandés par la Défense, ce qui complète la flotte d'hélicoptères légers de la Composante Air.",
        frozenset(),
        "fr",
    ),
    (
        "Dutch CH-47F crews will continue to train in the United States under a renewed agreement with the US Army. The Texas-based detachment gives Dutch aircrews access to airspace and training areas unavailable at home.",
        frozenset(),
        "en",
    ),
    (
        "Belgische helikopterpiloten volgen hun gevorderde opleiding voortaan in Frankrijk, op de school van de Franse landmachtluchtvaart in Dax. Defensie sloot daartoe een akkoord met de Franse partner.",
        frozenset(),
        "nl",
    ),
    (
        "Deutsche und niederländische Marineflieger wollen bei der Ausbildung am NH90 enger zusammenarbeiten. Geplant ist ein gemeinsamer Simulator in Nordholz.",
        frozenset(),
        "de",
    ),
    (
        "Dutch AH-64E Apaches from the Defence Helicopter Command have deployed to Germany to train alongside US Army aviation units.",
        frozenset(),
        "en",
    ),
    (
        "Het Defensie Helikopter Commando kampt met een tekort aan technisch personeel. Daardoor kunnen niet alle beschikbare helikopters worden ingezet. Ik neem maatregelen om de instroom te verhogen, onder meer via een nieuwe opleidingsroute voor vliegtuigonderhoudstechnici. Ook wordt bezien of onderhoudstaken tijdelijk aan de industrie kunnen worden uitbesteed.",
        frozenset(),
        "nl",
    ),
    (
        "Le gouvernement a confirmé le retrait anticipé des NH90 de transport tactique. Les missions de recherche et de sauvetage restent assurées depuis Coxyde par les NH90 de la version navale.",
        frozenset(),
        "fr",
    ),
    (
        "Die Luftwaffe bündelt ihre Transporthubschrauber künftig in einem neuen Hubschraubergeschwader, das die Einführung des CH-47F begleiten soll.",
        frozenset(),
        "de",
    ),
    (
        "Helikopters van het DHC ondersteunen dit najaar een grote oefening in Noord-Duitsland, waarbij 11 Luchtmobiele Brigade optreedt als onderdeel van de Duitse Division Schnelle Kräfte.",
        frozenset(),
        "nl",
    ),
    (
        "Les hélicoptères H145M de l'armée luxembourgeoise sont exploités conjointement avec la police grand-ducale. Ils servent aussi bien aux missions de police qu'à l'appui des forces armées.",
        frozenset(),
        "fr",
    ),
    (
        "Defensie schaft vier extra MQ-9A Reaper-drones aan, waarmee de vloot op acht toestellen komt.",
        frozenset(),
        "nl",
    ),
    (
        "Les premiers drones MQ-9B SkyGuardian de la Défense belge ont atterri à Florennes. Ils seront d'abord utilisés pour des missions de surveillance au-dessus de la mer du Nord. À terme, les appareils devraient aussi appuyer les opérations terrestres. La Défense souligne qu'ils ne seront pas armés dans l'immédiat, même si l'option reste ouverte.",
        frozenset(),
        "fr",
    ),
    (
        "Russland hat die Ukraine in der Nacht erneut mit mehreren Hundert Drohnen und Marschflugkörpern angegriffen.",
        frozenset(),
        "de",
    ),
    (
        "The Netherlands will spend an additional 500 million euros on drones for Ukraine this year. Part of the funding goes to Ukrainian manufacturers of long-range strike drones.",
        frozenset(),
        "en",
    ),
    (
        "Het Korps Mariniers experimenteert sinds vorig jaar met FPV-drones. Mariniers leren in korte tijd zelf drones bouwen en vliegen. De drones worden onder meer ingezet voor verkenning en om doelen aan te wijzen voor de artillerie. Defensie wil de opgedane kennis breed in de krijgsmacht benutten.",
        frozenset(),
        "nl",
    ),
    (
        "Des drones ont été aperçus par des militaires au-dessus de la base de Kleine-Brogel dans la nuit de vendredi à samedi. Le parquet fédéral a ouvert une enquête.",
        frozenset(),
        "fr",
    ),
    (
        "Die Bundeswehr hat die Drohne Heron TP offiziell in Dienst gestellt; sie kann auch bewaffnet eingesetzt werden.",
        frozenset(),
        "de",
    ),
    (
        "Luxembourg will contribute 10 million euros to the international drone coalition for Ukraine, which finances the production and delivery of unmanned systems to Ukrainian forces.",
        frozenset(),
        "en",
    ),
    (
        "De Landcomponent krijgt honderden kleine verkenningsdrones. Elke infanteriecompagnie zal zo over een eigen dronecapaciteit beschikken.",
        frozenset(),
        "nl",
    ),
    (
        "Une attaque massive de drones russes a frappé une centrale thermique dans la région de Kharkiv, privant des centaines de milliers d'habitants d'électricité.",
        frozenset(),
        "fr",
    ),
    (
        "Das Heer bestellt erstmals Loitering Munition bei zwei deutschen Start-ups. Die Kamikazedrohnen sollen zunächst an die Brigade in Litauen ausgeliefert werden.",
        frozenset(),
        "de",
    ),
    (
        "Oekraïense drones hebben opnieuw een olieraffinaderij in het zuiden van Rusland in brand gezet.",
        frozenset(),
        "nl",
    ),
    (
        "Nederlandse bedrijven en kennisinstellingen ontvingen dit jaar ruim 100 miljoen euro uit het Europees Defensiefonds. Het gaat onder meer om projecten op het gebied van sensoren en maritieme systemen.",
        frozenset(),
        "nl",
    ),
    (
        "Belgium has requested some 8 billion euros in loans under the EU's SAFE instrument. The money will be used for joint procurement of air defence and ammunition. The loans come on favourable terms with long maturities. Critics in the Chamber argue that they add to an already high public debt. The government insists they will be repaid from the regular defence budget.",
        frozenset(),
        "en",
    ),
    (
        "Mit dem Europäischen Programm für die Verteidigungsindustrie (EDIP) sollen gemeinsame Beschaffungen der Mitgliedstaaten gefördert werden. Im Bundestag gab es Bedenken gegen eine zu starke Bevorzugung europäischer Hersteller.",
        frozenset(),
        "de",
    ),
    (
        "Uit de Coordinated Annual Review on Defence (CARD) blijkt dat de defensieplanning van de lidstaten nog altijd sterk nationaal georiënteerd is.",
        frozenset(),
        "nl",
    ),
    (
        "Grâce à l'instrument EDIRPA, la Belgique a participé à l'acquisition conjointe d'obus de 155 mm avec plusieurs États membres. L'Union a pris en charge une partie des coûts.",
        frozenset(),
        "fr",
    ),
    (
        "Belgian paracommandos joined Italian paratroopers of the Folgore brigade for a night jump over the drop zone near Pesco Sannita, in the province of Benevento.",
        frozenset(),
        "en",
    ),
    (
        "Colonel Marco Pesco, the Italian liaison officer at NATO's Joint Force Command Brunssum, briefed Dutch lawmakers on the headquarters' new role in regional planning.",
        frozenset(),
        "en",
    ),
    (
        "Selon l'étude, les recrues issues des catégories socioprofessionnelles (CSP) les plus modestes abandonnent plus souvent la formation de base. La Défense envisage un accompagnement renforcé pendant les premières semaines. L'étude a été menée auprès de plus de deux mille candidats entre 2022 et 2024. Elle montre aussi que la distance entre le domicile et le centre de formation joue un rôle important.",
        frozenset(),
        "fr",
    ),
    (
        "Das Schieß- und Simulationszentrum (SSZ) in Munster soll künftig auch niederländische Panzerbesatzungen am Leopard 2A8 ausbilden.",
        frozenset(),
        "de",
    ),
    (
        "De Europese Vredesfaciliteit ligt al maanden stil doordat Hongarije de vrijgave van nieuwe tranches voor Oekraïne blokkeert. Het kabinet pleit ervoor om de steun desnoods via bilaterale bijdragen te laten verlopen.",
        frozenset(),
        "nl",
    ),
    (
        "Le Luxembourg n'a pas sollicité de prêts au titre de l'instrument SAFE, estimant pouvoir financer ses investissements de défense sur fonds propres.",
        frozenset(),
        "fr",
    ),
    (
        "Aus dem Europäischen Verteidigungsfonds fließt in diesem Jahr rund eine Milliarde Euro in gemeinsame Forschungs- und Entwicklungsprojekte. Deutsche Unternehmen sind an mehr als der Hälfte der ausgewählten Vorhaben beteiligt.",
        frozenset(),
        "de",
    ),
    (
        "De federale regering heeft beslist het defensiebudget nog dit jaar op te trekken tot 2 procent van het bbp. Het bijkomende geld gaat onder meer naar munitie, personeel en de versterking van de Landcomponent. Daarmee voldoet België voor het eerst in decennia aan de NAVO-norm. De oppositie vraagt zich af hoe de uitgaven op lange termijn zullen worden gefinancierd. De regering wijst op de verkoop van overheidsparticipaties.",
        frozenset(),
        "nl",
    ),
    (
        "At the Hague summit, Allies committed to spending 5% of GDP on defence and defence-related investment by 2035, of which at least 3.5% on core defence requirements.",
        frozenset(),
        "en",
    ),
    (
        "Der Bundestag hat das neue Wehrdienstgesetz beschlossen. Alle jungen Männer eines Jahrgangs erhalten künftig einen Fragebogen zu ihrer Bereitschaft und Eignung für den Wehrdienst.",
        frozenset(),
        "de",
    ),
    (
        "Defensie wil de komende tien jaar fors groeien. Daarvoor moeten jaarlijks duizenden nieuwe militairen worden aangenomen, terwijl tegelijk meer ervaren personeel moet worden behouden. Het dienjaar wordt uitgebreid en er komen meer opleidingsplaatsen. Ook reservisten krijgen een grotere rol bij de bewaking van objecten in Nederland.",
        frozenset(),
        "nl",
    ),
    (
        "Le bataillon de reconnaissance binational belgo-luxembourgeois atteindra sa pleine capacité opérationnelle d'ici la fin de la décennie. Le Luxembourg y contribue par une unité équipée de véhicules de reconnaissance légers.",
        frozenset(),
        "fr",
    ),
    (
        "Die Panzerbrigade 45 in Litauen soll bis 2027 voll einsatzbereit sein. Bis dahin werden rund 5000 Soldatinnen und Soldaten dauerhaft in Vilnius und Rukla stationiert.",
        frozenset(),
        "de",
    ),
    (
        "Het lid vraagt naar de stand van zaken van de plannen voor een nieuwe munitiefabriek in België. Hoeveel artilleriegranaten zal die jaarlijks kunnen produceren, en wanneer wordt de eerste productie verwacht? Wordt daarbij samengewerkt met Nederlandse of Luxemburgse partners?",
        frozenset(),
        "nl",
    ),
    (
        "Le plan STAR prévoit le renforcement de la Composante Terre, notamment par l'acquisition de nouveaux véhicules blindés CaMo et de pièces d'artillerie. Le gouvernement a toutefois décidé d'en accélérer plusieurs volets. Les investissements seront concentrés sur la capacité motorisée et l'appui-feu.",
        frozenset(),
        "fr",
    ),
    (
        "Our scenarios suggest that Russia could reconstitute sufficient land forces to test NATO's resolve within five years of a ceasefire in Ukraine. European deterrence will therefore depend less on new platforms than on stockpiles, readiness and the speed of reinforcement. For smaller allies such as the Netherlands, the priority should be to fill existing shortfalls rather than start new prestige programmes. Investment in munitions and logistics offers the highest marginal return.",
        frozenset(),
        "en",
    ),
    (
        "Luxemburg will seine Verteidigungsausgaben in den kommenden Jahren deutlich erhöhen. Ein Schwerpunkt liegt auf Weltraum- und Cyberfähigkeiten sowie auf dem gemeinsamen Aufklärungsbataillon mit Belgien.",
        frozenset(),
        "de",
    ),
]

BLIND_H: list[tuple[str, frozenset[str], str]] = [
    (
        "Mijnheer de minister, de Belgisch-Nederlandse marinesamenwerking wordt vaak als schoolvoorbeeld van Europese defensiesamenwerking aangehaald. Hoeveel Belgische militairen maken vandaag deel uit van de binationale staf van Admiraal Benelux in Den Helder? Welke functies bekleden zij en hoeveel daarvan zijn leidinggevende functies? Hoe is dat aantal sinds 2020 geëvolueerd?",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "La coopération navale belgo-néerlandaise remonte à 1948. Depuis 1996, elle se concrétise par l'état-major binational de l'Amiral Benelux, installé à Den Helder, qui assure la conduite opérationnelle des deux marines en temps de paix. Le modèle repose sur un principe de spécialisation : la Belgique assume la responsabilité des chasseurs de mines, les Pays-Bas celle des frégates. Chaque pays forme et entretient ainsi pour l'autre les navires de son domaine. Ce partage des tâches sera maintenu pour les nouvelles générations de bâtiments.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Op de werf in Concarneau is de Oostende, het eerste van de twaalf nieuwe mijnenbestrijdingsvaartuigen voor de Belgische en de Nederlandse marine, te water gelaten. België leidt namens beide landen de aankoop binnen het rMCM-programma. De schepen krijgen een toolbox van onbemande systemen, zodat de bemanning buiten het mijnenveld kan blijven.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Le M940 Oostende, premier des nouveaux chasseurs de mines de la Composante Marine, a été livré à Zeebrugge ; son sister-ship néerlandais, le Vlissingen, suivra dans le cadre du même programme binational.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "The Dutch Defence Materiel Organisation, acting as lead nation for both navies, has signed the contract with Damen Naval for four anti-submarine warfare frigates. Two of the ships will go to the Belgian Navy under the long-standing BeNeSam arrangement. The design is based on a common baseline, with only minor national differences in communications equipment. Maintenance will be carried out in Den Helder, as is already the case for the current M-frigates of both navies. The first ship is due to be delivered to the Royal Netherlands Navy in 2029.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Met deze brief informeer ik uw Kamer over de voortgang van het project vervanging M-fregatten. Nederland treedt op als leidende natie; België verwerft onder dezelfde voorwaarden twee schepen. De gezamenlijke verwerving, opleiding en instandhouding van de ASW-fregatten bouwt voort op de bestaande Belgisch-Nederlandse marinesamenwerking. De Commandant Zeestrijdkrachten heeft hierover nadere afspraken gemaakt met zijn Belgische collega.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "À Ostende, l'école de guerre des mines EGUERMIN forme depuis des décennies des marins belges et néerlandais côte à côte. Centre d'excellence de l'OTAN pour la guerre des mines navales, l'école binationale prépare aujourd'hui les équipages aux drones sous-marins qui équiperont les nouveaux chasseurs de mines des deux marines.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Als Vorbild für die europäische Marinekooperation gilt das belgisch-niederländische Modell. Seit 1996 führt der Stab des Admiral Benelux in Den Helder die Seestreitkräfte beider Länder im Frieden gemeinsam. Ausbildung und Wartung sind arbeitsteilig organisiert: Die Niederlande kümmern sich um die Fregatten, Belgien um die Minenjagdboote. Im Einsatz entscheidet allerdings jedes Land weiterhin souverän über seine Schiffe.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "De BeNeSam-constructie kent echter ook kwetsbaarheden. Doordat België en Nederland onderhoud en opleiding onderling hebben verdeeld, is elk land voor een deel van zijn vloot afhankelijk van de politieke en budgettaire keuzes van de ander. De vertragingen bij de nieuwe mijnenbestrijdingsvaartuigen hebben dat pijnlijk zichtbaar gemaakt. Toch concluderen wij dat de voordelen – schaalvoordelen, gedeelde kennis en een geïntegreerde staf – ruimschoots opwegen tegen deze risico's.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Le Sénat demande au gouvernement de poursuivre l'intégration de la Marine belge et de la Koninklijke Marine au sein de l'Amirauté Benelux et de préserver la répartition des tâches en matière de formation et d'entretien.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Admiral Benelux (ABNL) will provide the maritime component command for the exercise, with Belgian and Dutch staff officers working side by side in the binational headquarters in Den Helder.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "Belgische matrozen volgen in Den Helder hun opleiding voor de fregatten; Nederlandse mijnenjagerbemanningen leren het vak in Oostende. Die taakverdeling tussen beide marines bestaat al decennia. Ook het onderhoud is verdeeld: de fregatten worden in Den Helder onderhouden, de mijnenjagers in Zeebrugge. Met de komst van de nieuwe schepen wordt die werkwijze voortgezet.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Le ministre précise que le retard de livraison des nouveaux chasseurs de mines s'explique par des difficultés d'intégration des drones. Les deux marines ont convenu de maintenir en service leurs chasseurs de mines de la classe Tripartite jusqu'à la réception des premiers bâtiments. La Belgique, nation cheffe de file du programme rMCM, suit la situation de près avec son partenaire néerlandais.",
        frozenset({"benesam"}),
        "fr",
    ),
    (
        "Naval Group and Exail have completed sea acceptance trials of the drone toolbox on the second Belgian-Dutch mine countermeasures vessel. The toolbox includes unmanned surface vessels, autonomous underwater vehicles and remotely operated mine disposal systems. The twelve ships, six for each navy, are being procured through a single contract managed by the Belgian defence procurement agency. The programme has slipped by more than two years. Both navies have said they will keep their Tripartite-class ships in service until the new vessels are fully operational.",
        frozenset({"benesam"}),
        "en",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat de marinesamenwerking met België onder het commando van Admiraal Benelux al decennia succesvol is, verzoekt de regering bij de verwerving van nieuwe maritieme capaciteiten standaard de mogelijkheden van gezamenlijke aanschaf en instandhouding met België te onderzoeken, en gaat over tot de orde van de dag.",
        frozenset({"benesam"}),
        "nl",
    ),
    (
        "Die Marinen Belgiens und der Niederlande beschaffen gemeinsam zwölf neue Minenabwehrschiffe; die Federführung liegt bei Belgien, während die Niederlande beim Bau der neuen U-Jagd-Fregatten für beide Länder vorangehen.",
        frozenset({"benesam"}),
        "de",
    ),
    (
        "De Benelux-landen werken sinds 2017 samen aan de bewaking van hun gezamenlijke luchtruim. Belgische en Nederlandse jachtvliegtuigen verzorgen om beurten de Quick Reaction Alert voor België, Nederland en Luxemburg. Sinds de komst van de F-35 is die taak overgegaan op de nieuwe toestellen. Het verdrag staat toe dat een buitenlands toestel een verdacht burgervliegtuig boven het andere land onderschept, maar het neerhalen blijft een nationale beslissing.",
        frozenset(),
        "nl",
    ),
    (
        "La coopération Benelux en matière de défense s'étend aujourd'hui à la formation des pilotes de chasse, à la logistique et à la cyberdéfense. Les trois ministres entendent l'approfondir encore lors de la présidence luxembourgeoise.",
        frozenset(),
        "fr",
    ),
    (
        "Zr.Ms. Tromp is vanochtend uit Den Helder vertrokken voor een inzet van vijf maanden in de Indo-Pacific. Het fregat vaart mee in een Britse carrier strike group.",
        frozenset(),
        "nl",
    ),
    (
        "La frégate Louise-Marie a rejoint l'opération européenne Aspides en mer Rouge afin d'escorter les navires marchands.",
        frozenset(),
        "fr",
    ),
    (
        "De Koninklijke Marine en de Duitse marine werken steeds nauwer samen. Het Duitse Seebataillon is ingebed in het Korps Mariniers en Duitse militairen varen mee aan boord van Zr.Ms. Karel Doorman. Volgens de Commandant Zeestrijdkrachten is die integratie inmiddels onomkeerbaar.",
        frozenset(),
        "nl",
    ),
    (
        "La Marine belge et la Marine nationale ont signé un accord de coopération portant sur la formation des plongeurs démineurs et l'échange d'instructeurs entre Zeebrugge et Brest.",
        frozenset(),
        "fr",
    ),
    (
        "The Royal Netherlands Navy has ordered four new submarines from Naval Group to replace its ageing Walrus-class boats. The first Orka-class submarine is expected to enter service early next decade. The programme is managed entirely by the Dutch Defence Materiel Organisation. The choice of a French design was criticised by Dutch shipyards, which had hoped for a larger share of the work.",
        frozenset(),
        "en",
    ),
    (
        "Das belgische Minenjagdboot Bellis hat sich in Kiel der Ständigen NATO-Minenabwehrgruppe 1 angeschlossen, die in den kommenden Monaten in der Ostsee operiert.",
        frozenset(),
        "de",
    ),
    (
        "De Marinecomponent krijgt in de nieuwe STAR-visie bijkomende middelen voor de bewaking van de kritieke infrastructuur in het Belgische deel van de Noordzee. Het gaat onder meer om een extra kustpatrouilleschip en onderwatersensoren bij de windmolenparken. Daarnaast wordt het personeelsbestand van de Marinecomponent uitgebreid. De eerste investeringen worden in 2026 verwacht.",
        frozenset(),
        "nl",
    ),
    (
        "Het nieuwe Combat Support Ship Zr.Ms. Den Helder wordt volgend jaar in dienst gesteld. Daarmee beschikt de Nederlandse marine weer over twee bevoorradingsschepen. De bemanning is inmiddels begonnen met de eerste proefvaarten.",
        frozenset(),
        "nl",
    ),
    (
        "Het Benelux Parlement beveelt de regeringen aan de militaire samenwerking op het vlak van cyberdefensie en militaire mobiliteit verder uit te bouwen en daarover jaarlijks verslag uit te brengen.",
        frozenset(),
        "nl",
    ),
    (
        "De minister bevestigt dat België, Nederland en Luxemburg een intentieverklaring hebben ondertekend voor de oprichting van een gezamenlijk Benelux-helikoptercommando. In een eerste fase worden opleiding, onderhoud en inzetplanning op elkaar afgestemd. Later kan worden overgegaan tot een gemeenschappelijke staf. Over de locatie van dat hoofdkwartier is nog niet beslist. De minister benadrukt dat België de volledige zeggenschap over de inzet van zijn toestellen behoudt.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Dans le cadre de la coopération Benelux en matière d'hélicoptères, les équipages luxembourgeois des H145M sont formés à Beauvechain aux côtés de leurs homologues belges. Les équipages belges et néerlandais partagent désormais eux aussi une partie de leur formation, notamment sur simulateur. Un état-major commun doit voir le jour d'ici 2027. Il coordonnera la disponibilité des appareils des trois pays et la planification des missions. Les décisions d'engagement resteront toutefois nationales.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Belgische en Nederlandse helikopterbemanningen trainden afgelopen week samen op Gilze-Rijen. De oefening is een volgende stap in de opbouw van het binationale helikoptercommando dat beide landen voor ogen hebben. 'We vliegen nu al met dezelfde procedures,' zegt een Belgische vlieger.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "The Netherlands and Belgium aim to merge key elements of their rotary-wing forces into a binational helicopter command. A combined headquarters is expected to reach initial operational capability later this decade. Officials stress that the command will not own the aircraft: each country keeps its fleet and its national chain of command for deployments. Luxembourg is expected to join as an associate partner. Neither ministry would comment on where the headquarters will be based.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "De samenwerking met België op het gebied van helikopters krijgt verder vorm. Het Defensie Helikopter Commando en de Belgische Luchtcomponent onderzoeken gezamenlijk de mogelijkheden voor gedeelde opleidingen, een gemeenschappelijke onderhoudsvoorziening en wederzijdse inzet van toestellen. Luxemburg heeft aangegeven te willen aansluiten. Over de uitkomsten zal ik uw Kamer in het voorjaar informeren.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Madame la Ministre, où en est le projet de commandement hélicoptères Benelux annoncé lors de la dernière réunion des ministres de la Défense ? Où ce commandement sera-t-il installé et combien de militaires belges y seront affectés ?",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Luxemburg will sich am geplanten gemeinsamen Hubschrauberkommando der Benelux-Staaten beteiligen, teilte die Direktion der Verteidigung mit.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "La ministre de la Défense a souligné que la participation du Luxembourg au commandement binational d'hélicoptères belgo-néerlandais permettra à l'armée luxembourgeoise de bénéficier d'une expertise et d'infrastructures qu'elle ne pourrait développer seule. Le Grand-Duché y apportera ses deux H145M ainsi que du personnel. Les modalités financières doivent encore être précisées. Un projet de loi sera déposé à la Chambre des députés au cours de l'année.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Vanaf volgend jaar vliegen Belgische helikopterbemanningen ook vanaf Gilze-Rijen. Het is een van de eerste concrete stappen in de Belgisch-Nederlandse helikoptersamenwerking, die op termijn moet uitmonden in een gezamenlijk commando. De Belgische militairen blijven onder nationaal bevel, maar oefenen dagelijks met hun Nederlandse collega's. Ook het onderhoud van de toestellen wordt deels gedeeld.",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "A binational helicopter command would address some chronic shortcomings of both countries' rotary-wing fleets. Belgium's small fleet has struggled with availability, while the Dutch DHC has the infrastructure and maintenance capacity to absorb additional aircraft. Integration, however, raises questions of sovereignty over deployment decisions. We therefore recommend that The Hague and Brussels agree in advance that neither side can block the other's national deployments.",
        frozenset({"benelux-helicopter-command"}),
        "en",
    ),
    (
        "Le commandant de la Composante Air a signé à Gilze-Rijen, avec son homologue néerlandais, la lettre d'intention relative au commandement hélicoptères belgo-néerlandais. Les deux pays mettront en commun la formation des équipages, la maintenance et, à terme, la planification des missions.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Belgien und die Niederlande bündeln ihre Hubschrauberkräfte in einem gemeinsamen Kommando – ein Modell, das man auch in Berlin aufmerksam verfolgt.",
        frozenset({"benelux-helicopter-command"}),
        "de",
    ),
    (
        "Klopt het dat Belgische helikopters in het kader van de Benelux-helikoptersamenwerking op Nederlandse bases zullen worden gestationeerd? Zo ja, om hoeveel toestellen gaat het en welke afspraken zijn gemaakt over de verdeling van de kosten?",
        frozenset({"benelux-helicopter-command"}),
        "nl",
    ),
    (
        "Le Parlement Benelux se félicite du projet de commandement commun d'hélicoptères Benelux et recommande d'y associer pleinement le Luxembourg dès la phase de conception.",
        frozenset({"benelux-helicopter-command"}),
        "fr",
    ),
    (
        "Het Defensie Helikopter Commando bereidt de komst voor van de twaalf H225M-helikopters die de Cougars moeten vervangen. De eerste toestellen worden vanaf 2026 op Gilze-Rijen verwacht. De nieuwe helikopters zijn in de eerste plaats bedoeld voor de ondersteuning van de speciale eenheden. Het DHC leidt daarvoor extra vliegers en technici op.",
        frozenset(),
        "nl",
    ),
    (
        "Le 1er Wing de Beauvechain a réceptionné ses premiers H145M, qui remplacent les Agusta A109 retirés du service.",
        frozenset(),
        "fr",
    ),
    (
        "Dutch CH-47F Chinook crews continue to train at Fort Hood in Texas, where the Royal Netherlands Air Force has maintained a helicopter detachment for more than two decades.",
        frozenset(),
        "en",
    ),
    (
        "Nederland en Duitsland onderzoeken een gezamenlijke helikopteropleiding voor de 11 Luchtmobiele Brigade en de Duitse Division Schnelle Kräfte. De brigade is al sinds 2014 onder Duits bevel geplaatst. Een besluit wordt na de zomer verwacht.",
        frozenset(),
        "nl",
    ),
    (
        "La Belgique et la France ont conclu un accord permettant aux pilotes d'hélicoptère belges de suivre une partie de leur formation avancée à l'école de l'ALAT à Dax.",
        frozenset(),
        "fr",
    ),
    (
        "Das Heer erhält bis zu 82 leichte Mehrzweckhubschrauber H145M. Die Bundeswehr verspricht sich davon eine deutlich höhere Einsatzbereitschaft ihrer Hubschrauberflotte.",
        frozenset(),
        "de",
    ),
    (
        "Le Luxembourg et la Belgique mettront sur pied un bataillon de reconnaissance binational, que l'armée luxembourgeoise équipera de véhicules blindés légers dans le cadre du programme CaMo.",
        frozenset(),
        "fr",
    ),
    (
        "L'armée luxembourgeoise dispose désormais de deux hélicoptères H145M, qui assurent également des missions au profit de la Police grand-ducale. La ministre de la Défense y voit un bel exemple d'utilisation duale des moyens militaires.",
        frozenset(),
        "fr",
    ),
    (
        "De Belgische NH90 TTH-helikopters worden vervroegd uit dienst genomen. De Luchtcomponent zet voortaan in op de lichtere H145M, die in Beauvechain zijn gestationeerd.",
        frozenset(),
        "nl",
    ),
    (
        "Die Bundeswehr und die niederländischen Streitkräfte vertiefen ihre Zusammenarbeit bei Transporthubschraubern: Deutsche CH-47F-Besatzungen sollen künftig gemeinsam mit niederländischen Crews ausgebildet werden. Auch bei Ersatzteilen und Simulatoren wollen beide Länder kooperieren.",
        frozenset(),
        "de",
    ),
    (
        "Les missions de recherche et de sauvetage au-dessus de la mer du Nord sont assurées par les NH90 NFH de la Composante Air basés à Coxyde. Le ministre reconnaît que la disponibilité de ces appareils reste insuffisante.",
        frozenset(),
        "fr",
    ),
    (
        "Defensie heeft een eerste reeks anti-dronesystemen in gebruik genomen om militaire kwartieren te beschermen. De systemen kunnen drones detecteren, identificeren en de verbinding tussen de drone en de piloot verstoren. In een latere fase volgen ook systemen die drones fysiek kunnen neutraliseren. De eerste installaties staan in Leopoldsburg en Marche-en-Famenne.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Après les survols de drones au-dessus des bases de Kleine-Brogel et d'Elsenborn, le ministre a annoncé l'achat accéléré de systèmes de lutte anti-drones pour un montant de 50 millions d'euros. Il a reconnu devant la commission que la Défense ne disposait pas, à ce jour, des moyens nécessaires pour neutraliser ce type d'appareils. Des systèmes seront loués en attendant les livraisons. Plusieurs membres de la commission ont demandé une clarification des compétences entre la police et la Défense. Le ministre a promis une note à ce sujet.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Defensie versnelt de aanschaf van counter-drone-capaciteit. Op korte termijn worden extra detectiesystemen en jammers verworven voor de bescherming van eenheden en kritieke objecten. Daarnaast onderzoekt Defensie met de politie hoe de taakverdeling bij het uitschakelen van drones boven militaire terreinen kan worden verbeterd. De eerste systemen worden dit jaar geleverd.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Die Bundeswehr soll künftig Drohnen über Kasernen auch abschießen dürfen. Das Kabinett hat eine Änderung des Luftsicherheitsgesetzes beschlossen, die der Truppe bei der Drohnenabwehr mehr Befugnisse einräumt.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "The Netherlands has ordered 22 Skyranger 30 systems on tracked vehicles, giving the Dutch Army a mobile short-range capability against drones. The 30mm gun fires programmable airburst ammunition designed to defeat small unmanned aircraft at low cost. The systems will be assigned to the Dutch ground-based air defence command. Deliveries are scheduled to begin in 2027.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Die luxemburgische Armee testet derzeit ein mobiles System zur Drohnenabwehr, das unbemannte Fluggeräte erkennen und ihre Funkverbindung stören kann. Nach Abschluss der Tests soll über eine Beschaffung entschieden werden. Eingesetzt werden könnte das System etwa zum Schutz des Militärzentrums in Diekirch oder bei Großveranstaltungen. Eine enge Zusammenarbeit mit der Polizei ist dabei ausdrücklich vorgesehen.",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "De Kamer, gehoord de beraadslaging, constaterende dat drones in Oekraïne verantwoordelijk zijn voor een groot deel van de verliezen aan het front, overwegende dat de Nederlandse krijgsmacht nog onvoldoende middelen heeft om zich tegen drones te verdedigen, verzoekt de regering uiterlijk voor de zomer een plan te presenteren voor de versnelde invoering van anti-dronecapaciteit tot op pelotonsniveau, en gaat over tot de orde van de dag.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "À Lombardsijde, des artilleurs ont testé pour la première fois un brouilleur capable de neutraliser des mini-drones à plus de deux kilomètres. L'objectif est de doter chaque unité déployée d'une capacité anti-drones d'ici 2027.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Counter-UAS can no longer be treated as a niche capability. The war in Ukraine has shown that layered defences, combining passive detection, electronic warfare, guns and interceptor drones, are needed at every echelon. For small armed forces such as Belgium's, the challenge lies less in the technology than in the speed of acquisition. Integration with the civilian authorities responsible for the airspace is the other weak spot.",
        frozenset({"c-uas"}),
        "en",
    ),
    (
        "Welke maatregelen neemt Defensie om de kerncentrales en de haven van Antwerpen te beschermen tegen ongeautoriseerde drones, en welke rol speelt de Luchtcomponent daarbij ten opzichte van de federale politie?",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "De verdediging tegen drones vraagt om goedkope oplossingen: het is niet houdbaar om drones van een paar duizend euro neer te halen met luchtdoelraketten van enkele honderdduizenden euro's. Interceptordrones, lasers en programmeerbare munitie bieden hier perspectief. Het rapport beveelt aan de ontwikkeling daarvan samen met de Nederlandse defensie-industrie te versnellen.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "Wie viele Systeme zur Abwehr von Kleinstdrohnen hat die Bundeswehr seit Februar 2022 beschafft, und wie viele davon sind derzeit einsatzbereit?",
        frozenset({"c-uas"}),
        "de",
    ),
    (
        "La lutte anti-drones s'impose désormais comme une fonction opérationnelle à part entière, qui ne peut plus reposer sur les seuls moyens de défense sol-air classiques. Elle suppose une chaîne complète, de la détection à la neutralisation, et une doctrine d'emploi partagée avec les forces de sécurité intérieure.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "Op de Vredepeel testten fabrikanten uit tal van NAVO-landen hun systemen tegen drones. Militairen lieten tientallen drones opstijgen, die de deelnemende systemen moesten detecteren en neutraliseren. 'We leren hier in twee weken meer dan in een jaar op papier,' zegt de projectleider.",
        frozenset({"c-uas"}),
        "nl",
    ),
    (
        "La protection des infrastructures critiques contre les drones malveillants relève en premier lieu de la police ; la Défense n'intervient qu'en appui, au moyen de ses radars et de ses brouilleurs.",
        frozenset({"c-uas"}),
        "fr",
    ),
    (
        "De eerste MQ-9B SkyGuardian van de Luchtcomponent is in Florennes aangekomen. België bestelde in totaal vier van deze onbemande toestellen.",
        frozenset(),
        "nl",
    ),
    (
        "La Belgique livrera à l'Ukraine des drones de reconnaissance et des munitions rôdeuses dans le cadre de la coalition internationale pour les drones. Le montant de cette contribution s'élève à plusieurs dizaines de millions d'euros. Une partie des appareils sera produite par des entreprises belges. Le ministre a précisé que ces livraisons s'ajoutent aux F-16 promis à Kiev.",
        frozenset(),
        "fr",
    ),
    (
        "Russia launched more than 400 Shahed-type drones at Ukrainian cities overnight, one of the largest attacks of its kind since the start of the full-scale invasion. Energy infrastructure in Kharkiv and Odesa was hit. At least twelve people were killed. The Kremlin described the strikes as a response to Ukrainian attacks on Russian territory.",
        frozenset(),
        "en",
    ),
    (
        "De landmacht krijgt honderden kleine drones voor de verkenningseenheden. De militairen leren ze zelf te programmeren en te repareren, zodat ze in het veld niet afhankelijk zijn van de leverancier. Volgens de commandant verandert dat de manier van werken op het gevechtsveld ingrijpend.",
        frozenset(),
        "nl",
    ),
    (
        "Die Bundeswehr least weitere Heron TP-Drohnen, die künftig auch bewaffnet eingesetzt werden können.",
        frozenset(),
        "de",
    ),
    (
        "Nederland draagt 400 miljoen euro bij aan de productie van drones voor Oekraïne, meldt de minister in een brief aan de Kamer.",
        frozenset(),
        "nl",
    ),
    (
        "Des drones ont frappé dans la nuit une raffinerie de la région de Riazan, selon les autorités russes. Kiev n'a pas commenté l'attaque.",
        frozenset(),
        "fr",
    ),
    (
        "The Royal Netherlands Air Force's MQ-9A Reapers, operated by 306 Squadron from Leeuwarden, have flown their first training sorties with live weapons. The government decided in 2022 to arm the aircraft.",
        frozenset(),
        "en",
    ),
    (
        "Ukrainische Drohnen haben in der Nacht einen russischen Militärflugplatz auf der Krim angegriffen. Nach Angaben aus Kiew wurden mehrere Flugzeuge beschädigt.",
        frozenset(),
        "de",
    ),
    (
        "Defensie zal het aantal drones bij de Landcomponent fors verhogen: elke infanteriecompagnie krijgt eigen minidrones voor verkenning en doelaanwijzing.",
        frozenset(),
        "nl",
    ),
    (
        "Boven de vliegbasis Volkel zijn dinsdagavond opnieuw drones gezien door omwonenden. De Koninklijke Marechaussee heeft een onderzoek ingesteld.",
        frozenset(),
        "nl",
    ),
    (
        "The Belgian special forces have received their first loitering munitions, which will allow small teams to strike targets beyond line of sight.",
        frozenset(),
        "en",
    ),
    (
        "La Belgique participe actuellement à une vingtaine de projets de la coopération structurée permanente (CSP). Elle en coordonne plusieurs, dont celui relatif aux systèmes maritimes autonomes de lutte contre les mines. Le ministre considère que cette participation renforce la position de l'industrie belge dans les programmes européens. Il admet toutefois que certains projets n'ont guère progressé depuis leur lancement. Une évaluation sera réalisée d'ici la fin de l'année.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Nederland is coördinator van het PESCO-project Military Mobility, dat ook openstaat voor derde landen. De Verenigde Staten, Canada, Noorwegen en het Verenigd Koninkrijk nemen inmiddels deel. Het project richt zich op het vereenvoudigen van grensoverschrijdende procedures voor militaire transporten. Het kabinet hecht grote waarde aan dit project en wil de rol van Nederland als coördinator de komende jaren voortzetten.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Deutschland beteiligt sich an zahlreichen Projekten der Ständigen Strukturierten Zusammenarbeit (SSZ) und koordiniert unter anderem das European Medical Command.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "The Council adopted conclusions on the strategic review of PESCO. Ministers assessed the fulfilment of the more binding commitments by participating Member States ahead of the end of the initial phase in 2025. They also agreed to close projects that have not delivered results and to focus new proposals on critical capability gaps. The High Representative will report annually on progress.",
        frozenset({"pesco"}),
        "en",
    ),
    (
        "Le Luxembourg participe à plusieurs projets CSP, notamment dans les domaines des communications par satellite et de la mobilité militaire.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Na zes jaar PESCO is de balans gemengd. Het aantal projecten is gegroeid tot meer dan zestig, maar slechts een klein deel heeft daadwerkelijk tot nieuwe capaciteiten geleid. Veel lidstaten hebben bestaande nationale projecten onder de PESCO-vlag gebracht zonder extra ambitie. Bovendien worden de 'meer bindende verplichtingen' nauwelijks gehandhaafd. Wij pleiten daarom voor minder, maar grotere projecten die aansluiten bij de NAVO-capaciteitsdoelen.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Die SSZ sollte ursprünglich ein exklusiver Club der ambitioniertesten Mitgliedstaaten werden. Am Ende nahmen jedoch 25 Staaten teil, was die Kooperation eher inklusiv als ambitioniert machte. Der Beitritt Dänemarks im Jahr 2023 hat daran wenig geändert. Kritiker bemängeln zudem, dass viele Projekte lediglich bestehende nationale Vorhaben neu etikettieren.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Aan welke PESCO-projecten neemt Nederland op dit moment deel, en bij welke daarvan treedt Nederland op als projectcoördinator?",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "La CSP, lancée en décembre 2017 sur la base des articles 42, paragraphe 6, et 46 du traité sur l'Union européenne, devait permettre aux États les plus volontaires d'aller plus loin ensemble. Dans les faits, elle a rassemblé presque tous les États membres. Cette inclusivité a été voulue par Berlin, au grand regret de Paris.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Het Benelux Parlement roept de drie regeringen op vaker gezamenlijk deel te nemen aan projecten in het kader van de permanente gestructureerde samenwerking en hun standpunten daarover vooraf af te stemmen.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Die Bundesregierung wird aufgefordert, sich im Rahmen von PESCO für eine stärkere Beteiligung mittelständischer deutscher Unternehmen an gemeinsamen Rüstungsprojekten einzusetzen.",
        frozenset({"pesco"}),
        "de",
    ),
    (
        "Dans le cadre de la CSP, la Belgique s'est engagée à augmenter régulièrement son budget de défense en termes réels, l'un des vingt engagements contraignants souscrits en 2017.",
        frozenset({"pesco"}),
        "fr",
    ),
    (
        "Mevrouw Van Hoof vraagt hoe de minister de toekomst van Pesco ziet nu de Europese Commissie met EDIP en SAFE steeds meer zelf het initiatief neemt. Volgens haar dreigt de permanente gestructureerde samenwerking te verworden tot een lege doos. De minister antwoordt dat PESCO complementair blijft aan de nieuwe instrumenten en dat België zijn deelname aan de lopende projecten voortzet.",
        frozenset({"pesco"}),
        "nl",
    ),
    (
        "Via het Europees Defensiefonds ontvangt een consortium met drie Nederlandse bedrijven 25 miljoen euro voor de ontwikkeling van een nieuwe generatie maritieme sensoren.",
        frozenset(),
        "nl",
    ),
    (
        "L'Union européenne a adopté le programme européen pour l'industrie de la défense (EDIP), doté de 1,5 milliard d'euros, afin de soutenir la production de l'industrie européenne de défense. Les négociations entre le Parlement et le Conseil ont duré plus d'un an. Plusieurs États membres, dont la Belgique, souhaitaient une préférence européenne plus stricte. Les premiers appels à projets sont attendus l'an prochain.",
        frozenset(),
        "fr",
    ),
    (
        "Belgium has requested 8.3 billion euros in loans under the EU's SAFE instrument, mainly for air defence and ammunition. The government says the loans will be repaid over 45 years.",
        frozenset(),
        "en",
    ),
    (
        "Über die Europäische Friedensfazilität hat die EU bislang mehr als elf Milliarden Euro für die militärische Unterstützung der Ukraine mobilisiert.",
        frozenset(),
        "de",
    ),
    (
        "De Coordinated Annual Review on Defence (CARD) laat opnieuw zien dat de Europese defensie-uitgaven versnipperd blijven. Slechts een klein deel van de investeringen gebeurt in Europees verband. Het kabinet wil de aanbevelingen uit het rapport meenemen in de volgende Defensienota.",
        frozenset(),
        "nl",
    ),
    (
        "L'instrument EDIRPA a permis de cofinancer l'acquisition conjointe de munitions et de systèmes de défense aérienne par plusieurs États membres, dont la Belgique. Doté de 300 millions d'euros, il avait été conçu comme une mesure d'urgence après l'invasion russe de l'Ukraine. Les achats devaient associer au moins trois États membres. Son successeur est désormais intégré au programme EDIP.",
        frozenset(),
        "fr",
    ),
    (
        "Lieutenant Colonel Andrea Pesco, the Italian liaison officer at the headquarters, briefed the delegation on the upcoming exercise. He stressed the importance of interoperable communications between the participating brigades.",
        frozenset(),
        "en",
    ),
    (
        "In der kleinen Gemeinde Pesco Sannita bei Benevento erinnerte eine Gedenkfeier an die Gefallenen des Zweiten Weltkriegs; auch Vertreter des italienischen Heeres nahmen teil.",
        frozenset(),
        "de",
    ),
    (
        "Selon l'étude du service de recrutement, les candidats proviennent majoritairement de familles issues de catégories socioprofessionnelles (CSP) modestes. La Défense veut désormais cibler davantage les étudiants de l'enseignement supérieur.",
        frozenset(),
        "fr",
    ),
    (
        "Das neue Schießsimulatorzentrum (SSZ) in Munster soll ab Herbst die Ausbildung an Panzerhaubitzen und Schützenpanzern deutlich verkürzen.",
        frozenset(),
        "de",
    ),
    (
        "Het kabinet steunt het voorstel van de Commissie voor een Europees defensie-industrieprogramma, mits de middelen ook openstaan voor bedrijven uit het Verenigd Koninkrijk en Noorwegen.",
        frozenset(),
        "nl",
    ),
    (
        "The European Defence Agency's Capability Development Plan identifies integrated air and missile defence, ammunition and strategic enablers among the priority shortfalls.",
        frozenset(),
        "en",
    ),
    (
        "Le Fonds européen de la défense finance, pour la première fois, un projet coordonné par une entreprise wallonne dans le domaine des munitions de moyen calibre. Le ministre y voit la preuve que les PME belges peuvent se faire une place dans les programmes européens.",
        frozenset(),
        "fr",
    ),
    (
        "Belgium coordinates the PESCO project on Maritime (semi-)Autonomous Systems for Mine Countermeasures (MAS MCM), which builds on the drone toolbox developed for the Belgian-Dutch mine countermeasures vessels under the BeNeSam programme. The Netherlands takes part as a project member.",
        frozenset({"benesam", "pesco"}),
        "en",
    ),
    (
        "De nieuwe ASW-fregatten voor de Belgische en Nederlandse marine krijgen naast het onderwaterpakket ook een gelaagde verdediging tegen drones, met radar, elektronische stoorsystemen en een kanon met programmeerbare munitie. Beide marines stemmen de specificaties af via de binationale staf van Admiraal Benelux in Den Helder. Nederland ontvangt het eerste schip in 2029. Het eerste Belgische fregat volgt een jaar later.",
        frozenset({"benesam", "c-uas"}),
        "nl",
    ),
    (
        "Belgische NH90 NFH-bemanningen worden voortaan mee opgeleid op Vliegkamp De Kooy, samen met hun Nederlandse collega's van de boordhelikopters. Die binationale helikoptersamenwerking sluit aan bij de bredere Belgisch-Nederlandse marinesamenwerking, waarin beide marines al opleiding en onderhoud delen.",
        frozenset({"benelux-helicopter-command", "benesam"}),
        "nl",
    ),
    (
        "Binnen het gezamenlijke Belgisch-Nederlandse helikoptercommando wordt ook gewerkt aan de bescherming van helikopters en vliegvelden tegen drones. De bases Gilze-Rijen en Beauvechain krijgen daarvoor detectie- en stoorsystemen.",
        frozenset({"benelux-helicopter-command", "c-uas"}),
        "nl",
    ),
    (
        "La Belgique et les Pays-Bas examinent si leur future coopération binationale en matière d'hélicoptères pourrait être inscrite comme projet de la coopération structurée permanente (CSP).",
        frozenset({"benelux-helicopter-command", "pesco"}),
        "fr",
    ),
    (
        "Italy leads the PESCO project on Counter Unmanned Aerial Systems, which aims to develop a common architecture for detecting and neutralising mini and micro drones.",
        frozenset({"c-uas", "pesco"}),
        "en",
    ),
    (
        "Nederland onderzoekt of het kan aansluiten bij het PESCO-project voor de bestrijding van kleine drones. Dat zou de samenwerking met andere lidstaten bij het testen van jammers en detectiesensoren vergemakkelijken.",
        frozenset({"c-uas", "pesco"}),
        "nl",
    ),
    (
        "In 2025 neemt Defensie de eerste mijnenbestrijdingsvaartuigen in ontvangst die samen met Nederland werden aangekocht in het kader van de Belgisch-Nederlandse marinesamenwerking. Tegelijk wordt de oprichting van een gemeenschappelijk helikoptercommando met Nederland en Luxemburg voorbereid. De anti-dronecapaciteit van de Landcomponent wordt versterkt met mobiele detectie- en stoorsystemen. België blijft bovendien actief deelnemen aan de PESCO-projecten en neemt het voortouw in het project rond autonome systemen voor mijnenbestrijding.",
        frozenset({"benelux-helicopter-command", "benesam", "c-uas", "pesco"}),
        "nl",
    ),
    (
        "Dans sa note de politique générale, le ministre annonce que la Marine recevra cette année ses premiers chasseurs de mines construits avec les Pays-Bas et que les frégates ASW commandées en commun seront équipées de moyens de lutte anti-drones. La Belgique continuera par ailleurs de coordonner le projet CSP consacré aux systèmes autonomes de lutte contre les mines.",
        frozenset({"benesam", "c-uas", "pesco"}),
        "fr",
    ),
    (
        "Im Rahmen der SSZ arbeiten mehrere Mitgliedstaaten an einem gemeinsamen System zur Abwehr von Kleindrohnen; Deutschland beteiligt sich bislang nur als Beobachter.",
        frozenset({"c-uas", "pesco"}),
        "de",
    ),
    (
        "België bestelt elf extra F-35A-gevechtsvliegtuigen, waarmee de totale vloot op 45 toestellen komt.",
        frozenset(),
        "nl",
    ),
    (
        "Le budget de la Défense atteindra 2 % du PIB dès cette année, a confirmé le gouvernement. Cet effort sera financé en partie par des recettes exceptionnelles.",
        frozenset(),
        "fr",
    ),
    (
        "At the summit in The Hague, NATO allies agreed to spend 5% of GDP on defence and defence-related expenditure by 2035.",
        frozenset(),
        "en",
    ),
    (
        "Die Bundeswehr hat im vergangenen Jahr rund 20.000 neue Soldatinnen und Soldaten eingestellt. Dennoch sinkt die Gesamtstärke der Truppe weiter, weil mehr Personal ausscheidet als hinzukommt. Der Wehrbeauftragte spricht von einer besorgniserregenden Entwicklung. Die Regierung setzt nun auf einen neuen Wehrdienst, der zunächst auf Freiwilligkeit beruht.",
        frozenset(),
        "de",
    ),
    (
        "Defensie wil het aantal reservisten de komende jaren verdubbelen. Daarvoor worden de opleidingen flexibeler gemaakt en krijgen werkgevers een vergoeding. De minister verwacht dat de eerste resultaten volgend jaar zichtbaar worden. Vakbonden reageren voorzichtig positief.",
        frozenset(),
        "nl",
    ),
    (
        "Le Luxembourg portera son effort de défense à 1 % de son revenu national brut d'ici 2028. Une part importante sera consacrée aux capacités spatiales et cyber, domaines dans lesquels le Grand-Duché estime pouvoir apporter une véritable valeur ajoutée. Le recrutement reste l'autre grand défi de l'armée luxembourgeoise. L'opposition juge toutefois la trajectoire insuffisante au regard des nouveaux objectifs de l'OTAN.",
        frozenset(),
        "fr",
    ),
    (
        "Een detachement van de Landcomponent vertrekt volgende week naar Roemenië voor de NAVO-missie aan de oostflank. De militairen blijven er vier maanden. Ze worden ingezet binnen een multinationale battlegroup onder Franse leiding. Het is de derde rotatie sinds het begin van de missie.",
        frozenset(),
        "nl",
    ),
    (
        "The Netherlands will acquire Leopard 2A8 main battle tanks and re-establish its own tank battalion, more than a decade after selling its last tanks. The first vehicles are expected before the end of the decade. Until then, Dutch tank crews will continue to serve in a German-Dutch battalion.",
        frozenset(),
        "en",
    ),
    (
        "La Composante Terre a réceptionné ses premiers véhicules Griffon dans le cadre du partenariat stratégique CaMo avec la France. Les militaires belges suivront une formation commune avec leurs homologues français à Mourmelon. Le programme prévoit au total plusieurs centaines de véhicules. Les livraisons s'échelonneront jusqu'en 2030.",
        frozenset(),
        "fr",
    ),
    (
        "Das Großherzogtum finanziert mit LUXEOSys einen eigenen militärischen Erdbeobachtungssatelliten, dessen Bilder auch der NATO zur Verfügung gestellt werden. Die Bodenstation befindet sich in Luxemburg. Der Satellit soll mehrere Jahre im Orbit bleiben.",
        frozenset(),
        "de",
    ),
    (
        "Defensie sluit langjarige contracten met munitieproducenten om de voorraden versneld aan te vullen. De minister spreekt van een trendbreuk na jaren van bezuinigingen. Ook wordt gekeken naar een eigen productielijn voor artilleriegranaten in Nederland. De Kamer wordt voor het zomerreces geïnformeerd over de kosten.",
        frozenset(),
        "nl",
    ),
    (
        "Belgium will deploy additional troops to Lithuania as part of NATO's forward presence. Around 250 soldiers will join the German-led brigade for six months. The deployment includes engineers and a logistics detachment. Lithuanian officials welcomed the decision. It comes as allies step up exercises along the eastern flank.",
        frozenset(),
        "en",
    ),
]


#: The sets in the order they were written.
SETS = {
    "A": BLIND_A,
    "B": BLIND_B,
    "C": BLIND_C,
    "D": BLIND_D,
    "E": BLIND_E,
    "F": BLIND_F,
    "G": BLIND_G,
    "H": BLIND_H,
}

#: Passages still matched wrongly, with why (the tests expect them to fail, strictly).
KNOWN_MISSES: dict[str, str] = {
    "Les brouilleurs acquis par la Défense permettent de couper la liaison entre un drone": (
        "jammers and the drone are 11 words apart; a wider rule would take GPS jamming"
    ),
    "Collega's, de samenwerking tussen onze marine en de Nederlandse is geen papieren": (
        "Belgium is only 'onze', and the navy and the partner stand in different sentences"
    ),
    "L'Assemblée interparlementaire Benelux recommande aux gouvernements des trois pays": (
        "'Benelux' opens the sentence, the helicopter command is 25 words on"
    ),
}
