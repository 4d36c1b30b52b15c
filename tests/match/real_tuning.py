"""Real text used to tune the topics for issue #13 (kept apart from ``real_heldout.py``, which
is only measured): the phrasings the issue quotes from real documents the project does not
hold, passages of two real pages, and passages of two verbatim reports of the Belgian Chamber's
defence committee (../shared/fixtures/real/dekamer/criv/, from dekamer.be). Each entry is
(passage, the topic ids it concerns, provenance). Every passage must keep its topics, except
those in ``KNOWN_MISSES``.

``PAGES`` (added 2026-12-04) are 111 passages of 76 further public pages of the Belgian and Dutch
governments, the armed forces and the press, found through stored copies of public web pages
and labelled by reading before any topic was changed for them: BeNeSam's programmes and staffs,
Belgian-Dutch helicopter cooperation, counter-drone capabilities, PESCO, and near misses (armed
drones, drones that clear sea mines, NH90s elsewhere, national helicopter commands, defence
budget lines, EU defence loans without PESCO), and passages of two more of the Chamber's verbatim
reports held there. No page of ``real_heldout.py`` is among them, nor (as far as read) a copy of
one of its passages published elsewhere.
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

PAGES: list[tuple[str, frozenset[str], str]] = [
    # ------------------------------------------------------------------ benesam
    (
        "De Admiraliteit Benelux (ABNL) is de overkoepelende staf van de Nederlandse en Belgische marine in Den Helder. De ABNL zorgt voor een efficiënte uitwisseling van personeel en materieel.",
        BENESAM,
        "http://www.mil.be/nl/eenheden/admiraliteit-benelux",
    ),
    (
        "Op 10 mei 1948, vandaag precies 69 jaar geleden, beslisten de Nederlands en Belgische regering om een militaire overeenkomst te sluiten, met name BENESAM.",
        BENESAM,
        "http://www.mil.be/nl/eenheden/admiraliteit-benelux",
    ),
    (
        "En mai 1995, les Marines belge et néerlandaise décident de renforcer encore la convention militaire Belgo – Néerlandaise signée le 10 mai 1948 (accord BENESAM) en intensifiant leur « coopération opérationnelle ».",
        BENESAM,
        "http://marine-mra-klm.be/amiral_benelux_779.htm",
    ),
    (
        "Ils placent leurs flottes respectives, dès le temps de paix, sous un commandement opérationnel intégré à Den Helder : l’ « Amiral Benelux » (ABNL en abrégé).",
        BENESAM,
        "http://marine-mra-klm.be/amiral_benelux_779.htm",
    ),
    (
        "Deze maand vieren de Nederlandse en Belgische zeestrijdkrachten hun 25-jarig samenwerkingsverband. Op 1 januari 1996 werd het hoofdkwartier van de Admiraal Benelux (ABNL) in Den Helder feestelijk geopend.",
        BENESAM,
        "https://magazines.defensie.nl/allehens/2021/02/03_25-jaar-abnl",
    ),
    (
        "Because Belgium bought two Dutch M-frigates, both navies are equipped with the same frigates and also the same minehunters. Both navies have been working together since 1948 and have almost merged in recent years.",
        BENESAM,
        "https://euro-sd.com/2020/09/headline/18841/belgian-and-dutch-naval-replacement-programmes",
    ),
    (
        "The navies share a headquarters in Den Helder (the Netherlands), their operational and logistics schools are binational, and from 2021 both fleets will receive the same uniforms. It is therefore logical that the two countries jointly replace their frigates and minehunters.",
        BENESAM,
        "https://euro-sd.com/2020/09/headline/18841/belgian-and-dutch-naval-replacement-programmes",
    ),
    (
        "Some of these new ships are being developed jointly by Belgium and the Netherlands, while for some others the Netherlands is seeking cooperation with Germany.",
        BENESAM,
        "https://euro-sd.com/2020/09/headline/18841/belgian-and-dutch-naval-replacement-programmes",
    ),
    (
        "The Netherlands is in charge of the replacement process, in close consultation with Belgium. The Defense Materiel Organization realizes the acquisition with the Royal Netherlands Navy and Belgian colleagues. By 2030, the 4 ASW frigates must be available for both navies.",
        BENESAM,
        "https://navalpost.com/netherlands-and-belgium-to-replace-m-class-frigates-with-asw-frigates/",
    ),
    (
        "Belgium and Netherlands will build Anti-Submarine Warfare frigates as the replacement of multipurpose M-class frigates which have been serving for decades, defence ministries of the two countries announced on 13th January.",
        BENESAM,
        "https://navalpost.com/netherlands-and-belgium-to-replace-m-class-frigates-with-asw-frigates/",
    ),
    (
        "The Netherlands and its neighbor Belgium have agreed to jointly acquire four anti-submarine warfare (ASW) frigates worth 4 billion euros ($4.4 billion).",
        BENESAM,
        "https://thedefensepost.com/2023/04/07/netherlands-belgium-frigate-deal/amp",
    ),
    (
        "Two of them will be delivered to the Royal Netherlands Navy starting 2029, while the other two will be handed over to the Belgian Navy in 2030.",
        BENESAM,
        "https://thedefensepost.com/2023/04/07/netherlands-belgium-frigate-deal/amp",
    ),
    (
        "Belgium is joining the Netherlands in a naval acquisition that will see both countries invest around two billion euros for the replacement of M-frigates and Tripartite-class minehunters.",
        BENESAM,
        "https://navaltoday.com/2016/11/14/belgium-netherlands-team-up-on-frigate-minehunter-replacement",
    ),
    (
        "Belgium will be in charge of the acquisition of minehunters while the Netherlands will acquire the frigates.",
        BENESAM,
        "https://navaltoday.com/2016/11/14/belgium-netherlands-team-up-on-frigate-minehunter-replacement",
    ),
    (
        "La Belgique et les Pays-Bas envisagent d’acheter ensemble quatre frégates et douze chasseurs de mines, soit un investissement de quelque 4 milliards d’euros dont la moitié à charge de la Belgique.",
        BENESAM,
        "http://levif.be/actualite/belgique/belgique-et-pays-bas-prets-a-s-associer-pour-l-achat-de-fregates-et-des-chasseurs-de-mines/article-normal-572505.html",
    ),
    (
        "Pour ce nouvel accord, la Belgique serait à la barre de l’achat des chasseurs de mines. C’est déjà elle qui entretient les chasseurs de mines néerlandais.",
        BENESAM,
        "http://levif.be/actualite/belgique/belgique-et-pays-bas-prets-a-s-associer-pour-l-achat-de-fregates-et-des-chasseurs-de-mines/article-normal-572505.html",
    ),
    (
        "The Ostend is the first of twelve new Mine Countermeasure Vessels that the Royal Netherlands Navy has jointly acquired and developed with Belgium. Both countries will receive six.",
        BENESAM,
        "https://swzmaritime.nl/news/2023/03/30/first-new-belgian-minehunter-officially-launched/",
    ),
    (
        "The new rMCM capability is being built in France as part of a Belgian-Dutch cooperative programme to replace the outdated Tripartite-class minehunters.",
        BENESAM,
        "https://www.brusselstimes.com/1665279/minehunter-oostende-to-be-delivered-in-october",
    ),
    (
        "Known as the “Mine Countermeasure Stand-off,” this approach keeps the mother ship out of danger zones while unmanned systems detect and neutralise mines.",
        NONE,
        "https://www.brusselstimes.com/1665279/minehunter-oostende-to-be-delivered-in-october",
    ),
    (
        "The fleet of Mine Countermeasure Vessels for the Royal Netherlands Navy and Belgian Navy continues to grow. On 5 November, two new milestones of the binational project were achieved at the shipyard in Romania.",
        BENESAM,
        "https://swzmaritime.nl/news/2024/11/07/fourth-mine-countermeasure-vessel-launched-steel-cut-for-number-eight/",
    ),
    (
        "The vessels will be equipped with modern sensors that can detect mines. There is also room on board for unmanned sailing and flying drones.",
        NONE,
        "https://swzmaritime.nl/news/2024/11/07/fourth-mine-countermeasure-vessel-launched-steel-cut-for-number-eight/",
    ),
    (
        "The first of 12 mine-hunting ships jointly ordered by Belgium and the Netherlands to replace their existing vessels was officially launched in France on Wednesday.",
        BENESAM,
        "https://belganewsagency.eu/first-of-new-belgian-minehunters-launched",
    ),
    (
        "She praised the project’s innovation, which means the vessels send out drones to detect and destroy mines rather than approaching mines themselves.",
        NONE,
        "https://belganewsagency.eu/first-of-new-belgian-minehunters-launched",
    ),
    (
        "This marks a historic milestone for both Belgium and the Netherlands within the replacement Mine Counter Measures (rMCM) programme, which envisages the delivery of six vessels to each navy.",
        BENESAM,
        "https://defenceroom.com/belgian-navy-strengthens-with-first-city-class-minehunter-oostende",
    ),
    (
        "Oostende is the first ship designed under the stand-off concept, integrating an advanced “toolbox” of autonomous surface, underwater, and aerial drones. This system enables the detection, classification, and neutralisation of naval mines from a safe distance, enhancing crew safety while making mine hunting operations faster and more precise.",
        NONE,
        "https://defenceroom.com/belgian-navy-strengthens-with-first-city-class-minehunter-oostende",
    ),
    (
        "The 12 new mine combat vessels for the Belgian and Dutch navies are being built by a consortium led by the French company Naval Group.",
        BENESAM,
        "http://seawaves.com/2019/03/15/new-mine-clearance-vessels-for-the-ministry-of-defense/",
    ),
    (
        "It is the first time that the two navies together have opted for an identical product in which one country takes the lead in the tender. Belgium is in charge of replacing the mine-fighting vessels, and the Netherlands in replacing the multi-purpose frigates.",
        BENESAM,
        "http://seawaves.com/2019/03/15/new-mine-clearance-vessels-for-the-ministry-of-defense/",
    ),
    (
        "HNLMS Vlissingen is the second MCM vessel overall to be built under the Belgium-led replacement mine countermeasures (rMCM) program as well as the first in the class to be built for the Netherlands.",
        BENESAM,
        "https://www.bairdmaritime.com/security/naval/naval-ships/royal-netherlands-navy-takes-delivery-of-new-mine-countermeasures-ship",
    ),
    (
        "Belgium and the Netherlands are already cooperating in the naval domain through the Benelux Admirality in Den Helder, the Netherlands, and yesterday's accord could serve as a model for further links between the Benelux armed forces, according to the Belgian Ministry of Defense.",
        BENESAM,
        "http://www.aviationweek.com/Blogs.aspx?plckBlogId=Blog:27ec4a53-dcc8-42d0-bd3a-01329aef79a7&plckPostId=Blog:27ec4a53-dcc8-42d0-bd3a-01329aef79a7Post:baf3fec3-9e24-4009-8d6f-0319bcbc51bf",
    ),
    (
        'De Crem added, "We are on the way to a totally new structure with trinational command. This is the first step towards complete integration of materiel and joint deployability."',
        NONE,
        "http://www.aviationweek.com/Blogs.aspx?plckBlogId=Blog:27ec4a53-dcc8-42d0-bd3a-01329aef79a7&plckPostId=Blog:27ec4a53-dcc8-42d0-bd3a-01329aef79a7Post:baf3fec3-9e24-4009-8d6f-0319bcbc51bf",
    ),
    (
        "De medische maritieme samenwerking wordt versterkt door dezelfde chirurgische capaciteit in te richten aan boord van Belgische en Nederlandse M-fregatten.",
        BENESAM,
        "https://defensieweblog.blogspot.com/2013/02/parachutetraining-in-benelux-verband.html",
    ),
    (
        "De Defensieministers van Nederland, België en Luxemburg hebben concrete afspraken gemaakt om de banden verder aan te halen. Zo komt er een gezamenlijk parachute opleidings- en trainingscentrum in België waar vanaf dit jaar 15 Nederlandse militairen aan de slag gaan en Luxemburg voor luchttransport zorgt.",
        NONE,
        "https://defensieweblog.blogspot.com/2013/02/parachutetraining-in-benelux-verband.html",
    ),
    (
        "Naast het parachutecentrum voor basis-parachutetrainingen streeft de Benelux naar een geïntegreerd helikoptercommando. Ook bekijken Nederland en België de mogelijkheden van gezamenlijke bewaking en beveiliging van het luchtruim.",
        HELICOPTER,
        "https://defensieweblog.blogspot.com/2013/02/parachutetraining-in-benelux-verband.html",
    ),
    (
        "Samen met België gaat Nederland ook de maritieme mijnenbestrijding moderniseren. Schepen, havens en offshore-installaties worden zo beter beschermd.",
        BENESAM,
        "https://www.defensie.nl/onderwerpen/internationale-samenwerking/europese-samenwerking-pesco",
    ),
    (
        "The Dutch and Belgian navies have been working in close cooperation for 15 years now, with regard to the operational readiness of the fleet, maintenance, training and an integrated operational command.",
        BENESAM,
        "https://dutchdailynews.com/belgium-and-the-netherlands-further-military-cooperation/",
    ),
    (
        "The Netherlands and Belgium both operate the same types of frigate and minehunter and are both in the process of introducing the NH90 helicopter.",
        BENESAM,
        "https://dutchdailynews.com/belgium-and-the-netherlands-further-military-cooperation/",
    ),
    (
        "An example they gave was a combined Quick Reaction Force, consisting of a Dutch and a Belgian F-16, for the protection of Dutch and Belgian airspace.",
        NONE,
        "https://dutchdailynews.com/belgium-and-the-netherlands-further-military-cooperation/",
    ),
    (
        "The agreement is to the effect that the countries’ armed forces will train and exercise together more frequently, that their air forces will make use of each other’s airfields, that the Belgian and Dutch navies will intensify their combined operations, and that Belgium’s paratroopers and the Netherlands’ Airmobile Brigade will cooperate more intensively.",
        BENESAM,
        "https://dutchdailynews.com/netherlands-belgium-and-luxembourg-enhance-defence-co-operation/",
    ),
    (
        "The three 'Benelux' countries of Belgium, Netherlands and Luxembourg aim to push their military air forces far closer together, with the commander of the Royal Netherlands Air Force (RNLAF) calling for a \"fully integrated\" Benelux air component within a decade.",
        NONE,
        "http://www.janes.com/article/34077/benelux-nations-look-towards-integrated-air-force",
    ),
    (
        "With the arrival of the eighth A400M aircraft, the Belgian-Luxembourg binational unit, integrated into the 15th Air Transport Wing of the Belgian Defence, is now complete.",
        NONE,
        "https://chronicle.lu/category/abroad/48668-luxembourg-belgium-sign-technical-arrangement-for-defence-cooperation",
    ),
    (
        "Voorts gaat het onder meer om de aankoop van 34 nieuwe gevechtsvliegtuigen ter vervanging van de verouderde F-16's, twee nieuwe fregatten, zes mijnenjagers en zes - vooralsnog onbewapende - drones, weliswaar gepaard met een verdere daling van het aantal militairen van 32.000 naar 25.000.",
        NONE,
        "https://nieuws.vtm.be/binnenland/197213-budget-defensie-gaat-fors-omhoog",
    ),
    (
        "With the allocated funds, the government aims, among other things, to purchase a third frigate. Major investments are also planned in air defence, including 1,500 new combat vehicles, 2,100 logistical vehicles, four rescue helicopters, and eleven transport helicopters.",
        NONE,
        "https://english.n-va.be/node/13003",
    ),
    (
        "On parle, entre autres, d'une troisième frégate (deux sont déjà prévues), de dix batteries de missiles de défense aérienne composées de quatre lanceurs chacune, de deux drones Sky Guardian supplémentaires, de 4 milliards d'investissements rien que dans la cybersécurité, ou encore du développement d'une seconde brigade motorisée.",
        NONE,
        "https://thequickflash.com/fr/article/la-future-flotte-des-f-35-belges-pourrait-passer-de-34",
    ),
    (
        "Notre frégate Louise-Marie est partie avant-hier dans le cadre d'une opération très importante en mer Baltique.",
        NONE,
        "https://www.dekamer.be/doc/CCRI/html/56/ic085x.html (CRIV 56 COM 085)",
    ),
    (
        "We hebben wapens, munitie van klein en groot kaliber, gevechtsvoertuigen, luchtafweersystemen, 70mm-raketten, handgranaten, mijnenjagers en medische uitrusting geleverd en we hebben gewonde Oekraïners in het Militair Hospitaal opgevangen.",
        NONE,
        "https://www.dekamer.be/doc/CCRI/html/56/ic044x.html (CRIV 56 COM 044)",
    ),
    (
        "De NH90-maritieme gevechtshelikopter is gestationeerd op Maritiem Vliegkamp De Kooy in Den Helder. De NH90 wordt vooral ingezet op en boven zee in samenwerking met de Koninklijke Marine.",
        NONE,
        "https://www.defensie.nl/organisatie/luchtmacht/vliegbases-en-luchtmachtonderdelen/gilze-rijen",
    ),
    # ------------------------------------------------------------------ helicopters
    (
        "Le MOU offre le cadre légal pour optimaliser les capacités des deux forces aériennes par la mise en commun de moyens dans le cadre d’un détachement bi ou multinational lors des déploiements dans le cadre des opérations hélicoptère.",
        HELICOPTER,
        "https://defencebelgium.wordpress.com/2017/05/12/la-belgique-et-les-pays-bas-creent-leuropean-expeditionary-helicopter-wing/",
    ),
    (
        "Het is een belangrijke stap in het binationale beheersproces van de NH-90 (de nieuwste helikopter binnen Defensie, die momenteel wordt ingevoerd). Het doel voor zowel Nederland, als België is de beschikbaarheid van de NH-90 zeker te stellen en dat tegen zo laag mogelijke kosten te doen.",
        HELICOPTER,
        "https://aviolanda.nl/nederland-en-belgie-werken-samen-om-inzetbaarheid-nh-90-te-garanderen/",
    ),
    (
        "Belgian pilots train with Dutch colleagues as their homeland works to expand its NH90's operational capabilities.",
        HELICOPTER,
        "http://digitaledition.rotorandwing.com/may-2016/all-hands-on-deck/",
    ),
    (
        "Now he sat in the right seat of a new Belgian NHIndustries NH90 NATO Frigate Helicopter (NFH) next to a Dutch instructor of the Dutch Helicopter Command (DHC) from Gilze-Rijen Air Base, about 20 nm southeast of Rotterdam.",
        HELICOPTER,
        "http://digitaledition.rotorandwing.com/may-2016/all-hands-on-deck/",
    ),
    (
        "Another area in which the two countries will step up cooperation is wildfire suppression. It has now been agreed that Dutch military helicopters may be deployed to fight large-scale wildfires in Belgium.",
        HELICOPTER,
        "https://www.government.nl/government/news/2015/03/04/netherlands-and-belgium-united-against-terrorism",
    ),
    (
        "La Belgique a acheté 8 hélicoptères dernière génération, des NH90, des hélicoptères grandement attendus. Aujourd'hui, une démonstration de quatre d'entre eux a eu lieu sur la base aérienne de Beauvechain.",
        NONE,
        "https://www.rtbf.be/info/belgique/detail_beauvechain-le-nh-90-mastodonte-des-airs?id=8906354",
    ),
    (
        "La 18ème escadrille, basée à Beauvechain, a reçu quatre appareils de ce type, qui donne une nouvelle capacité de transport aéromobile aux forces armées belges.",
        NONE,
        "https://www.levif.be/belgique/le-roi-philippe-aux-commandes-du-nouvel-helicoptere-nh90-de-larmee-belge/",
    ),
    (
        "Celle-ci remplacera les Sea King de la 40ème escadrille de Coxyde et chargés de missions de recherche et de sauvetage (SAR), dans une configuration identique à celle du NH90 NFH néerlandais.",
        NONE,
        "http://www.lalibre.be/actu/belgique/adieu-le-sea-king-l-armee-belge-prend-livraison-de-son-premier-helicoptere-nh90-51fa8a923570ebbf8e03ddfe",
    ),
    (
        "Cette arrivée en Belgique va un peu plus resserrer les liens avec les pilotes français et néerlandais lors des missions communes de sauvetage en Mer du Nord.",
        NONE,
        "https://avionslegendaires.net/2014/01/actu/le-nh90-debarque-en-belgique",
    ),
    (
        "Un hélicoptère belge NH-90 NFH de la base de Coxyde sera déployé début février sur une frégate du groupe aéronaval encadrant le porte-avions nucléaire français Charles De Gaulle, en partance pour la Méditerranée avec un œil sur la Mer Noire.",
        NONE,
        "https://m.rtl.be/info/1354135",
    ),
    (
        "Les Pays-Bas entendent aussi aligner leur flotte à celle de leurs voisins et partenaires pour simplifier « la coopération internationale en matière de maintenance et de formation ».",
        NONE,
        "https://www.journal-aviation.com/actualites/les-pays-bas-vont-lancer-la-renovation-a-mi-vie-de-leur-flotte-d-helicopteres-nh90~55136.html",
    ),
    (
        "Vliegbasis Gilze-Rijen is de helikopterbasis van de luchtmacht. De helikopters maken deel uit van het Defensie Helikopter Commando.",
        NONE,
        "https://www.defensie.nl/organisatie/luchtmacht/vliegbases-en-luchtmachtonderdelen/gilze-rijen",
    ),
    (
        "Gilze-Rijen Air Base is the helicopter base of the Royal Netherlands Air Force. The helicopters are part of Defence Helicopter Command.",
        NONE,
        "https://english.defensie.nl/organisation/air-force/bases-and-units/gilze-rijen",
    ),
    (
        "De Koninklijke Luchtmacht neemt vijftien helikopters van de vliegbasis mee naar een internationale oefening in Duitsland. De oefening draait om optimaal en internationaal samenwerken om overal ter wereld zo snel mogelijk ingezet te kunnen worden.",
        NONE,
        "http://www.omroepbrabant.nl/?news/2698351183/Minder+herrie+van+Gilze-Rijen,+helikopters+zijn+drie+weken+naar+Duitsland.aspx",
    ),
    (
        "In de in 2001 gestarte studie van het Nederlandse ministerie van Defensie die verliep onder de naam ‘integrale militaire helikoptercapaciteit’ werd gekeken naar een mogelijk samengaan van de militaire helikopterluchtvaart, de luchtmobiele en maritieme transportbehoeften en de eventuele oprichting van een defensiebreed helikoptercommando.",
        NONE,
        "https://nl.m.wikipedia.org/wiki/Defensie_Helikopter_Commando",
    ),
    (
        "The Dutch defense ministry and the US military have signed an agreement on the sharing of information and developments in rotorcraft systems, which will also include the US Army’s future vertical lift efforts.",
        NONE,
        "https://defbrief.com/2022/07/21/us-netherlands-sign-agreement-on-future-helicopter-cooperation/",
    ),
    (
        "Het gaat om de werkingsondersteuning van de aangekochte nieuwe helikopters in het kader van de NAVO-samenwerking NAHEMO.",
        NONE,
        "https://news.belgium.be/nl/overheidsopdracht-voor-defensie-1",
    ),
    (
        "Nahema is een agentschap waarin Nederland samen met Duitsland, Frankrijk en Italië zit. Het agentschap is bevoegd om namens de 4 landen de contracten af te sluiten.",
        NONE,
        "https://www.blikopnieuws.nl/nieuws/308159/defensie-voegt-3-nieuwe-nh90-helikopters-toe-aan-vloot.html",
    ),
    (
        "The agreement has been designed to primarily support large-material projects, such as the replacement of the Boeing CH-47 Chinook and AH-64 Apache helicopters.",
        NONE,
        "https://army-technology.com/news/us-netherlands-sign-agreement-strengthen-defence-cooperation",
    ),
    (
        "De nieuwe gevechtshelikopter is 1 van de 3 vliegtuigen van het gezamenlijke NAVO-programma Heavy Airlift Wing.",
        NONE,
        "https://paradisefm.cw/nieuwe-gevechtshelikopter-naar-cariben/",
    ),
    # ------------------------------------------------------------------ counter-drone
    (
        "De no-fly zones worden strenger gehandhaafd, Defensie treedt sneller naar buiten met incidenten en nieuwe technologie voor drone-detectie wordt versneld ingevoerd.",
        C_UAS,
        "https://revu.nl/artikel/670314/nederland-en-de-drone-dreiging-waarom-volkel-een-wake-upcall-is",
    ),
    (
        "Toch gaat Nederland miljarden euro’s extra steken in anti-dronemaatregelen.",
        C_UAS,
        "https://eenvandaag.avrotros.nl/artikelen/waarom-nederland-miljarden-extra-steekt-in-bestrijding-drones-volgens-defensiespecialist-moeten-nu-iets-doen-162053",
    ),
    (
        "Drones, ze worden steeds vaker gezien in Europees luchtruim. Maar waarom zijn ze zo moeilijk uit de lucht te schieten?",
        C_UAS,
        "https://eenvandaag.avrotros.nl/doe-mee/waarom-is-het-zo-moeilijk-om-ze-uit-de-lucht-te-schieten-en-andere-vragen-over-drones-boven-vliegvelden-beantwoord-161870",
    ),
    (
        "Defensie gaat meer investeren in de bestrijding van drones, laat demissionair staatssecretaris Gijs Tuinman aan de Tweede Kamer weten.",
        C_UAS,
        "https://www.welingelichtekringen.nl/samenleving/defensie-investeert-extra-in-bestrijding-van-drones-na-incidenten",
    ),
    (
        "Dit weekend zijn drones gesignaleerd boven vliegbases Eindhoven en Volkel. Daarbij zette Defensie voor het eerst elektronische en kinetische middelen, zoals vuurwapens, in, aldus Tuinman.",
        C_UAS,
        "https://www.welingelichtekringen.nl/samenleving/defensie-investeert-extra-in-bestrijding-van-drones-na-incidenten",
    ),
    (
        "Het ministerie wil onder meer extra antidronekanonsystemen aanschaffen. Ook steekt Defensie extra geld in de bescherming van marineschepen tegen drones.",
        C_UAS,
        "https://www.welingelichtekringen.nl/samenleving/defensie-investeert-extra-in-bestrijding-van-drones-na-incidenten",
    ),
    (
        "Begin dit jaar kondigde Defensie al aan de Skyranger 30 te kopen. Er worden 22 van deze mobiele antidronesystemen aangeschaft, waarvan de eerste in 2028 moet worden geleverd.",
        C_UAS,
        "https://www.hartvannederland.nl/politiek/beleid/artikelen/defensie-investeert-meer-in-bestrijding-van-drones",
    ),
    (
        "Militairen kunnen zich met de hulpmiddelen beter verdedigen tegen drones van maximaal 20 kilo die een bereik hebben van minimaal een kilometer. Ze krijgen betere richtmiddelen voor hun wapens, draagbare stoorzenders om de signalen van drones te hinderen en sensoren waarmee drones sneller kunnen worden ontdekt.",
        C_UAS,
        "https://www.rd.nl/artikel/1089289-defensie-gaat-militairen-beter-beschermen-tegen-kleine-drones",
    ),
    (
        "The Ministry of Defense has purchased a new system to protect against small drones up to 20 kilograms. It signed the contract with manufacturer Elbit Systems on Wednesday.",
        C_UAS,
        "https://nltimes.nl/2023/08/17/dutch-military-bought-new-system-defuse-small-drones-50-million-euros",
    ),
    (
        "“It also has resources to neutralize or render a drone harmless in various ‘soft-kill’ ways. Think of jamming.”",
        C_UAS,
        "https://nltimes.nl/2023/08/17/dutch-military-bought-new-system-defuse-small-drones-50-million-euros",
    ),
    (
        "Het Nederlandse Ministerie van Defensie krijgt capaciteit voor de bestrijding van zogeheten unmanned aerial systems (UAS). De nieuwe systemen moeten vooral bescherming bieden tegen kleine drones tot 20 kilo.",
        C_UAS,
        "https://rockingrobots.nl/?p=55159",
    ),
    (
        "That's why the Dutch military is turning to a makeshift solution: an improvised, mobile anti-drone system built from existing armored vehicles, remote-controlled guns, and battlefield software.",
        C_UAS,
        "https://www.gamereactor.eu/partnerstuff/newsfeed.php?id=1641973&partner=graingergames",
    ),
    (
        "The stop-gap setup is designed to give infantry units a way to track and fire on low-flying drones long before the country's advanced Skyranger 30 cannons are scheduled to arrive in 2028.",
        C_UAS,
        "https://www.gamereactor.eu/partnerstuff/newsfeed.php?id=1641973&partner=graingergames",
    ),
    (
        'These drones are "small, fast and finding the parade is complex," says the former commander of the Dutch Air Force, Willem Koedam, an expert with NATO in "C-UAS", the acronym for anti-drone defense.',
        C_UAS,
        "https://www.tellerreport.com/news/2023-09-23-the-war-in-ukraine-pushes-nato-to-look-for-a-solution-to-drones.BJEIj0jk6.html",
    ),
    (
        "And the best way to eliminate a drone does not necessarily involve its destruction. In some cases, when neutralizing it could endanger your own forces or infrastructure, it's best to capture or divert it.",
        C_UAS,
        "https://www.tellerreport.com/news/2023-09-23-the-war-in-ukraine-pushes-nato-to-look-for-a-solution-to-drones.BJEIj0jk6.html",
    ),
    (
        "De Luitenant-generaal Bestkazerne in Vredepeel is deze week het podium voor NAVO-testen met counter-dronesystemen. De dreiging van drones neemt toe. De NAVO voelt zich onvoldoende gewapend tegen onbemande minivliegtuigjes.",
        C_UAS,
        "https://www.nd.nl/nieuws/nederland/1068990/kat-en-muisspel-in-de-lucht-dreiging-van-drones-neemt-toe",
    ),
    (
        "La semaine dernière, le ministre belge de la Défense, Theo Francken, a remercié la France pour avoir envoyé un détachement de lutte antidrone [LAD] en Belgique, où plusieurs sites sensibles – comme les bases aériennes de Kleine-Brogel et de Florennes – venaient d’être survolées par des drones d’origine inconnue.",
        C_UAS,
        "https://lepoudreux.legtux.org/index/lutte-antidrone-les-militaires-pourraient-bientot-etre-autorises-a-fouiller-les-vehicules-pres-des-sites-sensibles",
    ),
    (
        "L’occasion, pour la Défense, de lever le voile sur un ensemble de capacités renforcées dans la lutte anti-drones, qui seront déployées dans toutes les bases militaires belges à partir de janvier.",
        C_UAS,
        "https://www.21news.be/?p=22894",
    ),
    (
        "Cette accélération intervient après plusieurs incidents survenus en octobre et en novembre, lorsque des drones ont été repérés au-dessus de sites militaires sensibles. Le diagnostic posé à l’époque était sans appel : la Belgique ne disposait pas de moyens suffisants pour détecter, perturber ou neutraliser ces engins de plus en plus utilisés à des fins de surveillance ou de nuisance.",
        C_UAS,
        "https://www.21news.be/?p=22894",
    ),
    (
        'L\'armée belge va progressivement renforcer ses capacités - pour l\'instant très embryonnaires - de lutte contre les drones (LAD), en achetant, par phases, quatre systèmes comprenant à la fois des capteurs, pour la détection, et des "effecteurs" d\'interception de ces engins de plus en plus utilisés, afin de créer un "bouclier" défensif, a-t-on appris mercredi de sources militaires.',
        C_UAS,
        "https://www.rtl.be/actu/magazine/hi-tech/larmee-va-renforcer-ses-capacites-de-lutte-contre-les-drones/2024-01-17/article/627585",
    ),
    (
        "En réponse à ces scénarios, Theo Francken (N-VA), ministre de la Défense, souhaiterait mettre en place un plan anti-drone conséquent, pour se préparer à la prochaine intrusion, comme le révèle HLN.",
        C_UAS,
        "https://www.europesays.com/2473720",
    ),
    (
        "Pour l’ancien colonel, les systèmes belges auraient également intérêt à se focaliser sur des brouilleurs de signal, capables de perturber des essaims de drones.",
        C_UAS,
        "https://www.europesays.com/2473720",
    ),
    (
        "Another key focus is technological modernisation, with investments in electronic warfare, drones and counter-drones, AI, cyber capabilities, and space-based military systems.",
        C_UAS,
        "https://english.n-va.be/node/13003",
    ),
    (
        "Defensie gaat de onbemande Reaper-drones bewapenen. Er is munitie aangekocht vanuit de Verenigde Staten.",
        NONE,
        "https://www.nu.nl/politiek/6264847/defensie-neemt-stap-reaper-drones-straks-bewapend-met-bommen-en-raketten.html",
    ),
    (
        "Op deze manier kunnen militairen trainen met jachtvliegtuigen, grondtroepen en de luchtverkeersleiding waarbij de MQ-9 Reaper een ondersteunende rol speelt. Tevens bepaalt het toestel de oefendoelen ‘om uit te schakelen’, aldus Defensie.",
        NONE,
        "https://www.upinthesky.nl/2024/09/19/onbemand-toestel-verkent-friesland/",
    ),
    (
        "De aanval op Qassem Soleimani was een precisiebombardement: de Amerikaanse MQ-9 Reaper-drone kan pakweg een rijdende auto vlot uitschakelen zonder al te veel nevenschade.",
        NONE,
        "https://www.hln.be/de-krant/ook-belgen-willen-deze-drones~ad715ef1/",
    ),
    (
        "Als Nederlandse drones in de toekomst bommen afgooien, gebeurt dat alleen bij missies waar het Nederlandse parlement toestemming voor heeft gegeven.",
        NONE,
        "https://www.pzc.nl/politiek/luchtmacht-koopt-raketten-en-bommen-voor-onder-drones~ae803afe/",
    ),
    (
        "De vier MQ-9 Reaper-drones van de Koninklijke Luchtmacht gaan bewapend worden met vijfhonderdponders en Hellfire-raketten, zo heeft staatsecretaris Christophe van der Maat (Defensie, VVD) bekendgemaakt.",
        NONE,
        "https://www.upinthesky.nl/2023/05/24/luchtmacht-koopt-bewapening-voor-drones/",
    ),
    (
        "Ik ben echter blij dat onze drones eindelijk bewapend zijn. In deze wereld is het heel naïef en belachelijk als we dat niet zouden mogen doen.",
        NONE,
        "https://www.dekamer.be/doc/CCRI/html/56/ic085x.html (CRIV 56 COM 085)",
    ),
    (
        "Het toestel moet nu in staat zijn om de veiligheid van de eigen troepen te beschermen. Doel is om de eerste munitie in 2025 binnen te hebben.",
        NONE,
        "https://paradisefm.cw/nederlandse-mq-reapers-worden-bewapend/",
    ),
    (
        "Men denkt daarbij aan infrastructuur voor militaire mobiliteit, maar ook aan financiering van drones en munitie- en wapenproductie.",
        NONE,
        "https://www.dekamer.be/doc/CCRI/html/56/ic044x.html (CRIV 56 COM 044)",
    ),
    (
        "Wellicht is de aankoop van munitie prioritair vooraleer er ruimte is voor langetermijninvesteringen, zoals gevechtsvliegtuigen en drones.",
        NONE,
        "https://trends.knack.be/nieuws/macro-economie-beleid/de-balans-eerst-1-miljard-euro-extra-voor-munitie-dan-pas-de-rest/",
    ),
    # ------------------------------------------------------------------ pesco
    (
        "Europa neemt meer eigen verantwoordelijkheid op veiligheids- en defensiegebied. Dat gebeurt onder de vlag van PESCO. 25 Europese lidstaten werken intensief samen.",
        PESCO,
        "https://www.defensie.nl/onderwerpen/internationale-samenwerking/europese-samenwerking-pesco",
    ),
    (
        "Het is voor het eerst dat landen die geen EU-lid zijn mee mogen doen aan een PESCO-project.",
        PESCO,
        "https://www.europa-nu.nl/id/vloqhyf3tmzq/nieuws/nederland_verwelkomt_de_vs_canada_en?ctx=vh6ukzb3nnt0&s0e=vhdubxdwqrzw",
    ),
    (
        "Defensieministers van de EU-landen hebben hun goedkeuring gegeven aan dertien nieuwe projecten waarin groepjes lidstaten structureel samenwerken.",
        PESCO,
        "https://www.europa-nu.nl/id/vl3jhdsqj4xw/nieuws/nieuwe_projecten_in_defensiesamenwerking",
    ),
    (
        "Met uitzondering van Denemarken, Malta en het Verenigd Koninkrijk doen alle 28 EU-landen mee aan PESCO, dat staat voor permanente, gestructureerde samenwerking.",
        PESCO,
        "https://www.europa-nu.nl/id/vl3jhdsqj4xw/nieuws/nieuwe_projecten_in_defensiesamenwerking",
    ),
    (
        "Landen van buiten de Europese Unie mogen voortaan ook deelnemen aan defensieprojecten die vallen onder PESCO (permanent gestructureerde samenwerking).",
        PESCO,
        "https://www.defensie.nl/actueel/nieuws/2020/11/06/europese-unie-zet-belangrijke-stap-in-defensiesamenwerking",
    ),
    (
        "De EU zet de deur open voor niet-EU-landen om mee te doen aan defensieprojecten waarin groepjes lidstaten structureel samenwerken.",
        PESCO,
        "https://www.rd.nl/vandaag/buitenland/deur-open-deelname-niet-eu-landen-aan-europese-defensieprojecten-1.1711032",
    ),
    (
        "Er lopen momenteel al 47 zogeheten PESCO-projecten waarin 25 EU-landen waaronder Nederland in groepjes samenwerken.",
        PESCO,
        "https://www.rd.nl/vandaag/buitenland/deur-open-deelname-niet-eu-landen-aan-europese-defensieprojecten-1.1711032",
    ),
    (
        "Vingt-cinq pays européens ont lancé ce lundi à Bruxelles la Coopération structurée permanente (CSP ou Pesco, selon l’acronyme anglais) qui ouvre la voie à la création d’une Union européenne de sécurité et de défense.",
        PESCO,
        "http://deredactie.be/cm/vrtnieuws.francais/Presidence%2BUE/1.3112861",
    ),
    (
        "La Belgique et huit autres États membres ont officiellement exprimé leur intérêt pour les prêts à taux avantageux proposés par l’Union européenne afin de financer des projets communs dans la défense.",
        NONE,
        "https://www.21news.be/la-belgique-songe-a-emprunter-pour-sa-defense",
    ),
    (
        "La Belgique a droit à un prêt avantageux de 8,34 milliards d’euros de la Commission européenne pour investir dans la défense. Ce prêt s’inscrit dans le cadre du programme européen d’armement SAFE, par lequel l’UE souhaite stimuler rapidement les investissements dans l’industrie de la défense.",
        NONE,
        "https://fr.businessam.be/?p=182117",
    ),
    (
        "Les achats conjoints sont privilégiés, mais compte tenu des réalités géopolitiques actuelles, SAFE soutiendra également temporairement des achats individuels par des États membres, afin de garantir la livraison en temps voulu des dispositifs les plus critiques.",
        NONE,
        "https://www.europesays.com/fr/377980",
    ),
    (
        "Les 19 plans nationaux reçus par Bruxelles représentent 691 projets, dont 65% sont constitués d'achats conjoints entre Etats membres, a expliqué ce porte-parole, Thomas Regnier.",
        NONE,
        "https://www.boursorama.com/actualite-economique/actualites/soutien-de-l-ue-a-l-industrie-de-defense-comment-sont-repartis-les-150-milliards-du-programme-safe-9dc9c745cdff618e6f4798516b6bbafa",
    ),
    (
        "Dat is onder meer het geval voor het Gemeenschappelijk Buitenlands en Veiligheidsbeleid (GBVB) en het Gemeenschappelijk Veiligheids- en Defensiebeleid (GVDB).",
        NONE,
        "http://www.andereuropa.org/tweede-bericht/?share=email",
    ),
]

TUNING += PAGES

#: Added in a second round (2026-12-04), after the first measure on the held-out part: pages on
#: a helicopter of one navy aboard the other's ship (naval cooperation, not helicopter
#: cooperation) and on drones brought down or warded off a sentence after they are named.
SECOND_ROUND: list[tuple[str, frozenset[str], str]] = [
    (
        "De helikopter is samen met vijf Belgische militairen ingescheept aan boord van het Nederlandse fregat HNLMS Van Speijk en zal tot 20 december ingezet worden bij de anti-drugsoperaties van het fregat.",
        BENESAM,
        "http://www.opennieuwsbank.nl/bericht/2002/08/25/X012-marinehelikopter-terug-op-anti-drugsmissie-in-de-c.html",
    ),
    (
        "De aanwezigheid van een Belgische helikopter op een Nederlands fregat is een gevolg van de zeer nauwe samenwerking die de beide Marines de afgelopen jaren ontwikkeld hebben.",
        BENESAM,
        "http://www.opennieuwsbank.nl/bericht/2002/08/25/X012-marinehelikopter-terug-op-anti-drugsmissie-in-de-c.html",
    ),
    (
        "Die oorlogsbodem ligt voor de gelegenheid in de haven van Antwerpen, naast het Belgische fregat Louise-Marie om de intensieve samenwerking tussen de zeestrijdkrachten van de twee landen te markeren.",
        BENESAM,
        "https://www.hln.be/nieuws/br-nederland-belooft-orders-aan-belgie-nadat-koop-fregatten-duurder-uitvalt-maar-filip-kan-niet-aan-boord-van-nederlands-schip~ae5e4ac4/",
    ),
    (
        "De beide landen leggen elk ongeveer twee miljard euro neer om hun marine met twee zogeheten ASW-fregatten (Anti-Submarine Warfare) te versterken.",
        BENESAM,
        "https://www.hln.be/nieuws/br-nederland-belooft-orders-aan-belgie-nadat-koop-fregatten-duurder-uitvalt-maar-filip-kan-niet-aan-boord-van-nederlands-schip~ae5e4ac4/",
    ),
    (
        "The Belgian Navy and the Royal Netherlands Navy will replace their existing mine counter measure vessels and frigates with vessels of the same type.",
        BENESAM,
        "http://worlddefencenews.blogspot.com/2016/12/defence-ministers-from-belgium.html",
    ),
    (
        "De Belgische NH-90 NFH-helikopter van de basis Koksijde wordt begin februari ook ingezet op een fregat van de carrier battle group ter ondersteuning van het Franse nucleaire vliegdekschip Charles De Gaulle.",
        NONE,
        "https://www.focus-wtv.be/nieuws/belgische-reddingshelikopter-ingezet-voor-actie-nederland-binnenkort-ook-op-franse-missie",
    ),
    (
        "Aan boord werken de Nederlandse mariniers samen met Denen en Belgen.",
        NONE,
        "https://www.defensie.nl/onderwerpen/grensbewaking-middellandse-zeegebied/inzet-marineschepen",
    ),
    (
        "The agreement for the Karel Doorman cooperation was signed on February 4, 2016, by German and Dutch defence ministers.",
        NONE,
        "https://www.navaltoday.com/2016/03/16/gallery-hnlms-karel-doorman-arrives-in-germany/",
    ),
    (
        "Het schip speelde ook een belangrijke rol bij het afwenden van drone- en raketaanvallen door middel van beeldopbouw met een radar.",
        C_UAS,
        "https://www.blikopnieuws.nl/nieuws/303336/marineschip-zrms-karel-doorman-keert-terug-van-missie-in-rode-zee.html",
    ),
    (
        "Zo waarschuwde de bemanning het Griekse marineschip HS Psara in de nacht van 8 juli voor twee naderende drones. De Grieken maakten deze vervolgens onschadelijk.",
        C_UAS,
        "https://www.blikopnieuws.nl/nieuws/303336/marineschip-zrms-karel-doorman-keert-terug-van-missie-in-rode-zee.html",
    ),
]

TUNING += SECOND_ROUND

#: Tuning passages still matched wrongly, with why (the tests expect them to fail, strictly).
KNOWN_MISSES: dict[str, str] = {
    "Some of these new ships are being developed jointly by Belgium": (
        "'ships' is no programme term: a wider one would take Belgian-Dutch shipping on the Scheldt"
    ),
    "Pour ce nouvel accord, la Belgique serait à la barre": (
        "Belgium and the Dutch minehunters stand in different sentences, 20 words apart"
    ),
    "Le MOU offre le cadre légal pour optimaliser": (
        "the countries are only 'the two air forces'; 'the two countries' alone names any pair"
    ),
    "Another area in which the two countries will step up cooperation": (
        "the cooperation and the Dutch helicopters in Belgium stand in different sentences"
    ),
    "De beide landen leggen elk ongeveer twee miljard euro": (
        "'both countries' opens the sentence, its frigates are 13 words on"
    ),
    "Zo waarschuwde de bemanning het Griekse marineschip": (
        "the drones are 'deze' a sentence later, when neutralised (a word too common to look so far)"
    ),
    "Dit weekend zijn drones gesignaleerd boven vliegbases": (
        "'kinetic and electronic means' used on drones: 'kinetic' beside drones is also their attacks"
    ),
}
