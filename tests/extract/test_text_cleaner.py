"""The scraped-text cleaner on invented pages in several languages, edge cases and properties.

Every page below is written for these tests: the people are invented, the countries real.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossroads.extract.text import (
    CleanedText,
    DebrisLexicon,
    SiteBoilerplate,
    clean_scraped_text,
    default_lexicon,
    load_lexicon,
    normalise_line,
    read_debris_rows,
)
from crossroads.model import Related

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_39bd9204a7620f14.txt"
DEBRIS = Path(__file__).resolve().parents[2] / "src" / "crossroads" / "extract" / "debris"
EXTRACTION = SEED.parents[1] / "data" / "extraction"

P1 = (
    "Foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Tuesday to discuss water "
    "sharing along the Syr Darya, a river both countries depend on for irrigation."
)
P2 = (
    "Deputy minister Arman Tulegenov said the talks had been frank and that both delegations "
    "agreed to meet again before the planting season begins in the spring."
)
P3 = (
    "Analysts in the region expect the two governments to sign a framework agreement later "
    "this year, although several technical questions about reservoir levels remain open."
)


def related_titles(cleaned: CleanedText) -> list[str]:
    return [item.title for item in cleaned.related]


# --- the reference article -----------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        lambda text: text,
        lambda text: text.replace("\n\n", "\n"),  # single newlines between paragraphs
        lambda text: text.replace("\n", "\r\n"),
        lambda text: "Home\nWorld\nSearch\n" + text.replace(" ", "\u00a0", 5),
    ],
    ids=["as-is", "single-newlines", "crlf", "menu-and-nbsp"],
)
def test_seed_article(variant: Callable[[str], str]) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the shared seed is not checked out beside the project")
    cleaned = clean_scraped_text(variant(SEED.read_text(encoding="utf-8")))
    assert cleaned.title == (
        "Russia–Japan tensions in Central Asia: Moscow’s view on influence and sovereignty"
    )
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0].startswith("Russia’s Foreign Ministry spokesperson")
    assert paragraphs[-1].startswith("Earlier remarks from the Japanese side")
    assert paragraphs[-1].endswith("strategic realignment in Central Asia.")
    assert len(paragraphs) == 6
    for debris in ("Previous Article", "false", "Next Article", "Write a Comment", "Comment"):
        assert debris not in cleaned.text
    assert related_titles(cleaned) == [
        "Georgia Eyes a Renewed US Partnership Amid Tensions and Private Diplomacy"
    ]


# --- invented pages in several languages -----------------------------------------------------

ENGLISH_PAGE = f"""Skip to content
Home » World » Asia
Kazakhstan and Uzbekistan Resume Talks on Shared Water
By Dana Whitcombe
Published: Tuesday, March 12, 2024 10:45
5 min read

{P1}

Advertisement

{P2}

Read more: Kyrgyzstan Opens New Hydropower Plant on the Naryn

{P3}

Share this:
Facebook
Twitter
WhatsApp

Related Articles
Tajikistan and Afghanistan Discuss Border Trade
Turkmenistan Hosts Caspian Energy Forum

