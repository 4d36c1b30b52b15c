"""Real text, held out: passages published by the sources' governments and by the press, labelled
by reading, with their provenance. Never used to tune the topics: measured only.

Each entry is (passage, the topic ids it concerns, the page it was published on). Passages are
short excerpts (one to three sentences, as published) of public web pages; the pages were found
through stored copies of public web pages on 2026-12-03 and split off as this held-out part
before any topic was changed for issue #13. A *document* is every passage of one page taken
together (what of the page is held here), concerning the topics of its passages.

Labels follow the topics' descriptions in config/topics.yaml: naval cooperation between Belgium
and the Netherlands for ``benesam`` (not Benelux cooperation in general), binational helicopter
cooperation or structures of Belgium, the Netherlands and Luxembourg for
``benelux-helicopter-command`` (not with other countries as well), capabilities against drones
for ``c-uas`` (not drones bought or flown), the EU's permanent structured cooperation for
``pesco``.
"""

from __future__ import annotations

# ruff: noqa: E501  (passages are kept whole, one per line, as published)
BENESAM = frozenset({"benesam"})
HELICOPTER = frozenset({"benelux-helicopter-command"})
C_UAS = frozenset({"c-uas"})
PESCO = frozenset({"pesco"})
NONE: frozenset[str] = frozenset()

