"""Eleventh-round argument rules (arguments.py, agents.yaml): recipients named in example
lists, 'out of' places, the victims of an attack, the party an asked-for act falls on, the
destination of a motion, and who acts on a persuasion in the passive.

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code, triples


def test_the_examples_of_a_noun_of_parties_are_the_recipients() -> None:
    # the common noun resolves to no actor: the threat had no recipient
    allies = code("The United States threatened allies such as the EU and Japan with tariffs.")
    named = {e.target.name for e in allies if e.target is not None}
    assert named == {"European Union", "Japan"}
    neighbours = code("Russia threatened neighbours including Estonia and Latvia with sanctions.")
    assert triples(neighbours) == {("THREATEN", "RUS", "EST"), ("THREATEN", "RUS", "LVA")}
    listed = code("Russia imposed sanctions on several countries, including Estonia and Latvia.")
    assert triples(listed) == {("SANCTION", "RUS", "EST"), ("SANCTION", "RUS", "LVA")}


def test_no_examples_without_such_before_as_or_after_a_noun_of_people() -> None:
    # 'as' alone is no list of examples; a list of people is left to the people's own phrases
    plain = code("Russia threatened its neighbours as a warning.")
    assert all(e.target is None for e in plain)
    people = code("Russia condemned the killing of civilians, including Estonian farmers.")
    assert ("ACCUSE", "RUS", "EST") not in triples(people)


def test_out_of_a_place_is_what_a_withdrawal_leaves() -> None:
    pulled = code("The United States pulled its troops out of Iraq.")
    assert ("RETREAT", "USA", "IRQ") in triples(pulled)
    out = code("Kenya withdrew its troops out of Somalia.")
    assert triples(out) == {("RETREAT", "KEN", "SOM")}
    # an agreement left keeps to its own parties: a city is where it was signed
    accord = code("The United States pulled out of the Paris climate accord.")
    assert ("SANCTION", "USA", "FRA") not in triples(accord)


def test_the_victims_a_clause_on_an_attack_names_are_its_recipient() -> None:
    ended = code("Kenya launched an attack in Iraq that ended up killing an American contractor.")
    assert triples(ended) == {("ASSAULT", "KEN", "USA")}
    killed = code("Kenya launched an attack in Iraq that killed two American soldiers.")
    assert triples(killed) == {("ASSAULT", "KEN", "USA")}
    # with no victim named, the place stays the recipient
    place = code("Kenya launched an attack in Iraq on Monday.")
    assert triples(place) == {("ASSAULT", "KEN", "IRQ")}


def test_a_named_person_hit_in_a_place_is_not_the_place() -> None:
    region = code("The United States killed Ali Farzan in the Middle East last year.")
    assert all(e.target is None or e.target.country != "MEA" for e in region)
    city = code("Kenya killed Omar Haddad in Baghdad.")
    assert ("ASSAULT", "KEN", "IRQ") not in triples(city)


def test_the_party_an_asked_for_expulsion_falls_on() -> None:
    expel = code("Iran called for the expulsion of U.S. diplomats.")
    assert triples(expel) == {("REQUEST", "IRN", "USA")}
    # a release falls on the captor, which 'of' does not name
    release = code("Iran called for the release of American prisoners.")
    assert ("REQUEST", "IRN", "USA") not in triples(release)


def test_where_a_mover_goes_is_no_party_to_the_persuasion() -> None:
    stay = code("The general was convinced by the Russians to stay rather than leave for Cuba.")
    assert not any(e.target is not None and e.target.country == "CUB" for e in stay)
    assert not any(e.source.country == "RUS" for e in stay)
    # a thing moved to a place keeps the place: a pledge about Israel
    moved = code("Marek Olsen promised the United States would move its embassy to Jerusalem.")
    assert not any(e.target is not None and e.target.country == "CUB" for e in moved)


def test_the_one_persuaded_in_the_passive_acts() -> None:
    urged = code("Iran was urged by the European Union to halt enrichment.")
    assert {(e.type, e.target.country if e.target else None) for e in urged} == {("REQUEST", "IRN")}
    assert not any(e.source.country == "IRN" and e.type == "REQUEST" for e in urged)


def test_counted_troops_that_arrive_have_no_host() -> None:
    arriving = code("Hundreds of Kenyan troops began arriving in Somalia.")
    assert not any(e.source.country == "SOM" for e in arriving)
    # an official's arrival still has its host
    visit = code("The Kenyan foreign minister arrived in Somalia on Monday.")
    assert ("CONSULT", "SOM", "KEN") in triples(visit)


def test_a_restriction_lifted_is_on_the_party_the_sentence_gives_to() -> None:
    gave = code("The United States lifted sanctions and gave Iran billions of dollars.")
    assert ("RETREAT", "USA", "IRN") in triples(gave)
    returned = code("The United States eased sanctions and returned frozen assets to Cuba.")
    assert ("RETREAT", "USA", "CUB") in triples(returned)
    means = code("The United States gave up its leverage on Iran by lifting sanctions.")
    assert ("RETREAT", "USA", "IRN") in triples(means)
    # a party the coordinated verb only welcomes is not whom the sanctions were on
    welcomed = code("The United States lifted sanctions and welcomed Iran's response.")
    assert ("RETREAT", "USA", "IRN") not in triples(welcomed)
    # a coordinated journey gives nothing: its destination is no party of the sanctions
    flew = code("The United States lifted sanctions and flew to Paris.")
    assert ("RETREAT", "USA", "FRA") not in triples(flew)


def test_a_region_is_where_an_attack_happened_not_whom_it_hit() -> None:
    fought = code("Kenyan troops fought in the Middle East last year.")
    assert all(e.target is None or e.target.country != "MEA" for e in fought)
    bombed_there = code("Kenyan jets bombed targets in Europe.")
    assert all(e.target is None or e.target.country != "EUR" for e in bombed_there)
    # a country stays the place recipient
    bombed = code("Kenyan troops bombed villages in Somalia.")
    assert ("ASSAULT", "KEN", "SOM") in triples(bombed)


def test_an_act_in_answer_to_another_partys_act_is_aimed_at_it() -> None:
    tariffs = code("Kenya imposed tariffs in retaliation for Uganda's new duties.")
    assert triples(tariffs) == {("SANCTION", "KEN", "UGA")}
    visit = code("The Kenyan president cancelled his visit in response to Uganda's new moves.")
    assert ("SANCTION", "KEN", "UGA") in triples(visit)
    # an answer to no party's act names none
    crisis = code("Kenya expelled diplomats in response to the crisis.")
    assert all(e.target is None for e in crisis)


def test_troops_that_begin_arriving_are_deployed() -> None:
    # the mover is borrowed from 'began': a show of force, not a visit with a host
    arriving = code("Hundreds of Kenyan troops began arriving in Somalia.")
    assert triples(arriving) == {("MOBILIZE", "KEN", "SOM")}


def test_what_a_warned_act_would_hit_is_threatened() -> None:
    # 'the country' is read as the object of 'warned': it is the source's own side, dropped
    destroy = code("Kenya warned the country would destroy Uganda.")
    assert triples(destroy) == {("THREATEN", "KEN", "UGA")}
    army = code("Kenya warned the Kenyan army would destroy Uganda.")
    assert ("THREATEN", "KEN", "UGA") in triples(army)
    hurt = code("Okafor, the Kenyan president, warned Kato that Uganda will be hurt very badly.")
    assert ("THREATEN", "KEN", "UGA") in triples(hurt)
    # a party warned of its own fate stays the recipient
    price = code("Kenya warned Uganda it would pay a heavy price.")
    assert triples(price) == {("THREATEN", "KEN", "UGA")}
