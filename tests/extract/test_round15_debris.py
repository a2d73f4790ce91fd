"""Round 15: page debris inside scraped plain text that reached the event coder.

Scraped news text (here in the tokenised form some corpora use, with a space before
punctuation) carries other articles' headlines ("Related : …", "More : …", "<headline> Read
more"), video-player lines ("JUST WATCHED <title> Replay More Videos … MUST WATCH <title>
02:39", "Play Video 1:10 <title> – video") and newsletter prompts between the paragraphs of
the article. The coder read them as sentences of the article ("NATO increases presence in
Ukraine" coded as a deployment). The cleaner must cut them and keep every real paragraph.
People and places in the paragraphs are invented.
"""

from __future__ import annotations

from crossroads.extract.text import clean_scraped_text, default_lexicon

FIRST = (
    "The foreign minister of Zarvania , Ilse Marnotte , said on Monday that talks with the "
    "neighbouring republic would resume next week in Geneva , according to two officials ."
)
SECOND = (
    "Marnotte added that her delegation had arrived in the city late on Sunday evening and "
    "that a first round of meetings was planned for Tuesday morning at the lakeside hotel ."
)
THIRD = (
    "Opposition deputies in the Zarvanian parliament criticised the timing of the talks , "
    "saying the government had not consulted them before accepting the invitation ."
)


def _body(*debris: str) -> list[str]:
    """The body paragraphs the cleaner keeps when `debris` stands between the paragraphs."""
    raw = "\n".join([FIRST, *debris[:1], SECOND, *debris[1:], THIRD])
    cleaned = clean_scraped_text(raw, title_hint=None, site_boilerplate=frozenset())
    return cleaned.text.split("\n\n")


def test_tokenised_related_lines_are_cut_and_kept_as_related() -> None:
    raw = "\n".join([FIRST, "Related : Zarvania rejects border talks with its neighbour", SECOND])
    cleaned = clean_scraped_text(raw, title_hint=None, site_boilerplate=frozenset())
    assert cleaned.text.split("\n\n") == [FIRST, SECOND]
    assert [r.title for r in cleaned.related] == [
        "Zarvania rejects border talks with its neighbour"
    ]


def test_more_read_and_see_also_links_with_a_spaced_colon_are_cut() -> None:
    body = _body(
        "More : Zarvanian president will meet his neighbour at the summit",
        "SEE ALSO : Zarvania recalls its ambassador",
    )
    assert body == [FIRST, SECOND, THIRD]
    assert _body("Read More : Zarvania approves new tariffs on grain") == [FIRST, SECOND, THIRD]


def test_video_player_lines_are_cut() -> None:
    player = (
        "JUST WATCHED Will Zarvania sell missiles to its neighbour ? Replay More Videos ... "
        "MUST WATCH Will Zarvania sell missiles to its neighbour ? 02:39"
    )
    guardian = "Play Video 1:10 Zarvanian troops cross the border – video"
    assert _body(player, guardian) == [FIRST, SECOND, THIRD]


def test_a_headline_with_its_read_more_label_is_cut_but_a_sentence_is_not() -> None:
    assert _body("Zarvania edges towards the precipice Read more") == [FIRST, SECOND, THIRD]
    lexicon = default_lexicon()
    assert lexicon.classify("Zarvania edges towards the precipice Read more") is not None
    sentence = "The ministry said citizens could visit its website to read more ."
    assert lexicon.classify(sentence) is None


def test_newsletter_prompts_are_cut() -> None:
    prompt = (
        "Get the Daily Stories you care about delivered to your inbox . By signing up , you "
        "agree to our Privacy Policy"
    )
    assert _body(
        prompt, "Thank you for signing up . For more from us , check out our latest issue"
    ) == [
        FIRST,
        SECOND,
        THIRD,
    ]


def test_paragraphs_that_only_start_like_a_link_label_stay() -> None:
    lexicon = default_lexicon()
    for prose in (
        "More than 400 people have been killed since the uprising in Zarvania began .",
        "Read the full statement of the Zarvanian ministry on its website , officials said .",
        "Related to the dispute is a quarrel over fishing rights in the northern lakes .",
    ):
        assert lexicon.classify(prose) is None


def test_a_tokenised_quote_after_a_related_line_stays_in_the_body() -> None:
    """A paragraph ending with a space before the closing quote ('… respect . ”') ends like a
    sentence; it is no headline of the related list above it."""
    quote = "Marnotte then assured the deputies that the delegation would “ respect every vote . ”"
    raw = "\n".join([FIRST, "Related Coverage Zarvania recalls its ambassador", quote, SECOND])
    cleaned = clean_scraped_text(raw, title_hint=None, site_boilerplate=frozenset())
    assert cleaned.text.split("\n\n") == [FIRST, quote, SECOND]