Leave a Reply
Your email address will not be published. Required fields are marked *
© 2024 Steppe Daily. All rights reserved.
"""


def test_english_wordpress_page() -> None:
    cleaned = clean_scraped_text(ENGLISH_PAGE)
    assert cleaned.title == "Kazakhstan and Uzbekistan Resume Talks on Shared Water"
    assert cleaned.published == "2024-03-12"
    assert cleaned.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert related_titles(cleaned) == [
        "Kyrgyzstan Opens New Hydropower Plant on the Naryn",
        "Tajikistan and Afghanistan Discuss Border Trade",
        "Turkmenistan Hosts Caspian Energy Forum",
    ]


GERMAN_PAGE = "\n".join(
    [
        "Startseite › Politik › Ausland",
        "Polen und Litauen wollen Grenzschutz gemeinsam ausbauen",
        "Von Jana Beispielmann",
        "Veröffentlicht am 3. März 2024, 14:20 Uhr",
        "",
        "Die Innenminister Polens und Litauens haben am Montag in Vilnius eine engere "
        "Zusammenarbeit beim Schutz der gemeinsamen Grenze vereinbart.",
        "",
        "Anzeige",
        "",
        "Nach Angaben des litauischen Ministeriums sollen künftig gemeinsame Streifen "
        "eingesetzt und Daten schneller ausgetauscht werden.",
        "",
        "Lesen Sie auch: Lettland verlängert Ausnahmezustand an der Grenze",
        "",
        "Der polnische Staatssekretär Tomasz Wielgosz sprach von einem wichtigen Schritt "
        "für die Sicherheit der Region.",
        "",
        "Teilen",
        "Twittern",
        "Ähnliche Artikel",
        "Estland Kündigt Neue Investitionen in die Verteidigung an",
        "Kommentar schreiben",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mehr erfahren",
        "",
    ]
)


def test_german_page() -> None:
    cleaned = clean_scraped_text(GERMAN_PAGE)
    assert cleaned.title == "Polen und Litauen wollen Grenzschutz gemeinsam ausbauen"
    assert cleaned.published == "2024-03-03"
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Die Innenminister Polens")
    assert paragraphs[2].startswith("Der polnische Staatssekretär")
    for debris in ("Anzeige", "Teilen", "Cookies", "Kommentar", "Beispielmann", "Lesen Sie"):
        assert debris not in cleaned.text
    assert related_titles(cleaned) == [
        "Lettland verlängert Ausnahmezustand an der Grenze",
        "Estland Kündigt Neue Investitionen in die Verteidigung an",
    ]


# French, with single newlines between paragraphs (as scrapers often leave them).
FRENCH_PAGE = "\n".join(
    [
        "Accueil",
        "La Moldavie et la Roumanie renforcent leur coopération énergétique",
        "Par Claire Vautrin",
        "Publié le 3 mars 2024 à 10h15",
        "Le gouvernement moldave a annoncé lundi la signature d'un accord avec Bucarest "
        "sur l'interconnexion des réseaux électriques.",
        "Selon le ministre moldave de l'Énergie, Victor Ceban, la nouvelle ligne devrait "
        "être mise en service avant l'hiver prochain.",
        "À lire aussi : L'Ukraine et la Pologne Signent un Accord Ferroviaire",
        "Les deux pays espèrent ainsi réduire leur dépendance aux importations "
        "d'électricité venues de l'est.",
        "Article précédent",
        "false",
        "Article suivant",
        "La Bulgarie Prépare Son Entrée dans l'Espace Schengen Terrestre",
        "Laisser un commentaire",
        "",
    ]
)


def test_french_page_with_single_newlines() -> None:
    cleaned = clean_scraped_text(FRENCH_PAGE)
    assert cleaned.title == "La Moldavie et la Roumanie renforcent leur coopération énergétique"
    assert cleaned.published == "2024-03-03"
    paragraphs = cleaned.text.split("\n\n")
    assert [p.split()[0] for p in paragraphs] == ["Le", "Selon", "Les"]
    assert "false" not in cleaned.text and "Vautrin" not in cleaned.text
    assert related_titles(cleaned) == [
        "L'Ukraine et la Pologne Signent un Accord Ferroviaire",
        "La Bulgarie Prépare Son Entrée dans l'Espace Schengen Terrestre",
    ]


# Spanish, with Windows line ends, NBSP and zero-width characters.
SPANISH_PAGE = (
    "Chile y Argentina acuerdan\u00a0un nuevo paso fronterizo\r\n\r\n"
    "Por Lucía Beltrán Ocampo\r\n\r\n"
    "Los gobiernos de Chile y Argentina acordaron el jueves abrir un nuevo paso fronterizo"
    "\u200b en la Patagonia para facilitar el comercio regional.\r\n\r\n"
    "Publicidad\r\n\r\n"
    "El canciller argentino, Martín Oyarzún, afirmó que el proyecto  beneficiará a miles de "
    "transportistas de ambos países.\r\n\r\n"
    "Compartir\r\nFacebook\r\nX\r\nWhatsApp\r\n\r\n"
    "Noticias relacionadas\r\n"
    "Bolivia y Perú Revisan Su Acuerdo Sobre el Lago Titicaca\r\n\r\n"
    "Deja un comentario\r\n"
    "Todos los derechos reservados\r\n"
)


def test_spanish_page_with_crlf_nbsp_and_zero_width() -> None:
    cleaned = clean_scraped_text(SPANISH_PAGE)
    assert cleaned.title == "Chile y Argentina acuerdan un nuevo paso fronterizo"
    assert cleaned.published is None  # the page gives no date
    assert cleaned.text == (
        "Los gobiernos de Chile y Argentina acordaron el jueves abrir un nuevo paso fronterizo "
        "en la Patagonia para facilitar el comercio regional.\n\n"
        "El canciller argentino, Martín Oyarzún, afirmó que el proyecto beneficiará a miles de "
        "transportistas de ambos países."
    )
    assert "\r" not in cleaned.text and "\u200b" not in cleaned.text
    assert related_titles(cleaned) == ["Bolivia y Perú Revisan Su Acuerdo Sobre el Lago Titicaca"]


RUSSIAN_PAGE = "\n".join(
    [
        "Главная",
        "Армения и Грузия обсудили транзит грузов",
        "Автор: Ирина Соколовская",
        "",
        "Министры экономики Армении и Грузии в среду обсудили в Тбилиси вопросы транзита "
        "грузов через общую границу.",
        "",
        "Реклама",
        "",
        "По словам заместителя министра Левана Гиоргадзе, стороны договорились упростить "
        "таможенные процедуры.",
        "",
        "Поделиться",
        "ВКонтакте",
        "Telegram",
        "Читайте также",
        "Азербайджан Расширяет Порт в Алате",
        "Оставить комментарий",
        "",
    ]
)


def test_russian_page() -> None:
    cleaned = clean_scraped_text(RUSSIAN_PAGE)
    assert cleaned.title == "Армения и Грузия обсудили транзит грузов"
    assert cleaned.published is None
    paragraphs = cleaned.text.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Министры экономики")
    assert "Реклама" not in cleaned.text and "Соколовская" not in cleaned.text
    assert related_titles(cleaned) == ["Азербайджан Расширяет Порт в Алате"]


@pytest.mark.parametrize(
    ("lead", "tail", "expected"),
    [
        (
            "Articolo precedente\nLeggi anche: Malta e Italia Firmano un Accordo sui Porti",
            "Lascia un commento\nTutti i diritti riservati",
            "Malta e Italia Firmano un Accordo sui Porti",
        ),
        (
            "Artigo anterior\nLeia também: Portugal e Espanha Discutem Ligação Ferroviária",
            "Deixe um comentário\nPublicidade",
            "Portugal e Espanha Discutem Ligação Ferroviária",
        ),
        (
            "Vorig artikel\nLees ook: België en Nederland Werken Samen aan Havenbeveiliging",
            "Laat een reactie achter\nAlle rechten voorbehouden",
            "België en Nederland Werken Samen aan Havenbeveiliging",
        ),
    ],
)
def test_italian_portuguese_dutch_debris(lead: str, tail: str, expected: str) -> None:
    body = f"{P1}\n\n{P2}"
    cleaned = clean_scraped_text(f"{lead}\n\n{body}\n\n{tail}\n")
    assert cleaned.text == body
    assert related_titles(cleaned) == [expected]


# --- single rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "literal",
    ["false", "true", "null", "undefined", "NaN", "{}", "[]", "Loading...", "javascript:void(0)"],
)
def test_script_literals_alone_on_a_line_are_removed(literal: str) -> None:
    cleaned = clean_scraped_text(f"{P1}\n\n{literal}\n\n{P2}")
    assert cleaned.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "line",
    [
        "Facebook",
        "Twitter",
        "X",
        "WhatsApp",
        "Telegram",
        "LinkedIn",
        "Reddit",
        "Email",
        "Print",
        "Facebook Twitter WhatsApp",
        "Share on Telegram",
        "Tags: Kazakhstan, Uzbekistan, water",
        "Filed under: Central Asia",
        "Follow us on Instagram",
        "Subscribe to our newsletter",
        "Sign up",
        "Log in",
        "We use cookies to give you the best experience on our website. Accept",
        "Copyright 2024 Steppe Daily",
        "ADVERTISEMENT",
        "3 Comments",
    ],
)
def test_ui_lines_in_the_middle_of_the_body_are_removed(line: str) -> None:
    cleaned = clean_scraped_text(f"{P1}\n\n{line}\n\n{P2}\n\n{P3}")
    assert cleaned.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_subheading_inside_the_body_is_kept() -> None:
    text = f"{P1}\n\nWhat Comes Next\n\n{P2}"
    assert clean_scraped_text(text).text == text


@pytest.mark.parametrize(
    "prose",
    [
        "Posted in Kabul since 2019, the envoy Farid Noorzai has seen three governments come "
        "and go, and he said the latest round of talks was the most serious yet.",
        "More from the ministry's statement was released on Wednesday.",
        "Written by hand, the letter was delivered to the embassy in Dushanbe.",
    ],
)
def test_prose_starting_like_a_tag_line_is_kept(prose: str) -> None:
    text = f"{P1}\n\n{prose}\n\n{P2}"
    assert clean_scraped_text(text).text == text


def test_caption_with_a_colon_is_removed() -> None:
    caption = "Photo: A worker checks a sluice gate near Chardara."
    assert clean_scraped_text(f"{P1}\n\n{caption}\n\n{P2}").text == f"{P1}\n\n{P2}"


def test_text_without_debris_comes_out_unchanged() -> None:
    text = f"{P1}\n\n{P2}\n\n{P3}"
    cleaned = clean_scraped_text(text)
    assert cleaned.text == text
    assert cleaned.title is None
    assert cleaned.related == ()


def test_whitespace_is_normalised_only() -> None:
    spaced = P2.replace(" ", "\u00a0 ", 3)
    messy = f"  {P1}  \n \n\n\t{spaced}\n\n\n{P3}   "
    assert clean_scraped_text(messy).text == f"{P1}\n\n{P2}\n\n{P3}"


def test_single_paragraph() -> None:
    assert clean_scraped_text(P1).text == P1
    assert clean_scraped_text("The talks ended.").text == "The talks ended."


def test_single_newlines_become_paragraph_breaks() -> None:
    assert clean_scraped_text(f"{P1}\n{P2}\n{P3}").text == f"{P1}\n\n{P2}\n\n{P3}"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "Foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on\n"
        "Tuesday to discuss water sharing along the Syr Darya, a river both\n"
        "countries depend on for irrigation.\n\n"
        "Deputy minister Arman Tulegenov said the talks had been frank and\n"
        "that both delegations agreed to meet again before the planting season\n"
        "begins in the spring."
    )
    assert clean_scraped_text(wrapped).text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   \n\n \u200b \n",
        "Previous Article\nfalse\nNext Article\nLeave a Comment",
        "Share\nFacebook\nTwitter\n\nSubscribe to our newsletter\n© 2024 Steppe Daily",
        "Previous Article\n\nNext Article\nGeorgia Eyes a Renewed US Partnership\nWrite a Comment",
    ],
)
def test_only_debris_gives_no_text(raw: str) -> None:
    assert clean_scraped_text(raw).text == ""


def test_related_headline_is_found_even_without_body() -> None:
    cleaned = clean_scraped_text(
        "Previous Article\n\nNext Article\nGeorgia Eyes a Renewed US Partnership\nWrite a Comment"
    )
    assert related_titles(cleaned) == ["Georgia Eyes a Renewed US Partnership"]
    assert cleaned.title is None


def test_title_hint_when_no_headline_line() -> None:
    cleaned = clean_scraped_text(f"{P1}\n\n{P2}", title_hint="Water talks resume")
    assert cleaned.title == "Water talks resume"
    assert cleaned.text == f"{P1}\n\n{P2}"


def test_title_hint_finds_its_line_after_a_site_name() -> None:
    page = f"Steppe Daily Online\nWater Talks Resume in Tashkent\n\n{P1}\n\n{P2}"
    cleaned = clean_scraped_text(page, title_hint="Water Talks Resume in Tashkent | Steppe Daily")
    assert cleaned.title == "Water Talks Resume in Tashkent"
    assert cleaned.text == f"{P1}\n\n{P2}"


def test_title_below_a_menu_is_the_headline_above_the_body() -> None:
    page = (
        "Menu\nWorld\nBusiness\nSport\n\nWater Talks Resume in Tashkent\nBy Dana Whitcombe\n"
        f"March 12, 2024\n\n{P1}\n\n{P2}"
    )
    cleaned = clean_scraped_text(page)
    assert cleaned.title == "Water Talks Resume in Tashkent"
    assert cleaned.text == f"{P1}\n\n{P2}"


def test_menu_of_teasers_does_not_join_the_body() -> None:
    teasers = "\n".join(
        f"{label}\nKyrgyzstan {label} Report Published This Week By Officials In Bishkek."
        for label in ("Politics", "Business", "Culture", "Sport", "Science", "Travel")
    )
    menu = "\n".join(["World", "Asia", "Europe", "Opinion"])
    page = f"{teasers}\n{menu}\n\n{P1}\n\n{P2}\n\n{P3}"
    assert clean_scraped_text(page).text == f"{P1}\n\n{P2}\n\n{P3}"


def test_comments_after_the_body_are_not_body() -> None:
    comment = (
        "I have followed these negotiations for years and I think this time both sides are "
        "serious, because the drought last summer showed everyone what is at stake here."
    )
    page = f"{P1}\n\n{P2}\n\nLeave a Comment\n\n{comment}\n\n{comment} Really.\n\nReply"
    assert clean_scraped_text(page).text == f"{P1}\n\n{P2}"


def test_next_article_teaser_is_not_body() -> None:
    teaser = (
        "Officials in Bishkek said on Friday that the new plant would double the output of the "
        "cascade and supply electricity to neighbouring countries during the winter months."
    )
    page = f"{P1}\n\n{P2}\n\nNext Article\nKyrgyzstan Opens New Hydropower Plant\n{teaser}"
    cleaned = clean_scraped_text(page)
    assert cleaned.text == f"{P1}\n\n{P2}"
    assert related_titles(cleaned) == ["Kyrgyzstan Opens New Hydropower Plant"]


def test_gallery_pager_inside_the_body_does_not_cut_it() -> None:
    text = f"{P1}\n\nPrevious\n1 / 5\nNext\n\n{P2}\n\n{P3}"
    assert clean_scraped_text(text).text == f"{P1}\n\n{P2}\n\n{P3}"


def test_related_title_is_not_repeated_or_the_title() -> None:
    page = (
        f"Water Talks Resume\n\n{P1}\n\n{P2}\n\nRelated Articles\nWater Talks Resume\n"
        "Kyrgyzstan Opens New Hydropower Plant\nKyrgyzstan Opens New Hydropower Plant"
    )
    cleaned = clean_scraped_text(page)
    assert cleaned.title == "Water Talks Resume"
    assert cleaned.related == (Related(title="Kyrgyzstan Opens New Hydropower Plant"),)


# --- the title when debris comes first -------------------------------------------------------

TITLE = "Water Talks Resume in Tashkent"


@pytest.mark.parametrize(
    "lead",
    [
        "Menu\nSearch\nHome / Region / Security",
        "Skip to content\nJump to Recipe\nPrint Recipe",
        "Inicio / Mundo / Asia Central",
        "Accueil | Monde | Asie",
        "Главная / Новости / Политика",
        "Startseite > Politik",  # two pieces suffice after a menu word
        "About us | Contacts | Advertising | Privacy policy",
        "STEPPE DAILY\nIndependent News",  # a site name in capitals, a two-word tagline
    ],
    ids=["en-crumbs", "ui-phrases", "es-crumbs", "fr-menu", "ru-crumbs", "de-two", "menu", "caps"],
)
def test_debris_before_the_title_is_skipped(lead: str) -> None:
    cleaned = clean_scraped_text(f"{lead}\n\n{TITLE}\n\n{P1}\n\n{P2}")
    assert cleaned.title == TITLE
    assert cleaned.text == f"{P1}\n\n{P2}"


def test_title_is_the_headline_closest_above_the_body() -> None:
    page = (
        f"Steppe Daily\nNews From Central Asia Since 2019\n{TITLE}\nBy Dana Whitcombe\n"
        f"Facebook\nTwitter\nWhatsApp\nAdvertisement\nReuters\n\n{P1}\n\n{P2}"
    )
    assert clean_scraped_text(page).title == TITLE


def test_a_title_with_pieces_is_not_a_breadcrumb() -> None:
    for title in (f"{TITLE} | Steppe Daily", "Opinion / Why the Syr Darya Deal Matters Now"):
        assert clean_scraped_text(f"{title}\n\n{P1}\n\n{P2}").title == title


def test_a_headline_listed_after_next_article_is_not_the_title() -> None:
    page = f"Next Article\nKyrgyzstan Opens New Hydropower Plant\n\n{P1}\n\n{P2}"
    cleaned = clean_scraped_text(page)
    assert cleaned.title is None
    assert related_titles(cleaned) == ["Kyrgyzstan Opens New Hydropower Plant"]


def test_a_title_the_site_repeats_is_still_the_title() -> None:
    """Other pages of the site list this article as related: the learner counts its headline
    as a repeated line. Above the body it is the title; after "Next Article" a related one."""
    boilerplate = frozenset({TITLE, "Next Article", "Steppe Daily — news from Central Asia"})
    own = f"Steppe Daily — news from Central Asia\n{TITLE}\n\n{P1}\n\n{P2}"
    cleaned = clean_scraped_text(own, site_boilerplate=boilerplate)
    assert (cleaned.title, cleaned.text) == (TITLE, f"{P1}\n\n{P2}")
    other = f"Border Crossing Reopens\n\n{P3}\n\nNext Article\n{TITLE}"
    cleaned = clean_scraped_text(other, site_boilerplate=boilerplate)
    assert (cleaned.title, cleaned.text) == ("Border Crossing Reopens", P3)
    assert related_titles(cleaned) == [TITLE]


# --- the published date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("05.03.2026, 14:32 Uhr | Weltblick English", "2026-03-05"),
        ("Dienstag, 5. März 2026", "2026-03-05"),
        ("March 10, 2026", "2026-03-10"),
        ("By Dana Whitcombe | Feb. 3rd, 2026 | 6 min read", "2026-02-03"),
        ("Published: 3 March 2026 10:24", "2026-03-03"),
        ("Afrique Horizons | 20 février 2026 | English edition", "2026-02-20"),
        ("Publié le 1er mars 2026 à 10h15", "2026-03-01"),
        ("Crónica del Sur – 24 de febrero de 2026", "2026-02-24"),
        ("Publicado em 7 de março de 2026", "2026-03-07"),
        ("12 marzo 2026, 09:40", "2026-03-12"),
        ("Опубликовано: 3 марта 2026, 10:15", "2026-03-03"),
        ("Gepubliceerd op 14 februari 2026", "2026-02-14"),
        ("2026-03-05T10:00:00+01:00", "2026-03-05"),
        ("Vistula Daily | 31/03/2026", "2026-03-31"),  # slashes: only one reading possible
        ("Vistula Daily | 03/31/2026", "2026-03-31"),
        ("Vistula Daily | 03/05/2026", None),  # 3 May or 5 March: refused
        ("Vistula Daily | 31.02.2026", None),  # no such day
        ("Vistula Daily | March 2026", None),  # no day
    ],
)
def test_date_line_between_title_and_body(line: str, expected: str | None) -> None:
    cleaned = clean_scraped_text(f"{TITLE}\n{line}\n\n{P1}\n\n{P2}")
    assert (cleaned.title, cleaned.published) == (TITLE, expected)
    assert cleaned.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "lines",
    [
        "Updated: 4 March 2026\nPublished: 3 March 2026",
        "Published 3 March 2026 | Updated 4 March 2026",
        "Mis à jour le 4 mars 2026\nPublié le 3 mars 2026",
        "Aktualisiert am 04.03.2026\nVeröffentlicht am 03.03.2026",
    ],
)
def test_published_is_preferred_to_updated(lines: str) -> None:
    assert clean_scraped_text(f"{TITLE}\n{lines}\n\n{P1}").published == "2026-03-03"


def test_an_updated_date_alone_is_taken() -> None:
    assert clean_scraped_text(f"{TITLE}\nUpdated 4 March 2026\n\n{P1}").published == ("2026-03-04")


def test_date_line_after_a_standfirst_is_not_body() -> None:
    standfirst = "The two neighbours agreed to share more water from the Syr Darya this spring."
    page = f"{TITLE}\n\n{standfirst}\n\nSteppe Daily – 12 March 2026\n\n{P1}\n\n{P2}"
    cleaned = clean_scraped_text(page)
    assert cleaned.published == "2026-03-12"
    assert cleaned.text == f"{standfirst}\n\n{P1}\n\n{P2}"


def test_date_printed_above_the_headline() -> None:
    cleaned = clean_scraped_text(f"Politics\n05.03.2026 14:32\n{TITLE}\nReuters\n\n{P1}")
    assert (cleaned.title, cleaned.published) == (TITLE, "2026-03-05")


def test_no_date_is_made_up_from_the_prose() -> None:
    dated = (
        "On 3 March 2026 the ministers met again, and on Tuesday they signed the protocol "
        "that had been drafted on 12.02.2026 in Bishkek."
    )
    for page in (f"{TITLE}\n\n{dated}\n\n{P1}", f"{dated}\n\n{P1}"):
        cleaned = clean_scraped_text(page)
        assert cleaned.published is None
        assert dated in cleaned.text


def test_a_date_in_the_headline_is_no_date_line() -> None:
    title = "Kazakhstan Votes in March 2026: What to Expect"
    cleaned = clean_scraped_text(f"{title}\n\n{P1}\n\n{P2}")
    assert (cleaned.title, cleaned.published) == (title, None)
    title = "Kazakhstan Votes on 15 March 2026 for a New Parliament"
    assert clean_scraped_text(f"{title}\n\n{P1}\n\n{P2}").published is None


def test_article_takes_the_cleaners_date_when_the_source_has_none() -> None:
    from crossroads.extract.article import extract_article
    from crossroads.model import RawDocument

    data = f"{TITLE}\nMarch 10, 2026\n\n{P1}\n\n{P2}".encode()
    raw = RawDocument(uri="page.txt", format="text", kind="text", data=data)
    assert extract_article(raw).published == "2026-03-10"
    given = RawDocument(
        uri="page.txt", format="text", kind="text", data=data, published="2026-03-11"
    )
    assert extract_article(given).published == "2026-03-11"


# --- the project's example corpus (examples/text) ----------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "text"
# Title and date of each example as a reader sees them in the file (None: the page gives none).
EXAMPLE_HEADERS = {
    "cronica-guyana-venezuela-essequibo.txt": (
        "Brazil offers to mediate as Guyana and Venezuela trade accusations over Essequibo",
        "2026-02-24",
    ),
    "horizons-ethiopia-sudan-fashaga-clashes.txt": (
        "Sudan accuses Ethiopian militia of raids in al-Fashaga, African Union urges restraint",
        "2026-02-20",
    ),
    "pacific-ledger-us-china-chip-controls.txt": (
        "China vows countermeasures after US widens chip export controls",
        "2026-03-10",
    ),
    "silkplate-uzbek-plov-recipe.txt": (
        "The plov that made me fall in love with Tashkent: a recipe from the bazaar",
        "2026-02-28",
    ),
    "steppe-observer-csto-drills-tajikistan.txt": (
        "CSTO begins drills in Tajikistan near Afghan border",
        None,
    ),
    "steppe-observer-kazakhstan-china-rail.txt": (
        "Kazakhstan and China agree to expand Dostyk rail crossing",
        None,
    ),
    "steppe-observer-uzbekistan-japan-energy.txt": (
        "Uzbekistan and Japan sign energy deals at Tashkent forum as Moscow watches closely",
        None,
    ),
    "vistula-ukraine-poland-grain-blockade.txt.gz": (
        "Polish farmers block Ukraine border crossing over grain imports",
        "2026-02-17",
    ),
    "weltblick-turkiye-prisoner-exchange-talks.txt": (
        "Türkiye hosts new round of Russia-Ukraine talks on prisoner exchanges",
        "2026-03-05",
    ),
}


def example_text(path: Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.name.endswith(".gz") else data).decode("utf-8")


def test_every_example_text_has_an_expected_header() -> None:
    names = {path.name for path in EXAMPLES.iterdir() if path.name.endswith((".txt", ".txt.gz"))}
    assert names == set(EXAMPLE_HEADERS)


@pytest.mark.parametrize("name", sorted(EXAMPLE_HEADERS))
def test_example_title_and_date(name: str) -> None:
    raw = example_text(EXAMPLES / name)
    cleaned = clean_scraped_text(raw)
    assert (cleaned.title, cleaned.published) == EXAMPLE_HEADERS[name]
    first = cleaned.text.split("\n\n")[0]
    assert raw.index(first) > raw.index(EXAMPLE_HEADERS[name][0])  # the body follows the title
    assert EXAMPLE_HEADERS[name][0] not in cleaned.text


def test_example_titles_hold_with_the_sites_repeated_lines() -> None:
    """The Steppe Observer pages list each other's headlines: with the lines learned over
    the example folder (as `crossroads process` does), each page keeps its own title."""
    learner = SiteBoilerplate()
    for name in EXAMPLE_HEADERS:
        learner.observe("examples/text", example_text(EXAMPLES / name))
    repeated = learner.lines_for("examples/text")
    assert EXAMPLE_HEADERS["steppe-observer-uzbekistan-japan-energy.txt"][0] in repeated
    for name, header in EXAMPLE_HEADERS.items():
        cleaned = clean_scraped_text(example_text(EXAMPLES / name), site_boilerplate=repeated)
        assert (cleaned.title, cleaned.published) == header, name


# --- lines repeated across the pages of a site ------------------------------------------------


def page(body: str) -> list[str]:
    return ["Steppe Daily — news from Central Asia", body, "Our Journalism, Your Region"]


def test_site_boilerplate_needs_min_pages() -> None:
    learner = SiteBoilerplate(min_pages=3)
    learner.observe("steppe.example", page(P1))
    learner.observe("steppe.example", page(P2))
    assert learner.lines_for("steppe.example") == frozenset()
    learner.observe("steppe.example", page(P3))
    assert learner.lines_for("steppe.example") == {
        "Steppe Daily — news from Central Asia",
        "Our Journalism, Your Region",
    }
    assert learner.lines_for("other.example") == frozenset()


def test_site_boilerplate_counts_a_page_once_and_copies_not_at_all() -> None:
    learner = SiteBoilerplate(min_pages=2)
    learner.observe("a.example", [P1, "Menu line", "Menu line"])
    learner.observe("a.example", [P1, "Menu line"])  # the same article again: a copy
    assert learner.lines_for("a.example") == frozenset()
    learner.observe("b.example", [P2, "Menu line"])  # another site
    assert learner.lines_for("a.example") == frozenset()


def test_site_boilerplate_accepts_raw_text_and_normalises() -> None:
    learner = SiteBoilerplate(min_pages=2)
    learner.observe("s", f"Our\u00a0Journalism,  Your Region\n{P1}")
    learner.observe("s", f"Our Journalism, Your Region \r\n{P2}")
    assert learner.lines_for("s") == {"Our Journalism, Your Region"}
    with pytest.raises(ValueError):
        SiteBoilerplate(min_pages=0)


def test_site_boilerplate_lines_are_removed_by_the_cleaner() -> None:
    learner = SiteBoilerplate(min_pages=3)
    for body in (P1, P2, P3):
        learner.observe("steppe.example", page(body))
    slogan = (
        "Steppe Daily is an independent newsroom funded by its readers across the region and "
        "abroad, and it relies on you."
    )
    raw = f"{slogan}\n\n" + "\n\n".join(page(P2))
    boilerplate = learner.lines_for("steppe.example") | {slogan}
    cleaned = clean_scraped_text(raw, site_boilerplate=boilerplate)
    assert cleaned.text == P2
    assert clean_scraped_text(raw).text != P2  # without it, the slogan stays


# --- the lexicon data -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt", "ru", "nl"])
def test_every_language_has_a_debris_file(language: str) -> None:
    path = DEBRIS / f"{language}.tsv"
    rows = list(read_debris_rows(path.read_text(encoding="utf-8"), source=path.name))
    roles = {role for _, role, _ in rows}
    assert {"nav", "comment", "share", "subscribe", "ad", "cookie", "tags"} <= roles


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it", "pt", "ru", "nl"])
def test_every_language_names_the_twelve_months_and_its_date_markers(language: str) -> None:
    path = DEBRIS / f"{language}.tsv"
    rows = list(read_debris_rows(path.read_text(encoding="utf-8"), source=path.name))
    assert {int(role) for kind, role, _ in rows if kind == "month"} == set(range(1, 13))
    assert {"published", "updated"} <= {role for kind, role, _ in rows if kind == "dateword"}


def test_month_rows_are_checked() -> None:
    with pytest.raises(ValueError, match=r"x\.tsv:1: a month's role is its number"):
        list(read_debris_rows("month\tmarch\tmarch\n", source="x.tsv"))
    with pytest.raises(ValueError, match="two numbers"):
        DebrisLexicon.from_rows([("month", "3", "mar"), ("month", "5", "mar")])


def test_a_user_file_adds_a_language_s_months(tmp_path: Path) -> None:
    polish = tmp_path / "pl.tsv"
    polish.write_text("month\t3\tmarca\ndateword\tpublished\topublikowano\n", encoding="utf-8")
    page = f"{TITLE}\nOpublikowano: 5 marca 2026\n\n{P1}"
    assert clean_scraped_text(page).published is None
    assert clean_scraped_text(page, lexicon=load_lexicon([polish])).published == "2026-03-05"


def test_malformed_row_is_reported_with_its_place() -> None:
    with pytest.raises(ValueError, match=r"x\.tsv:2"):
        list(read_debris_rows("line\tnav\tnext\nline nav next\n", source="x.tsv"))
    with pytest.raises(ValueError):
        list(read_debris_rows("shape\tnav\tnext\n", source="x.tsv"))


def test_user_phrases_extend_the_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "pl.tsv"
    extra.write_text("line\tshare\tudostępnij artykuł\n", encoding="utf-8")
    lexicon = load_lexicon([extra])
    assert isinstance(lexicon, DebrisLexicon)
    assert lexicon.classify("Udostępnij artykuł:") is not None
    assert default_lexicon().classify("Udostępnij artykuł") is None
    text = f"{P1}\n\nUdostępnij artykuł\n\n{P2}"
    assert clean_scraped_text(text, lexicon=lexicon).text == f"{P1}\n\n{P2}"


# --- properties and performance -----------------------------------------------------------------

LINES = st.one_of(
    st.sampled_from(
        [
            *(P1, P2, P3, "Previous Article", "false", "Next Article", "Leave a Comment", ""),
            *("Share", "Georgia Eyes a Renewed US Partnership", "Advertisement", "  ", "Tags: a"),
        ]
    ),
    st.text(max_size=80),
)


def consecutive_joins(lines: list[str]) -> set[str]:
    """Every run of consecutive non-empty lines, joined with spaces."""
    joins: set[str] = set()
    for start in range(len(lines)):
        for end in range(start + 1, len(lines) + 1):
            if not lines[end - 1]:
                break
            joins.add(" ".join(lines[start:end]))
    return joins


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=12), st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]))
def test_body_only_holds_input_lines(lines: list[str], separator: str) -> None:
    raw = separator.join(lines)
    cleaned = clean_scraped_text(raw)
    normalised = [normalise_line(line) for line in raw.splitlines()]
    joins = consecutive_joins(normalised)
    for paragraph in filter(None, cleaned.text.split("\n\n")):
        assert paragraph in joins
    assert "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()
    if cleaned.title is not None:
        assert cleaned.title in joins
    assert clean_scraped_text(raw) == cleaned  # deterministic


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.none() | st.text(max_size=40))
def test_never_raises_on_arbitrary_text(raw: str, hint: str | None) -> None:
    cleaned = clean_scraped_text(raw, title_hint=hint)
    assert isinstance(cleaned.text, str)


def generated_page(rng: random.Random, words: list[str]) -> str:
    """A page of distinct prose (so no line repeats) between the usual debris."""

    def sentence(low: int, high: int) -> str:
        chosen = rng.choices(words, k=rng.randint(low, high))
        return " ".join(chosen).capitalize()

    paragraphs = [". ".join(sentence(8, 20) for _ in range(3)) + "." for _ in range(6)]
    title = sentence(5, 9).title()
    return "\n\n".join([title, "By Dana Whitcombe", *paragraphs, ENGLISH_PAGE.split(P3)[1]])


def test_one_megabyte_of_scraped_text_is_cleaned() -> None:
    """A megabyte of distinct pages between the usual debris is cleaned without error, its
    first article kept and the debris dropped. Its speed is a benchmark, measured as a ratio to
    a plain read of the same text (benchmarks/bench_cleaner.py), not a timed test."""
    rng = random.Random(7)
    words = " ".join([P1, P2, P3]).lower().replace(",", "").replace(".", "").split()
    pages: list[str] = []
    while sum(map(len, pages)) < 1_000_000:
        pages.append(generated_page(rng, words))
    cleaned = clean_scraped_text("\n\n".join(pages))
    debris = ENGLISH_PAGE.split(P3)[1].strip().splitlines()[0]
    assert debris not in cleaned.text
    assert pages[0].split("\n\n")[2] in cleaned.text


# --- whole-page text of the public extraction benchmark -----------------------------------------

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "ul",
        "ol",
        "table",
        "blockquote",
        "figure",
        "figcaption",
        "form",
        "main",
        "dd",
        "dt",
        "pre",
        "hr",
        "title",
    ]
)


def page_as_scraped_text(html: str) -> str:
    """All visible text of a page, one block element per line, as a naive scraper leaves it."""
    import lxml.html

    root = lxml.html.fromstring(html)
    for hidden in root.xpath("//script|//style|//noscript|//template|//svg|//head"):
        hidden.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


@pytest.mark.shared
def test_whole_page_text_of_the_extraction_benchmark() -> None:
    """Measured 0.902 F1 (raw page text 0.672); the floor leaves room for rule changes."""
    if not EXTRACTION.exists():
        pytest.skip(f"{EXTRACTION} is absent: the public evaluation data is not checked out")
    from crossroads.eval.extraction import iter_extraction_set, match_counts, summarise

    raw, cleaned = [], []
    for page in iter_extraction_set(EXTRACTION):
        text = page_as_scraped_text(page.html)
        raw.append(match_counts(page.truth, text))
        cleaned.append(match_counts(page.truth, clean_scraped_text(text).text))
    assert len(cleaned) == 181
    before, after = summarise(raw), summarise(cleaned)
    assert after["f1"] >= 0.88, after
    assert after["precision"] >= before["precision"] + 0.3, (before, after)


DATES = SEED.parents[1] / "data" / "dates"


@pytest.mark.shared
def test_published_dates_of_whole_page_text_of_the_dates_set() -> None:
    """Measured on the 200 pages (many languages): 87 right, 4 wrong, 109 without a date (the
    date is far from the headline, the language has no month file, or the body is missed).
    A found date is right 95.6% of the time; the floors leave room for rule changes."""
    if not DATES.exists():
        pytest.skip(f"{DATES} is absent: the public evaluation data is not checked out")
    truth = json.loads((DATES / "ground-truth.json").read_text(encoding="utf-8"))
    right = wrong = 0
    for item in truth.values():
        html = (DATES / "pages" / item["file"]).read_bytes().decode("utf-8", "replace")
        found = clean_scraped_text(page_as_scraped_text(html)).published
        right += found == item["date"]
        wrong += found is not None and found != item["date"]
    assert len(truth) == 200
    assert right >= 80, (right, wrong)
    assert right / (right + wrong) >= 0.92, (right, wrong)


def own_title(html: str) -> str | None:
    """The title a page declares (og:title, else <title>): the reference for the headline."""
    import lxml.html

    root = lxml.html.fromstring(html)
    for path in ("//meta[@property='og:title']/@content", "//title/text()"):
        found = [normalise_line(str(value)) for value in root.xpath(path)]
        if found and found[0]:
            return found[0]
    return None


@pytest.mark.shared
def test_titles_of_whole_page_text_agree_with_the_pages_own_titles() -> None:
    """On the 381 pages of both public sets, the headline found in whole-page text is (part
    of) the page's declared title on 109 of the 378 pages that declare one; the rules before
    the headline-closest-to-the-body rule found 35. Real pages defeat it in other ways (photo
    credits above the body, the wrong block taken for the body), hence the low floor."""
    if not (DATES.exists() and EXTRACTION.exists()):
        pytest.skip("../shared/data is absent: the public evaluation data is not checked out")
    from crossroads.eval.extraction import iter_extraction_set

    truth = json.loads((DATES / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [page.html for page in iter_extraction_set(EXTRACTION)] + [
        (DATES / "pages" / item["file"]).read_bytes().decode("utf-8", "replace")
        for item in truth.values()
    ]
    agree = declared = 0
    for html in pages:
        reference = own_title(html)
        if reference is None:
            continue
        declared += 1
        title = clean_scraped_text(page_as_scraped_text(html)).title
        agree += title is not None and title.casefold() in reference.casefold()
    assert declared == 378
    assert agree >= 95, agree
