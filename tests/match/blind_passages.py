"""Blind passages: written by someone who saw only the topic descriptions of issue #3, never the
topics file or the matcher, as (passage, the topic ids it concerns, language). The tests match
each one as the pipeline does, after extraction's clean-up (words hyphenated across lines joined).

Set A (154 passages), on its first run (2026-11-22), precision / recall: benesam 0.96 / 0.90,
benelux-helicopter-command 1.00 / 0.71, c-uas 1.00 / 0.85, pesco 0.91 / 0.81. The topics were then
widened and tightened on what it missed (the partner named after "with", pooling and binational
helicopter units, "against drones", jamming and shooting down, "projets CSP", "SSZ-Projekte",
NATO as no context for "Pesco", CSP+).

Set B (131 passages, written after those changes), on its first run: precision 1.00 for every
topic; recall 0.91 / 0.74 / 0.71 / 0.95 (in the order above). The topics were changed again on its
misses (the navies' own names, the partner of a helicopter command, drones fought, detected and
brought down, the treaty article), except two, kept in ``KNOWN_MISSES``.

Neither set is unseen any more: they keep what was learnt, like the golden passages.
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


#: Passages still matched wrongly, with why (the tests expect them to fail, strictly).
KNOWN_MISSES: dict[str, str] = {
    "Belgische vliegers van de Wing Heli zouden in de toekomst samen met hun Nederlandse": (
        "the countries and the shared staff are 20 words apart, too far for a rule"
    ),
    "Les brouilleurs acquis par la Défense permettent de couper la liaison entre un drone": (
        "jammers and the drone are 11 words apart; a wider rule would take GPS jamming"
    ),
}
