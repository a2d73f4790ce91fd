"""Tenth-round argument rules (arguments.py): whose place a located group takes, and which
phrase a finite verb with no subject of its own takes as its subject.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, triples


def test_a_group_of_many_countries_is_not_the_country_it_meets_in() -> None:
    # the place used to be taken as the leaders' actor: China criticised Iran
    assert code("World leaders in China criticized Iran.") == []
    assert code("Foreign ministers in Vienna condemned Iran on Monday.") == []
    assert code("Diplomats from several countries in Geneva condemned Iran.") == []
    met = code("Kenya's president met with world leaders in China for the summit.")
    assert ("CONSULT", "KEN", "CHN") not in triples(met)


def test_a_national_group_keeps_its_place_or_its_nationality() -> None:
    farmers = code("Farmers in France criticized Brazil.")
    assert triples(farmers) == {("ACCUSE", "FRA", "BRA")}
    diplomats = code("Russian diplomats in Paris criticized Ukraine.")
    assert triples(diplomats) == {("ACCUSE", "RUS", "UKR")}
    # a thing with a multinational modifier is no group: its place stays the recipient
    boycott = code("Britain boycotted a major international conference in Saudi Arabia.")
    assert {e.target.country for e in boycott if e.target is not None} == {"SAU"}


def test_a_place_preposition_before_a_verb_with_an_object_opens_no_clause() -> None:
    # read as 'in Paris condemned': Paris was taken as the subject (France accused Russia)
    assert code("Global leaders gathered in Paris condemned Russia.") == []
    # after a word that opens a clause the repair still applies
    repaired = code(
        "Okafor called for the expulsion of Kenyan diplomats after Uganda on Thursday "
        "sanctioned Kenyan officials."
    )
    assert ("SANCTION", "UGA", "KEN") in triples(repaired)


def test_leaving_an_agreement_is_aimed_at_its_other_party() -> None:
    pact = code("Kenya formally withdrew from a trade pact with Uganda on Friday.")
    assert triples(pact) == {("SANCTION", "KEN", "UGA")}
    named = code("Kenya pulled out of the Uganda trade deal in May.")
    assert triples(named) == {("SANCTION", "KEN", "UGA")}
    owned = code("Kenya pulled out of Uganda's trade pact.")
    assert triples(owned) == {("SANCTION", "KEN", "UGA")}
    # each agreement of a list is left; a city names where an accord was signed, not a party
    listed = code("Kenya withdrew from the Paris climate accord and the Uganda trade agreement.")
    assert triples(listed) == {("SANCTION", "KEN", "UGA")}
    assert triples(code("Kenya withdrew from the Paris climate accord.")) == {
        ("SANCTION", "KEN", None)
    }
    # other acts on an agreement name a topic, not a counterpart
    talked = code("The Kenyan president discussed the Uganda trade deal with reporters.")
    assert ("CONSULT", "KEN", "UGA") not in triples(talked)


def test_what_a_participle_of_aiming_acts_on_is_the_recipient() -> None:
    crushing = code("Kenya imposed sanctions now crushing Uganda's economy.")
    assert triples(crushing) == {("SANCTION", "KEN", "UGA")}
    aimed = code("Kenya imposed new sanctions aimed at Uganda.")
    assert triples(aimed) == {("SANCTION", "KEN", "UGA")}
    strike = code("Kenyan forces conducted an airstrike targeting a Ugandan commander.")
    assert triples(strike) == {("ASSAULT", "KEN", "UGA")}
    # a participle of another sense lends nothing
    assert triples(code("Kenya imposed sanctions lasting until Uganda's elections.")) == {
        ("SANCTION", "KEN", None)
    }


def test_an_attack_on_an_uncoded_armed_group_is_not_on_the_country_it_is_in() -> None:
    group = code("Kenyan jets launched air strikes in Somalia on the terror group.")
    assert ("ASSAULT", "KEN", "SOM") not in triples(group)
    # an attack on a place, or on people the actors layer places, keeps the country
    villages = code("Kenyan jets bombed villages in Somalia.")
    assert {(e.type, e.target and e.target.country) for e in villages} == {("ASSAULT", "SOM")}
