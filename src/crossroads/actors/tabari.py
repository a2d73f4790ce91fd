"""Converting TABARI / PETRARCH dictionaries into crossroads user dictionaries.

The actors format: one actor per line, `PHRASE [CODE]`, words joined by `_` or spaces (a
trailing `_` asks for an exact word); `+SYNONYM` lines add synonyms to the actor above; code
blocks may follow on indented lines and may be date-restricted: `[CODE <YYMMDD]` (before),
`[CODE >YYMMDD]` (after), `[CODE D1-D2]` (between, inclusive), dates in 6 or 8 digits; `#`
starts a comment and `<!-- ... -->` blocks are comments. Codes are CAMEO codes: three letters
of country (or IGO/NGO) followed by three-letter sector codes. `---` is a null code.

The agents format: `PHRASE {PLURALS} [~CODE]` (or `[CODE~]`), `!SET! = A, B` substitution
sets; agents become role nouns (`kind: role`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from crossroads.actors.user import FIELDS

_COMMENT_BLOCK = re.compile(r"<!\s*--.*?-->", re.DOTALL)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_FUNCTION_WORDS = {"of", "the", "and", "for", "de", "del", "la", "le", "al", "el", "on", "in"}
_NULL_CODES = {"---", "+++", "###", ""}
_DATE = r"(\d{8}|\d{6})(?!\d)"
_BEFORE = re.compile(rf"<\s*{_DATE}")
_AFTER = re.compile(rf">\s*{_DATE}")
_RANGE = re.compile(rf"{_DATE}\s*-\s*{_DATE}")


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """One code of an actor, with the dates it applies between (to: exclusive)."""

    code: str
    valid_from: str = ""
    valid_to: str = ""


@dataclass
class TabariActor:
    phrase: str
    synonyms: list[str] = field(default_factory=list)
    blocks: list[CodeBlock] = field(default_factory=list)


def tabari_date(digits: str) -> date:
    """YYMMDD (years 50-99 are 19xx) or YYYYMMDD."""
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{1900 + year if year >= 50 else 2000 + year}{digits[2:]}"
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def parse_block(text: str) -> CodeBlock | None:
    """`HOBGOV 19950601 - 19990815` -> CodeBlock("HOBGOV", "1995-06-01", "1999-08-16")."""
    parts = text.split()
    code = parts[0].split("/")[0].upper() if parts else ""
    if code in _NULL_CODES or code.isdigit():
        return None
    rest = text[len(parts[0]) :]
    if m := _RANGE.search(rest):
        end = tabari_date(m.group(2)) + timedelta(days=1)
        return CodeBlock(code, tabari_date(m.group(1)).isoformat(), end.isoformat())
    if m := _BEFORE.search(rest):
        return CodeBlock(code, valid_to=tabari_date(m.group(1)).isoformat())
    if m := _AFTER.search(rest):
        return CodeBlock(code, valid_from=tabari_date(m.group(1)).isoformat())
    return CodeBlock(code)


def _lines(text: str) -> Iterator[str]:
    """Lines without comments (block and #), keeping leading whitespace."""
    for line in _COMMENT_BLOCK.sub("", text).splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield line


def parse_actors(text: str) -> list[TabariActor]:
    """The actors of a TABARI actors dictionary, in file order."""
    actors: list[TabariActor] = []
    for line in _lines(text):
        stripped = line.strip()
        blocks = [b for b in map(parse_block, _CODE_BLOCK.findall(stripped)) if b]
        head = _CODE_BLOCK.sub("", stripped).strip()
        if stripped.startswith("+") and actors:
            actors[-1].synonyms.append(head[1:].strip())
        elif stripped.startswith("[") and actors:
            actors[-1].blocks.extend(blocks)
        elif head:
            actors.append(TabariActor(head, blocks=blocks))
    return actors


def phrase_texts(phrase: str) -> list[str]:
    """How a capitalised TABARI phrase is written in text: `MINAS_TIRITH` -> ["Minas Tirith"].
    A short word may be an acronym (IMF, U.N.) or a word (NEW, SAM): the file cannot tell, so
    a phrase with one gives both spellings, `NEW_ZEALAND` -> ["New Zealand", "NEW Zealand"];
    a short word on its own is most likely an acronym, so its capitals come first (IMF)."""
    words = phrase.replace("_", " ").split()
    order = (True, False) if len(words) == 1 else (False, True)
    spellings = [" ".join(_word_text(w, keep_short=keep) for w in words) for keep in order]
    return list(dict.fromkeys(spellings))


def phrase_text(phrase: str) -> str:
    """The phrase as a name is usually written: `SAM_GAMGEE` -> "Sam Gamgee"."""
    return phrase_texts(phrase)[0]


def _word_text(word: str, *, keep_short: bool) -> str:
    if word.lower() in _FUNCTION_WORDS:
        return word.lower()  # lower case matches either case: "the Shire", "The Shire"
    if "." in word or (keep_short and len(word) <= 3):
        return word
    return word.capitalize()


def decode_code(code: str) -> tuple[str, str, str]:
    """A CAMEO code as (country, sector, org): ISRMIL -> (ISR, MIL, ''); IGOCOPITP -> ('', IGO,
    ITP): the organisation is the last three letters; NGO -> ('', NGO, '')."""
    head, tail = code[:3], code[3:]
    if head == "UNO":
        return "", "IGO", "UNO"
    if head in ("IGO", "NGO"):
        return "", head, tail[-3:]
    return head, tail[:3], ""


def actor_rows(actors: list[TabariActor]) -> Iterator[dict[str, str]]:
    """User-dictionary rows: one per code block (date restrictions become valid_from/to)."""
    for actor in actors:
        name, *variants = phrase_texts(actor.phrase)
        synonyms = [text for s in actor.synonyms if s for text in phrase_texts(s)]
        aliases = "|".join(variants + synonyms)
        for block in actor.blocks:
            country, sector, org = decode_code(block.code)
            row = dict.fromkeys(FIELDS, "")
            row.update(name=name, aliases=aliases, country=country, sector=sector, org=org)
            row.update(valid_from=block.valid_from, valid_to=block.valid_to)
            yield row


_SUBST = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")


def agent_rows(text: str) -> Iterator[dict[str, str]]:
    """Role rows from a TABARI agents dictionary: `TROOPS {} [~MIL]` -> troops, MIL."""
    sets: dict[str, list[str]] = {}
    for line in _lines(text):
        if m := _SUBST.match(line.strip()):
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
        elif m := _AGENT.match(line.strip()):
            code = m.group("code").replace("~", "").strip()[:3]
            if code in _NULL_CODES:
                continue
            for phrase in _expand(m.group("phrase"), sets):
                yield _role_row(phrase, m.group("plurals"), code)


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!(\w+)!", phrase)
    if m is None or m.group(1) not in sets:
        return [phrase]
    return [
        variant
        for word in sets[m.group(1)]
        for variant in _expand(phrase[: m.start()] + word + phrase[m.end() :], sets)
    ]


def _role_row(phrase: str, plurals: str | None, sector: str) -> dict[str, str]:
    noun = phrase.replace("_", " ").strip().lower()
    if plurals is None:
        forms = [plural_phrase(noun)] if plural_phrase(noun) != noun else []
    else:
        forms = [p.replace("_", " ").strip().lower() for p in plurals.split(",") if p.strip()]
    row = dict.fromkeys(FIELDS, "")
    row.update(name=noun, aliases="|".join(forms), sector=sector, kind="role")
    return row


def plural(word: str) -> str:
    """The regular English plural TABARI forms for an agent without explicit plurals."""
    if word.endswith(("men", "people", "police", "s")) and not word.endswith("ss"):
        return word
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural_phrase(noun: str) -> str:
    """Pluralise the head: the word before "of" ("ministers of ..."), else the last word."""
    words = noun.split()
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    words[head] = plural(words[head])
    return " ".join(words)


def convert(actors_path: Path, agents_path: Path | None = None) -> list[dict[str, str]]:
    """The user-dictionary rows of a TABARI actors file (and its agents file, if given)."""
    rows = list(actor_rows(parse_actors(_read(actors_path))))
    if agents_path is not None:
        rows.extend(agent_rows(_read(agents_path)))
    return rows


def _read(path: Path) -> str:
    """TABARI files predate UTF-8 habits: undecodable bytes become U+FFFD, not a crash."""
    return path.read_text(encoding="utf-8", errors="replace")


def write_tsv(rows: list[dict[str, str]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        handle.write("# Converted from a TABARI dictionary by `crossroads actors import-tabari`.\n")
        handle.write("\t".join(FIELDS) + "\n")
        for row in rows:
            handle.write("\t".join(row.get(key, "").replace("\t", " ") for key in FIELDS) + "\n")
