"""The values of ``Document.Soort`` in the Tweede Kamer open-data API, as far as they are known.

Copied on 2026-12-03 from openkamer/tkapi, ``tkapi/document.py``, enum ``DocumentSoort``, at commit
00d99e4daa57a8a96445988876a97b32e574f3bd (95 values, the most complete public list), plus
``Verslag van een commissiedebat``, which the portal's documentation page of the Document entity
names and tkapi does not (commissiedebatten replaced algemene overleggen in 2021). The API may add
kinds: the spider keeps a document of a kind not listed here and reports the new value once; this
list only checks ``WATCHER_TK_KINDS`` at start-up and tells a known kind from a new one.
"""

from __future__ import annotations

SOORTEN = frozenset(
    """
Aanbiedingsbrief
Aanhangsel van de Handelingen
Advies aan Presidium
Advies Afdeling advisering Raad van State
Advies Afdeling advisering Raad van State en Nader rapport
Advies Afdeling advisering Raad van State en Reactie van de initiatiefnemer(s)
Advies commissie
Advies van andere adviesorganen
Adviesaanvraag Afdeling advisering Raad van State
Agenda plenaire vergadering
Agenda procedurevergadering
Amendement
Antwoord schriftelijke vragen
Antwoord schriftelijke vragen (nader)
Begrotingstoelichting
Besluitenlijst procedurevergadering
Bijgewerkte tekst
Bijlage
Brief Afdeling advisering Raad van State
Brief Algemene Rekenkamer
Brief commissie
Brief commissie aan bewindspersoon
Brief CTIVD
Brief Eerste Kamer
Brief Europese Commissie
Brief formateur
Brief informateur
Brief Kamer
Brief lid / fractie
Brief Nationale ombudsman
Brief president Hoge Raad
Brief Presidium
Brief regering
Brief verkenner
Convocatie commissieactiviteit
Convocatie inbreng
Eindtekst
EU-voorstel
Geleidende brief
Groenboek/witboek
Inbreng verslag schriftelijk overleg
Initiatiefnota
Interpellatievragen
Jaarverslag
Koninklijke boodschap
Lijst met EU-voorstellen
Lijst van ingekomen stukken
Lijst van vragen
Lijst van vragen en antwoorden
Mededeling
Mededeling (uitstel antwoord)
Memorie van toelichting
Memorie van toelichting (initiatiefvoorstel)
Mondelinge vragen
Motie
Motie (gewijzigd/nader)
Nader rapport
Nota
Nota n.a.v. het (nader/tweede nader/enz.) verslag
Nota van verbetering
Nota van wijziging
Nota van wijziging (initiatiefvoorstel)
Onderzoeksvoorstel
Oorspronkelijke tekst
Overig
Position paper
Raming van de uitgaven
Rapport
Rapport Algemene Rekenkamer
Reactie initiatiefnemer(s)
Schriftelijke vragen
Sprekerslijst
Stemmingslijst
Stemmingsuitslagen
Stenogram
Verslag (initiatief)wetsvoorstel (nader)
Verslag commissie Verzoekschriften en de Burgerinitiatieven
Verslag houdende een lijst van vragen en antwoorden
Verslag van een algemeen overleg
Verslag van een bijeenkomst
Verslag van een commissiedebat
Verslag van een hoorzitting / rondetafelgesprek
Verslag van een notaoverleg
Verslag van een politieke dialoog
Verslag van een rapporteur
Verslag van een schriftelijk overleg
Verslag van een werkbezoek
Verslag van een wetgevingsoverleg
Voordracht
Voorlichting Afdeling advisering Raad van State
Voorstel tot wijziging Reglement van Orde
Voorstel van wet
Voorstel van wet (initiatiefvoorstel)
Voorstel van wet (tweede lezing)
Wetenschappelijke factsheet
Wijzigingen voorgesteld door de regering
""".strip().splitlines()
)