HELDOUT: list[tuple[str, frozenset[str], str]] = [
    # ------------------------------------------------------------------ benesam
    (
        "BeNeSam (Belgisch-Nederlandse Samenwerking, Belgium-Netherlands Cooperation Accord) is the name of the Belgian-Dutch naval cooperation.",
        BENESAM,
        "https://en.wikipedia.org/wiki/BeNeSam",
    ),
    (
        "As a result of this agreement the operational staffs of both navies were integrated in a joint staff under the command of the Admiral Benelux headquartered in Den Helder from 1 January 1996 on.",
        BENESAM,
        "https://en.wikipedia.org/wiki/BeNeSam",
    ),
    (
        "The minehunters and frigates have been operating jointly for a number of years and a Belgian helicopter is regularly aboard a Dutch frigate. Joint training has taken place since 1975 at the binational school for mine counter measures Eguermin in Ostend.",
        BENESAM,
        "https://en.wikipedia.org/wiki/BeNeSam",
    ),
    (
        "Daarbij werden de nationale operationele staven tot één geïntegreerde staf in Den Helder samengevoegd onder leiding van Admiraal Benelux.",
        BENESAM,
        "https://magazines.defensie.nl/allehens/2015/04/01_column-nr_04-2015",
    ),
    (
        "Waar Van Speijk in 1831 met de historische laatste woorden, “… een infame Brabander worden? Dan liever de lucht in”, zijn kanonneerboot tot ontploffing bracht om deze uit handen van de Belgen te houden, is de Belgische zeemacht vandaag de dag een van onze belangrijkste maritieme partners.",
        BENESAM,
        "https://magazines.defensie.nl/allehens/2015/04/01_column-nr_04-2015",
    ),
    (
        "Geen samenwerking in Nederland gaat zo ver als die tussen de Nederlandse en Belgische marine.",
        BENESAM,
        "https://marineschepen.nl/dossiers/belgisch-nederlandse-samenwerking.html",
    ),
    (
        "Een andere langdurige en succesvolle samenwerking is die met Groot-Brittannië in de UK/ NL Amphibious Force.",
        NONE,
        "https://marineschepen.nl/dossiers/belgisch-nederlandse-samenwerking.html",
    ),
    (
        "De Nederlandse en Belgische marine willen meer samenwerken in het maritieme domein. Dat legden minister van Defensie Ruben Brekelmans en zijn Belgische collega Theo Francken vandaag schriftelijk vast.",
        BENESAM,
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/06/19/belgie-en-nederland-versterken-samenwerking-op-en-onder-water",
    ),
    (
        "Er zijn verschillende voorbeelden van succesvolle samenwerking tussen de twee landen. Denk aan de gezamenlijke aanschaf van Anti Submarine Warfare (ASW)-fregatten bij Damen Shipyards. Een ander voorbeeld is de gezamenlijke aanschaf van mijnenjagers.",
        BENESAM,
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/06/19/belgie-en-nederland-versterken-samenwerking-op-en-onder-water",
    ),
    (
        "Verder beschikt België over een grote munitiefabriek waar Nederland meer gebruik van kan maken, zoals de minister opmerkte. Omgekeerd kan België inzetten op drones die bij VDL in Nederland worden geproduceerd.",
        NONE,
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/06/19/belgie-en-nederland-versterken-samenwerking-op-en-onder-water",
    ),
    (
        "The Dutch and Belgian navies engage in intensive cooperation. The 2 national operational navy staffs combine to form 1 staff, the Admiralty Benelux.",
        BENESAM,
        "https://english.defensie.nl/organisation/navy/navy-units/admiralty-benelux",
    ),
    (
        "The Admiral Benelux (ABNL) is the Commanding Officer of the combined military staff of the Royal Netherlands Navy and the Naval Component of the Belgian Armed Forces.",
        BENESAM,
        "http://piglix.com/piglix/Admiral_BENELUX_(ABNL)",
    ),
    (
        "Le quartier-général de l’Amirauté Benelux à Den Helder sera transformé en un Centre d’Opérations Maritimes Amiral BENELUX (Maritime Operations Center Admiral BENELUX -MOC ABNL) qui sera basé à Den Helder et Zeebrugge.",
        BENESAM,
        "https://defencebelgium.com/2022/09/09/lamiraute-benelux-sera-dotee-dun-nouveau-centre-doperations-maritimes-a-den-helder-a-partir-de-2028/",
    ),
    (
        "Le MOC de Den Helder sera responsable des aspects généraux du commandement opérationnel et du soutien spécifique de la capacité surface combattant, tandis que le MOC de Zeebrugge sera spécifiquement responsable de la capacité de lutte contre les mines des deux pays.",
        BENESAM,
        "https://defencebelgium.com/2022/09/09/lamiraute-benelux-sera-dotee-dun-nouveau-centre-doperations-maritimes-a-den-helder-a-partir-de-2028/",
    ),
    (
        "The Dutch and Belgian navies have been working together since 1948. In that year, the 2 countries agreed that their navies would operate under single command during times of war.",
        BENESAM,
        "https://english.defensie.nl/topics/international-cooperation/other-countries/the-belgian-and-netherlands-navies-under-1-command",
    ),
    (
        "L'un, dirigé par la Belgique, porte sur le remplacement des chasseurs de mines tripartites (CMT) vieillissants par une nouvelle classe de douze navires de lutte contre les mines - six pour chaque marine, dont trois sont déjà en construction - sous l'appellation de rMCM. L'autre porte sur l'achat en commun de quatre frégates ASWF, un projet porté par les Pays-Bas.",
        BENESAM,
        "https://www.rtl.be/actu/belgique/politique/le-cout-des-futures-fregates-belgo-neerlandaises-explose/2023-03-30/article/538511",
    ),
    (
        "La construction des frégates, menée par les Pays-Bas, s'inscrit dans le cadre de la coopération entre la Belgique et les Pays-Bas pour le remplacement de leurs flottes.",
        BENESAM,
        "https://www.lalibre.be/dernieres-depeches/2023/06/22/la-belgique-et-les-pays-bas-officialisent-lachat-commun-de-nouvelles-fregates-2JHFYVGMGJCYDKKANW47ORVIW4/",
    ),
    (
        "La Belgique et les Pays-Bas ont donné jeudi le coup d'envoi à l'achat en commun de seize navires militaires - deux frégates et six navires de lutte contre les mines pour chaque pays - pour un montant total de plus de quatre milliards d'euros.",
        BENESAM,
        "http://www.lalibre.be/actu/international/belgique-et-pays-bas-lancent-l-achat-de-seize-navires-pour-plus-de-4-milliards-d-euros-5b1a88c755326301e7774bdf",
    ),
    (
        "Le port d’attache des nouvelles frégates sera Zeebruges (Belgique) et leur maintenance aura lieu à Den Helder (Pays-Bas), où les marines néerlandaise et belge ont établi il y a vingt ans leur état-major commun.",
        BENESAM,
        "https://marine-oceans.com/?p=13515",
    ),
    (
        "Selon un accord de coopération allant dans le même sens, signé il y a plusieurs années entre La Haye et Berlin, les armées néerlandaise et allemande disposent aussi en commun de moyens de défense antiaériens et antimissiles.",
        NONE,
        "http://www.perspectivesmed.ma/defense-maritime-bruxelles-et-la-haye-mutualisent-leurs-efforts/",
    ),
    (
        "La Belgique et les Pays-Bas ont convenu de s’équiper en commun dans le domaine maritime en se dotant de 4 frégates et 12 chasseurs de mines d’une valeur 4 milliards d’euros.",
        BENESAM,
        "http://www.perspectivesmed.ma/defense-maritime-bruxelles-et-la-haye-mutualisent-leurs-efforts/",
    ),
    (
        "Voor de marinecomponent van de Belgen is het behoud van de NH-90 namelijk wel van belang als gevolg van de verregaande integratie met de Nederlandse Koninklijke Marine die ook gebruik maakt van dit toestel.",
        BENESAM,
        "https://www.upinthesky.nl/2023/02/28/belgie-vervangt-nh-90/",
    ),
    (
        "De regering van België staat op het punt vijftien helikopters van het type H145M bij Airbus af te nemen ter vervanging van de NH-90 tactische transporthelikopters, berichtten diverse Belgische media gisteren.",
        NONE,
        "https://www.upinthesky.nl/2023/02/28/belgie-vervangt-nh-90/",
    ),
    # ------------------------------------------------------------------ helicopters
    (
        "En effet, le 10 mai 2017, Bruxelles et Amsterdam ont signé un Memorandum of understandig (MOU, mémorandum d'entente) qui lance officiellement la mise sur pieds de l'European Expeditionary Helicopter Wing (EEHW).",
        HELICOPTER,
        "http://theflyingmen.over-blog.com/2017/05/belgique-pays-bas-creent-european-expeditionary-helicopter-wing.html",
    ),
    (
        "Après la signature du traité Renegade entre la Belgique, le Luxembourg et les Pays-Bas en décembre 2016, qui vise à assurer la protection de l'espace aérien du Benelux, ainsi que l'intégration de la Belgique au sein de la Multinational MRTT Fleet (MMF) en février 2017, la Belgique et les Pays-Bas viennent, une fois de plus, de s'associer militairement.",
        NONE,
        "http://theflyingmen.over-blog.com/2017/05/belgique-pays-bas-creent-european-expeditionary-helicopter-wing.html",
    ),
    (
        "Ce corps expéditionnaire aurait pour but «d’élargir la coopération possible entre la Belgique et les Pays-Bas, en optimalisant l’utilisation des moyens disponibles et complémentaires afin d’améliorer les capacités, les synergies, le niveau de préparation et l’efficience lors d’opérations aériennes déployées d'hélicoptères.",
        HELICOPTER,
        "http://theflyingmen.over-blog.com/2017/05/belgique-pays-bas-creent-european-expeditionary-helicopter-wing.html",
    ),
    (
        "Wel is het de bedoeling dat de helikopters qua onderdelen en systemen op elkaar gaan lijken, zodat Nederland bijvoorbeeld met Duitsland en België meer kan samenwerken op het gebied van onderhoud en opleidingen.",
        NONE,
        "https://www.nd.nl/varia/varia/1120202/defensie-geeft-19-gevechtshelikopters-een-flinke-opknapbeurt-",
    ),
    (
        "Nahema is een agentschap van Nederland, Duitsland, Frankrijk en Italië en zij mag namens de deelnemende landen contracten afsluiten. De samenwerking tussen de vier landen leidt tot lagere doorontwikkelings- en instandhoudingskosten.",
        NONE,
        "https://www.upinthesky.nl/2025/12/10/defensie-zet-handtekening-voor-extra-helikopters/",
    ),
    (
        "De nieuwe NH-90 helikopters van de Belgische luchtmacht staan vanaf volgende week aan de grond, meldt de VRT.",
        NONE,
        "https://nos.nl/artikel/2211571-nieuwe-luchtmachthelikopters-belgie-1-5-jaar-aan-de-grond.html",
    ),
    (
        "Omdat Nederland twintig NH90-helikopters heeft, kan Defensie steeds een of twee helikopters een extra onderhoudsbeurt geven, en blijven er nog steeds genoeg over die inzetbaar zijn, zegt de luchtmacht. België heeft maar vier van de helikopters.",
        NONE,
        "https://nos.nl/artikel/2211571-nieuwe-luchtmachthelikopters-belgie-1-5-jaar-aan-de-grond.html",
    ),
    (
        "Forty-eight US helicopters arrived in Zeebrugge this October 15th. They will then fly to the base of Chièvres before joining their base of deployment in Europe, as part of the Atlantic Resolve mission.",
        NONE,
        "https://www.armyrecognition.com/october_2019_global_defense_security_army_news_industry/48_u.s._helicopters_stopover_in_belgium_before_flying_to_european_bases.html",
    ),
    (
        "Defensie ondersteunt tot medio augustus de verplaatsing van 77 helikopters via Rotterdam in het kader van Host Nation Support.",
        NONE,
        "https://www.upinthesky.nl/2020/06/26/amerikaanse-eenheid-met-tientallen-helikopters-via-rotterdam-naar-huis/",
    ),
    (
        "From 2026, the Netherlands and Germany will be working together on the training of helicopter pilots. Yesterday this was recorded on paper.",
        NONE,
        "https://seawaves.com/netherlands-and-german-join-helicopter-training-programs/",
    ),
    (
        "Zo werkten België en Nederland in de jaren ’60 nauw samen op het gebied van de vliegopleiding. Toen Nederland de NF-5 aankocht en België koos voor de Mirage V, kwam er een einde aan de samenwerking.",
        NONE,
        "https://www.upinthesky.nl/2020/06/24/europese-navo-landen-starten-samenwerking-bij-vliegopleiding/",
    ),
    # ------------------------------------------------------------------ counter-drone
    (
        "Willem Koedam is majoor bij de Nederlandse luchtmacht en hoort bij het projectteam dat zich bezighoudt met counterdrone, oftewel verdedigingssystemen tegen drones.",
        C_UAS,
        "https://www.omroepbrabant.nl/nieuws/3987550/drones-zijn-een-steeds-groter-gevaar-de-tegenstander-nooit-onderschatten",
    ),
    (
        "De Nederlandse Defensie merkt dat de vraag vanuit diverse organisaties in Nederland toeneemt en heeft daarom sinds kort een Counter Drone Unit opgericht. Samen met een werkgroep wordt er gekeken naar middelen om drones uit de lucht te halen.",
        C_UAS,
        "https://nos.nl/nieuwsuur/artikel/2269477-defensie-weet-zich-nog-geen-raad-met-steeds-kleinere-drones.html",
    ),
    (
        "Boven vliegbasis Volkel zijn vrijdagavond meerdere drones gezien door bewakers. Defensie heeft wapens ingezet om de drones neer te halen, maar ze zijn niet meer teruggevonden.",
        C_UAS,
        "https://www.omroepbrabant.nl/nieuws/4775532/drones-boven-volkel-dit-is-waarom-ze-zo-moeilijk-te-vangen-zijn",
    ),
    (
        "Als drones wel gedetecteerd worden, is het lastig om ze te volgen. Er zijn onvoldoende afweersystemen gekoppeld aan de detectiesystemen.",
        C_UAS,
        "https://www.omroepbrabant.nl/nieuws/4775532/drones-boven-volkel-dit-is-waarom-ze-zo-moeilijk-te-vangen-zijn",
    ),
    (
        "Een ‘anti-drone’ moet drie dingen kunnen, zegt Bart Remes van de Technische Universiteit Delft: de piloot en de drone opsporen, inschatten of het een vijandig exemplaar betreft en zo ja, de drone veilig aan de grond krijgen.",
        C_UAS,
        "https://www.trouw.nl/home/wat-kunnen-vliegvelden-doen-tegen-drones-~a0ad9189/",
    ),
    (
        "Nijkamp is hoofd van het kernteam, dat zich bezighoudt met de verdediging tegen onbemande vliegtuigjes. Vanaf 1 juni gaat deze eenheid officieel de counter-drone-eenheid heten (C-UAS peloton).",
        C_UAS,
        "https://www.trouw.nl/binnenland/verdediging-tegen-dronedreiging-is-voor-defensie-een-hels-karwei~b59860ab/",
    ),
    (
        "Terwijl de regen op de Defensie-tent klettert, bekijkt hij met norse blik de SkyWall, een anti-dronewapen dat een net afvuurt waarin de drone verstrikt raakt.",
        C_UAS,
        "https://www.trouw.nl/binnenland/verdediging-tegen-dronedreiging-is-voor-defensie-een-hels-karwei~b59860ab/",
    ),
    (
        "Want op 10 september drongen Iraanse drones het Poolse luchtruim binnen. F35's van vliegbasis Volkel werden gealarmeerd en schoten ze neer.",
        C_UAS,
        "https://www.omroepbrabant.nl/nieuws/4758434/onbekende-drones-dichterbij-brabant-waarschuwt-voor-dreiging",
    ),
    (
        "Dit betekent dat de drone-wall de vorm van een drone shield zou moeten hebben. We moeten ons immers overal in Europa tegen drones kunnen verdedigen, ongeacht vanwaar ze opstijgen of landen.",
        C_UAS,
        "https://kivi.nl/communities/vakafdelingen/defensie-en-veiligheid/nieuws/een-drone-wall-voor-de-europese-unie-maar-hoe-dan",
    ),
    (
        "Actuellement, les ressources de la Belgique pour lutter contre les drones non identifiés sont limitées, incluant des systèmes de détection et des dispositifs de brouillage. Vansina a déclaré que les ordres sont clairs : les drones seront abattus s'ils survolent les bases militaires.",
        C_UAS,
        "https://informat.ro/fr/international/la-belgique-accelere-son-programme-de-defense-contre-les-drones-88890",
    ),
    (
        "Les incidents de drones se multiplient près de la base aérienne de Kleine-Brogel Il y en a eu 16 depuis 2019, dont 11 en 2021. La Défense investit dans les capacités anti-drone.",
        C_UAS,
        "https://www.lalibre.be/belgique/societe/2022/05/23/les-incidents-de-drones-se-multiplient-pres-de-la-base-aerienne-de-kleine-brogel-RVMUGZWKFFEPRF5UHJTS4TI6HI/",
    ),
    (
        "Aujourd'hui, le brouillage n'est plus la solution pour neutraliser un drone. Il faut pouvoir le détecter mais aussi être capable de le détruire : mitrailleuses, canons antiaériens fixes ou mobiles, roquettes et éventuellement armes à énergie dirigée…",
        C_UAS,
        "https://air-cosmos.com/article/des-drones-survolent-une-base-avec-des-armes-nucleaires-et-des-aeroports-la-belgique-a-ferme-son-espace-aerien-sans-pouvoir-les-abattre-70598",
    ),
    (
        "C'est la raison pour laquelle \"on est en train de finaliser un contrat rapide d'acquisition pour doter nos unités d'un minimum de capacités pour détecter, brouiller et se défendre contre les drones.\"",
        C_UAS,
        "https://thequickflash.com/fr/article/la-lutte-contre-les-drones-cest-complique-on-a-beso",
    ),
    (
        "De SkyGuardian wordt er als topdrone verwelkomt in aanwezigheid van talrijke burgerlijke en militaire autoriteiten. Het toestel zet België op de kaart als gebruiker van een drone met onuitgegeven capaciteiten voor strategische en tactische luchtverkenning en met kinetische inzet als toemaatje.",
        NONE,
        "https://www.hangarflying.eu/2025/10/verwelkoming-van-de-skyguardian-als-de-topdrone-voor-de-luchtmacht/",
    ),
    (
        "The Belgian Air Force received its second and third MQ‑9B SkyGuardian drones on Monday. Two of the first three drones will be involved in Belgium's first international deployment set to begin in May 2026, according to the Defence Ministry.",
        NONE,
        "https://www.brusselstimes.com/belgium/1952573/belgium-boosts-air-defence-with-new-drones-from-us/",
    ),
    (
        "België en het Verenigd Koninkrijk zullen de samenwerking onderzoeken rond de SkyGuardian-drone, een onbemand toestel dat beide landen zullen verwerven.",
        NONE,
        "https://www.nieuwsblad.be/cnt/dmf20200818_93335579",
    ),
    (
        "La Défense, qui ne disposait jusqu'ici que d’un seul type de drone, le RQ-5 B-Hunter - aujourd'hui retiré -, aura bientôt à sa disposition une gamme nettement plus étendue, allant de l'imposant MQ-9 SkyGuardian - la version moderne et européanisée du célèbre Reaper - à des appareils tactiques plus modestes, dont certains lancés à la main.",
        NONE,
        "https://www.lecho.be/entreprises/defense-aeronautique/Quand-la-Defense-belge-lorgne-les-drones-chinois/10286209",
    ),
    (
        "Een goede beeldopbouw en betrouwbare inlichtingen. Ze zijn belangrijk voor Nederlandse militairen op het land en ter zee, maar ook voor (coalitie)partners. Er wordt dan ook reikhalzend uitgekeken naar de komst van de 4 MQ-9 Reapers.",
        NONE,
        "https://ambtenarenbalie.nl/?p=2892",
    ),
    (
        "This drone is designed for intelligence, surveillance, and reconnaissance (ISR) missions, both for Belgium and NATO. It can support a wide range of operations, including maritime security, environmental monitoring, border patrol, and even crisis management during emergencies at home.",
        NONE,
        "https://www.thedefensenews.com/news-details/Belgium-Inducts-US-Made-MQ-9B-SkyGuardian",
    ),
    (
        "252 drones vliegen in verschillende formaties. Een drone vangt een andere drone met een net.",
        C_UAS,
        "https://www.omroepbrabant.nl/nieuws/3987550/drones-zijn-een-steeds-groter-gevaar-de-tegenstander-nooit-onderschatten",
    ),
    # ------------------------------------------------------------------ pesco
    (
        "La Belgique pourrait être exclue de la coopération structurée permanente (CSP, mieux connue sous son acronyme anglais de Pesco) en matière de défense lancée fin 2017 et qui rassemble 25 pays de l’Union européenne faute de consacrer suffisamment de moyens à la défense.",
        PESCO,
        "https://www.rtbf.be/info/belgique/detail_la-belgique-pourrait-etre-exclue-de-la-pesco-si-elle-ne-depense-pas-plus-dans-la-defense?id=10241247",
    ),
    (
        '"En raison du budget de la défense insuffisant, nous ne pourrons plus remplir nos obligations au sein de la Pesco et nous risquons d’en être exclus, ce qui ferait que la Belgique et ses entreprises seraient exclues des projets collaboratifs" menés dans le cadre de la CSP, a-t-il affirmé.',
        PESCO,
        "https://www.rtbf.be/info/belgique/detail_la-belgique-pourrait-etre-exclue-de-la-pesco-si-elle-ne-depense-pas-plus-dans-la-defense?id=10241247",
    ),
    (
        "Après avoir passé son tour lors de l’édition 2021, la Belgique souhaite rejoindre trois programmes portés par la Coopération structurée permanente (PESCO).",
        PESCO,
        "https://www.forcesoperations.com/ces-projets-pesco-auxquels-la-belgique-souhaite-participer/",
    ),
    (
        "Des choix plutôt logiques pour une armée qui vient d’investir dans un hôpital Rôle 2, dépend elle aussi de l’avenir du programme de transport stratégique SALIS de l’OTAN et sera un interlocuteur crédible sur les fonds marins de par son expertise reconnue en matière de guerre des mines.",
        NONE,
        "https://www.forcesoperations.com/ces-projets-pesco-auxquels-la-belgique-souhaite-participer/",
    ),
    (
        "L'Union européenne reçoit aujourd'hui une réponse dans la forme du PESCO (PErmanent Structured Cooperation). Notre pays est l'un des 23 pays ayant signé la notification PESCO.",
        PESCO,
        "https://vandeput.fgov.be/fr/le-ministre-de-la-d%C3%A9fense-steven-vandeput-et-le-ministre-des-affaires-%C3%A9trang%C3%A8res-didier-reynders",
    ),
    (
        "En décembre dernier, 25 pays membres de l’Union européenne (UE) ont convenu d’établir une « coopération structurée permanente » (CSP ou PESCO) en matière de politique de sécurité et de défense, conformément à une disposition du Traité de Lisbonne.",
        PESCO,
        "http://www.opex360.com/tag/fonds-europeens-de-defense/",
    ),
    (
        "La Pesco a été lancée en décembre dernier par 25 des 28 Etats membres de l'UE - les exceptions étant le Danemark, qui dispose d'une exemption en matière de défense, le Royaume-Uni, en instance de départ, et Malte.",
        PESCO,
        "http://www.levif.be/actu/international/l-ue-adopte-sa-feuille-de-route-pour-la-pesco-et-lance-17-projets-concrets/article-normal-809285.html",
    ),
    (
        "Il s'agissait de la première réunion des ministres de la Défense de l'UE dans ce format, a souligné la haute représentante pour la politique étrangère et de sécurité, Federica Mogherini, évoquant un moment \"historique\".",
        NONE,
        "http://www.levif.be/actu/international/l-ue-adopte-sa-feuille-de-route-pour-la-pesco-et-lance-17-projets-concrets/article-normal-809285.html",
    ),
    (
        '"Parce que nous sommes le plus mauvais élève de la classe en ce qui concerne le budget de la Défense, les autres pays ne seront pas enclins à collaborer avec nous pour développer des capacités, car nous ne disposerons pas des ressources financières pour acheter les capacités développées en commun", a ajouté le général Boucké.',
        NONE,
        "https://www.levif.be/actualite/belgique/la-belgique-pourrait-etre-exclue-de-la-pesco-si-elle-ne-depense-pas-plus-en-defense/article-news-1151495.html",
    ),
]
