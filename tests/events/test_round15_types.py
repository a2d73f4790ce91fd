"""Round 15 type rules: which PLOVER type a trigger gets, and sentences that report no event
(from the judged errors of a real-news audit that recur).

Every sentence is invented (invented people; real countries and institutions).
"""

from __future__ import annotations

from event_helpers import code_attributed, triples

from crossroads.events.ontology import read_tsv


def test_pulling_out_of_a_meeting_is_a_meeting_refused() -> None:
    summit = triples(code_attributed("Kenya pulled out of the scheduled summit with Uganda."))
    assert ("REJECT", "KEN", "UGA") in summit
    assert not [t for t in summit if t[0] == "RETREAT"]
    conference = code_attributed("Kenya withdrew from the conference with Uganda on Monday.")
    assert [(e.type, e.cameo_root, e.mode) for e in conference] == [("REJECT", "12", "meet")]


def test_talks_walked_out_of_are_halted_negotiations() -> None:
    walked = code_attributed("Kenya walked out of the negotiations with Uganda.")
    assert [(e.type, e.cameo_root) for e in walked] == [("SANCTION", "16")]
    assert ("SANCTION", "KEN", "UGA") in triples(walked)
    backed = triples(code_attributed("Kenya backed out of talks with Uganda."))
    assert ("SANCTION", "KEN", "UGA") in backed
    boycott = code_attributed("Kenyan executives pulled out of an investment conference.")
    assert [e.type for e in boycott] == ["REJECT"]


def test_troops_and_treaties_withdrawn_keep_their_types() -> None:
    troops = triples(code_attributed("Kenya withdrew its troops from Somalia."))
    assert ("RETREAT", "KEN", "SOM") in troops
    assert ("RETREAT", "KEN", None) in triples(
        code_attributed("Kenyan troops pulled out of the town.")
    )
    treaty = triples(code_attributed("Kenya pulled out of the treaty with Uganda."))
    assert ("SANCTION", "KEN", "UGA") in treaty


def test_a_travel_warning_threatens_no_one() -> None:
    assert not code_attributed(
        "The Kenyan foreign ministry issued a travel warning for Uganda a day before the attack."
    )
    advised = (
        "Kenya issued a travel warning to Kenyan citizens, advising them to defer travel to Uganda."
    )
    assert not code_attributed(advised)
    assert ("THREATEN", "KEN", "UGA") in triples(
        code_attributed("Kenya issued a warning to Uganda.")
    )


def test_a_homecoming_is_no_support() -> None:
    assert not code_attributed(
        "Kenyan President Okoro welcomed home three Kenyans freed by Uganda."
    )
    assert not code_attributed("Kenyan President Okoro welcomed three Kenyans home.")
    welcomed = triples(code_attributed("Kenyan President Okoro welcomed the Ugandan president."))
    assert ("SUPPORT", "KEN", "UGA") in welcomed


def test_flights_cancelled_are_no_sanction() -> None:
    assert not code_attributed(
        "Kenya Airways has canceled all its flights to and from Kampala as a precaution."
    )
    suspended = triples(code_attributed("Kenya suspended all flights to Uganda."))
    assert ("SANCTION", "KEN", "UGA") in suspended


def test_private_travel_is_no_visit() -> None:
    assert not code_attributed("Thousands of Europeans have traveled to Syria to fight with ISIS.")
    assert not code_attributed("Dutch citizens traveled to Syria last year.")
    assert not code_attributed("Hundreds of Westerners have traveled to Iraq to join rebel groups.")
    visit = triples(code_attributed("The Kenyan foreign minister traveled to Uganda on Monday."))
    assert ("CONSULT", "KEN", "UGA") in visit


def test_no_imported_preposition_pattern_clashes_with_a_hand_rule() -> None:
    """The importer leaves out a prepositional pattern of a verb whose hand rule names that
    preposition ('renege on promise' 160 against the hand 'renege on' REJECT)."""
    hand = {(r["lemma"], r["particle"]) for r in read_tsv("verbs.tsv") if r["particle"] != "-"}
    clashes = [
        (r["verb"], r["prep"], r["noun"])
        for r in read_tsv("patterns_cameo.tsv")
        if (r["verb"], r["prep"]) in hand
    ]
    assert not clashes
    reneged = code_attributed("Kenya reneged on its promises to Uganda.")
    assert [e.type for e in reneged] == ["REJECT"]
    assert [e.type for e in code_attributed("Kenya called for an investigation.")] == ["REQUEST"]


def test_refugees_taken_or_welcomed_are_asylum_granted() -> None:
    pledged = code_attributed("Kenya will take up to 20,000 Ugandan refugees over the next years.")
    assert [(e.type, e.source.country, e.target.country) for e in pledged if e.target] == [
        ("AGREE", "KEN", "UGA")
    ]
    welcomed = code_attributed("Kenya welcomed Ugandan refugees without consulting its neighbours.")
    assert [(e.type, e.mode) for e in welcomed] == [("AID", "asylum")]
    assert "REJECT" in [e.type for e in code_attributed("Kenya will not accept Ugandan refugees.")]


def test_an_attack_ordered_is_the_orderers_attack() -> None:
    strikes = triples(code_attributed("Kenyan President Okoro ordered airstrikes on Uganda."))
    assert ("ASSAULT", "KEN", "UGA") in strikes
    killing = code_attributed(
        "Kenyan President Okoro ordered the assassination of Ugandan General Kato."
    )
    assert [(e.type, e.mode) for e in killing] == [("ASSAULT", "assassinate")]
    assert not code_attributed("Kenyan President Okoro had probably ordered that assassination.")
    announced = triples(code_attributed("Kenya will order an attack on Uganda."))
    assert ("THREATEN", "KEN", "UGA") in announced


def test_a_letter_is_communication_only_with_its_addressee_named() -> None:
    sent = "Kenyan President Okoro sent a letter to Ugandan President Kato about the border."
    assert ("CONSULT", "KEN", "UGA") in triples(code_attributed(sent))
    unnamed = code_attributed("Kenyan officials sent a letter on Wednesday about the border.")
    assert "CONSULT" not in [e.type for e in unnamed]


def test_a_law_signed_is_no_agreement_with_the_party_it_names() -> None:
    signed = "Kenyan President Okoro signed a law imposing additional sanctions on Uganda."
    assert "SUPPORT" not in [e.type for e in code_attributed(signed)]
    agreed = triples(code_attributed("Kenya signed an agreement with Uganda."))
    assert ("SUPPORT", "KEN", "UGA") in agreed


def test_backing_a_party_into_a_corner_is_no_support() -> None:
    cornered = "Critics blame Kenyan President Okoro for backing Uganda into a corner."
    assert "SUPPORT" not in [e.type for e in code_attributed(cornered)]
    assert ("SUPPORT", "KEN", "UGA") in triples(
        code_attributed("Kenya backed Uganda in the dispute.")
    )
