"""Turning mentions into actors: named entities, compounds, titles and possessives.

A mention is the longest dictionary phrase at a word boundary (a country, a demonym, a capital
or seat of government, a region, an organisation, a person), extended to the right by a
possessive and a chain of role nouns ("Russia's Foreign Ministry spokesperson Maria X"), or to
the left by a title ("President Putin", "the President of Russia"). The role decides the sector,
the phrase the country or organisation, the article's date the person holding an office.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass

from crossroads.actors import surnames
from crossroads.actors.entries import Entry, Role
from crossroads.actors.fuzzy import MIN_WORD
from crossroads.actors.gazetteer import DATA_DIR, Gazetteer, default_gazetteer, read_tsv
from crossroads.actors.text import TOKEN_RE, Token, case_matches, fold, phrase_key
from crossroads.model import Actor

MAX_NAME_WORDS = 3
MAX_MODIFIERS = 3
# A former (or future) office holder named in an article: CAMEO's "elite" sector.
FORMER_HOLDER_SECTOR = "ELI"
# The leaders, chiefs or officials of an ethnic or religious people hold no state office: elite.
PEOPLE_LEADERS_SECTOR = "ELI"
# Kinds whose one-word names are also given names or surnames ("Virginia", "Karen", "Jos").
NAME_LIKE_KINDS = ("person", "place", "people")
# Kinds that name a state or a place: they win over a person of the same country so called.
PLACE_KINDS = ("country", "capital", "seat", "region", "place")
# Sectors of roles that cannot serve a role holder ("the president's national security adviser"
# is no citizen; "states" are no one's): a possessed role of these sectors ends no mention.
SUBORDINATE_NOT = (None, "CVL")
FALLBACK_OFFICES = {"head_state": ("leader",), "head_gov": ("leader",), "leader": ("head_state",)}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text: `text[start:end]` is the mention.

    `is_capital` marks a capital or seat of government standing for its government ("Moscow
    said"); `locative` marks one that follows a place preposition ("in Moscow"), which an event
    coder will usually read as a place, not an actor.
    """

    text: str
    start: int
    end: int
    actor: Actor
    kind: str
    person: str | None = None
    role: str | None = None
    is_capital: bool = False
    locative: bool = False


# What may stand between two words of one phrase: up to two spaces, hyphens or apostrophes.
_GLUE_GAPS = frozenset(
    "".join(chars) for n in range(3) for chars in itertools.product(" \u00a0-'’", repeat=n)
)


def glue_gaps(text: str, tokens: list[Token]) -> list[bool]:
    """Whether each token and the next belong to one phrase: only a space or a hyphen between,
    or the dot of an abbreviated title before a name ("Sen. Ann Ross", `_title_dot`)."""
    return [
        (gap := text[a.end : b.start]) in _GLUE_GAPS or _title_dot(gap, a.key, b.text)
        for a, b in itertools.pairwise(tokens)
    ]


def _title_dot(gap: str, key: str, after: str) -> bool:
    """ "Sen. Ann", "Rep. of": an abbreviated title (abbreviations.tsv) and the capitalised
    word or "of" after its dot are one phrase."""
    return (
        gap == ". "
        and key in _TITLE_ABBREVIATIONS
        and (after[:1].isupper() or after.lower() == "of")
    )


_TITLE_ABBREVIATIONS = frozenset(
    row["abbreviation"] for row in read_tsv(DATA_DIR / "abbreviations.tsv")
)


@dataclass(frozen=True, slots=True)
class _Span:
    """A matched stretch of tokens [i, j) and what it names."""

    i: int
    j: int
    entry: Entry


class Scanner:
    """One pass over one text: tokens, which neighbours are glued, and the matchers."""

    def __init__(self, text: str, gaz: Gazetteer, date: str | None) -> None:
        self.text = text
        self.gaz = gaz
        self.date = date
        self.tokens: list[Token] = []
        self.glued: list[bool] = []  # token k and k+1 belong to one phrase
        self.keys: list[str] = []
        self.role_marks: list[bool] = []  # a role noun may start here
        self.openers: list[int] = []  # a mention may start here
        self._read_tokens()
        # Memos: find_actors asks the same questions of a token from several starting points.
        self.phrases: dict[tuple[int, bool, bool], _Span | None] = {}
        self.phrase_ends: dict[int, list[tuple[int, str]]] = {}
        self.role_ends: dict[int, tuple[int, Role] | None] = {}
        self.chains: dict[int, tuple[int, Role | None, int]] = {}

    def _read_tokens(self) -> None:
        """One pass over the text (the tokens of `text.tokenize`): each token, its key, whether
        it is glued to the one before, whether a role noun may start at it, and whether a
        mention may (a phrase's first word, a role noun, or a word a title may open with: a
        modifier, a capitalised word). Most tokens are none, and the scan skips them."""
        text, gaz, make = self.text, self.gaz, tuple.__new__
        starts, role_starts, modifiers = gaz.starts, gaz.role_starts, gaz.words["modifier"]
        plural, end = self.plural_role, -1
        for match in TOKEN_RE.finditer(text):
            word = match.group()
            start, stop = match.span()
            key = fold(word)
            if end >= 0:
                gap = text[end:start]
                self.glued.append(gap in _GLUE_GAPS or _title_dot(gap, self.keys[-1], word))
            role = key in role_starts or plural(key) or key in gaz.abbreviations
            if role or key in starts or word[:1].isupper() or key in modifiers:
                self.openers.append(len(self.tokens))
            self.tokens.append(make(Token, (key, word, start, stop)))
            self.keys.append(key)
            self.role_marks.append(role)
            end = stop

    def _abbreviated(self, i: int) -> bool:
        """Whether token i is a title's abbreviation ("Sen. Ann Ross", "Sen. of Arizona"): a
        dot glued to a name or "of" after it (`_title_dot`), or ending the text (a speaker's
        role words "Sen."); not the end of a listed name ("Hun Sen.") nor one after an unknown
        capitalised word ("Amartya Sen.")."""
        token = self.tokens[i]
        if i + 1 < len(self.tokens):
            if not self.glued[i] or self.text[token.end : token.end + 1] != ".":
                return False
        elif self.text[token.end :].strip() != ".":
            return False
        if i == 0 or not self.glued[i - 1]:
            return True
        before, gaz = self.keys[i - 1], self.gaz
        if f"{before} {self.keys[i]}" in gaz.prefixes:
            return False
        known = before in gaz.starts or before in gaz.role_starts or before in gaz.words["modifier"]
        return known or not self.tokens[i - 1].text[:1].isupper()

    def run_end(self, i: int, limit: int) -> int:
        """The end (exclusive) of the glued run starting at i, at most `limit` tokens."""
        j = i + 1
        while j < len(self.tokens) and j - i < limit and self.glued[j - 1]:
            j += 1
        return j

    def surface(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start : self.tokens[j - 1].end]

    def phrase_at(
        self, i: int, *, persons_only: bool = False, inside_name: bool = False
    ) -> _Span | None:
        """The longest dictionary phrase starting at token i, valid on the date.

        `inside_name`: the phrase ends a longer name after a title ("President Yoweri
        Museveni"), so the words before it do not make it someone else."""
        key = self.keys[i]
        if key not in self.gaz.starts:
            return None if persons_only or len(key) < MIN_WORD else self.misspelt_at(i)
        memo = (i, persons_only, inside_name)
        if memo not in self.phrases:
            self.phrases[memo] = self._longest_phrase(i, persons_only, inside_name)
        return self.phrases[memo]

    def misspelt_at(self, i: int) -> _Span | None:
        """A capitalised word one edit from a country name or demonym ("Ethopia"), standing
        alone: not glued to another name word ("Jordon Smith" is a person)."""
        token = self.tokens[i]
        if len(token.key) < MIN_WORD or not token.text[:1].isupper():
            return None
        entry = self.gaz.misspelt(token.key)
        if entry is None or self._in_longer_name(i):
            return None
        return _Span(i, i + 1, entry)

    def _in_longer_name(self, i: int) -> bool:
        after = i + 1 < len(self.tokens) and self.glued[i] and self._is_name_word(i + 1)
        k = i - 1
        before = k >= 0 and self.glued[k] and self._is_name_word(k) and not self._starts_sentence(k)
        return after or before

    def phrase_keys(self, i: int) -> list[tuple[int, str]]:
        """The dictionary phrases starting at token i as (end, key), shortest first: a walk
        along the glued run that stops where the words begin no phrase (`Gazetteer.prefixes`)."""
        found = self.phrase_ends.get(i)
        if found is not None:
            return found
        keys, glued, gaz = self.keys, self.glued, self.gaz
        key, j = keys[i], i + 1
        found = [(j, key)] if gaz.phrases.get(key) else []
        limit = min(len(keys), i + gaz.max_phrase)
        while j < limit and glued[j - 1]:
            key = f"{key} {keys[j]}"
            if key not in gaz.prefixes:
                break
            j += 1
            if gaz.phrases.get(key):
                found.append((j, key))
        self.phrase_ends[i] = found
        return found

    def _longest_phrase(self, i: int, persons_only: bool, inside_name: bool) -> _Span | None:
        for j, key in reversed(self.phrase_keys(i)):
            entries = self.gaz.phrases[key]
            surface = tuple(t.text for t in self.tokens[i:j])
            fitting = [e for e in entries if case_matches(e.form, surface)]
            if persons_only:
                fitting = [e for e in fitting if e.kind == "person"]
            if j - i == 1 and self.keys[i] in self.gaz.words["notname"]:
                fitting = [e for e in fitting if e.kind != "person"]
            entry = choose_entry(fitting, self.date)
            if entry is not None and (inside_name or not self._part_of_longer_name(i, j, entry)):
                return _Span(i, j, entry)
        return None

    def _part_of_longer_name(self, i: int, j: int, entry: Entry) -> bool:
        """A one-word person, place or people match inside a longer unknown name: "Omar" of
        "Omar Hassan al-Bashir", "Francois" of "Francois Mitterand" are not the leaders so
        called, "Virginia" of "Virginia Raggi" no US state, "Karen" of "Karen Bass" no people."""
        if entry.kind not in NAME_LIKE_KINDS or j - i > 1:
            return False
        if j < len(self.tokens) and self.glued[j - 1] and self._name_goes_on(j):
            return True
        if entry.kind == "person" and self._hyphenated_after_word(i):
            return True
        k = i - 1
        return k >= 0 and self.glued[k] and self._is_name_word(k) and not self._starts_sentence(k)

    def _name_goes_on(self, j: int) -> bool:
        """A name word at j, or a particle glued to one ("Omar al-Bashir": "Omar" is no leader
        of his own)."""
        particles = self.gaz.words["particle"]
        while j + 1 < len(self.tokens) and self.keys[j] in particles and self.glued[j]:
            j += 1
        return self._is_name_word(j)

    def _hyphenated_after_word(self, i: int) -> bool:
        """A name hyphenated to the word before it is the end of a compound name: "Mustafa"
        of "Shan-e-Mustafa" is not the person Mustafa ("pro-", "anti-" excepted)."""
        k = i - 1
        if k < 0 or self.text[self.tokens[k].end : self.tokens[i].start] != "-":
            return False
        return self.tokens[k].text.isalpha() and self.keys[k] not in self.gaz.words["stance"]

    def _is_name_word(self, k: int) -> bool:
        """A capitalised word that is neither a title, an honorific nor a modifier ("Chechen
        Islamist rebels": "Islamist" makes "Chechen" no part of a longer name)."""
        token = self.tokens[k]
        return (
            token.text[:1].isupper()
            and token.key not in self.gaz.roles
            and token.key not in self.gaz.words["honorific"]
            and token.key not in self.gaz.words["modifier"]
            and not (token.key in self.gaz.abbreviations and self._abbreviated(k))
        )

    def _starts_sentence(self, k: int) -> bool:
        if k == 0:
            return True
        gap = self.text[self.tokens[k - 1].end : self.tokens[k].start]
        return any(c in gap for c in '.!?\n"“:;')

    def role_at(self, i: int) -> tuple[int, Role] | None:
        """The longest role noun starting at token i, and where it ends."""
        if not self.role_marks[i]:
            return None
        if i not in self.role_ends:
            self.role_ends[i] = self._longest_role(i)
        return self.role_ends[i]

    def _stance(self, i: int, j: int) -> bool:
        """A role noun that also names a stance, used as the stance: "voiced opposition to the
        deal", "its firm opposition to the plan", "opposition research" (`stance_noun`, and
        `stance_next` after it in words.tsv). Before "to", "the" opening the phrase ("the
        opposition to respect the truce", "urged the Syrian opposition to attend") keeps the
        actor: there the text may name the party (`stance_keeps`)."""
        words = self.gaz.words
        if j >= len(self.keys) or self.keys[j - 1] not in words["stance_noun"]:
            return False
        if not self.glued[j - 1] or self.keys[j] not in words["stance_next"]:
            return False
        if self.keys[j] not in words["stance_object"]:
            return True  # "opposition research": a kind of research, no party
        start = i
        while start > 0 and i - start < MAX_MODIFIERS and self.glued[start - 1]:
            start -= 1
        return not any(key in words["stance_keeps"] for key in self.keys[start:i])

    def plural_role(self, key: str) -> bool:
        """A regular plural of a one-word role ("officials", "rebels")."""
        return key[-1] == "s" and len(key) > 3 and key[:-1] in self.gaz.roles

    def _longest_role(self, i: int) -> tuple[int, Role] | None:
        title = self.gaz.abbreviations.get(self.keys[i])
        if title is not None and self._abbreviated(i):
            return i + 1, self.gaz.roles[title]  # "Sen." is a senator
        for j in range(self.run_end(i, self.gaz.max_role), i, -1):
            role = self.gaz.roles.get(" ".join(self.keys[i:j]))
            if role is not None:
                return None if self._stance(i, j) else (j, role)
        key = self.keys[i]
        if key.endswith("s") and len(key) > 3:
            role = self.gaz.roles.get(key[:-1])
            if role is not None:
                return i + 1, role
        return None


def choose_entry(entries: list[Entry], date: str | None) -> Entry | None:
    """The sense of an ambiguous phrase: the one valid on the date, if they agree on who.

    "Johnson" without a date names presidents and prime ministers of several countries: no
    actor. A country or place whose name is also a surname of its own leader stays the place
    ("Nepal" is not Prime Minister Madhav Kumar Nepal). A person named outside their term is
    still their country's, as a former holder.
    """
    if not entries:
        return None
    valid = [e for e in entries if e.valid_on(date)]
    if len(valid) == 1:
        return valid[0]  # the common case: one sense
    if not valid:
        former = [e for e in entries if e.kind == "person"]
        if len({(e.country, e.org) for e in former}) != 1:
            return None
        latest = max(former, key=lambda e: e.valid_from or "")
        return dataclasses.replace(latest, sector=FORMER_HOLDER_SECTOR, office=None)
    if len({e.name for e in valid}) == 1:
        valid = [e for e in valid if e.valid_from or e.valid_to] or valid
    if len({(e.country, e.org) for e in valid}) == 1:
        places = [e for e in valid if e.kind in PLACE_KINDS] or valid
        return max(places, key=lambda e: e.valid_from or "")
    return next((e for e in valid if e.kind != "person"), None)


def office_holder(
    gaz: Gazetteer, holder: str | None, office: str | None, date: str | None
) -> Entry | None:
    """Who held `office` of a country or organisation on `date` (today when no date)."""
    if holder is None or office is None:
        return None
    for name in (office, *FALLBACK_OFFICES.get(office, ())):
        holders = gaz.office_holders(holder, name)
        current = [e for e in holders if e.valid_on(date) and (date or not e.valid_to)]
        if current:
            return current[-1]
    return None


def role_sector(role_noun: str, *, gazetteer: Gazetteer | None = None) -> str | None:
    """The sector a role noun gives its actor: "spokesperson" GOV, "troops" MIL, "rebels" REB."""
    gaz = gazetteer or default_gazetteer()
    role = gaz.role(role_noun)
    if role is None and role_noun.lower().endswith("s"):
        role = gaz.role(role_noun[:-1])
    return None if role is None else role.sector


def compose(base: Entry, role: Role | None, gaz: Gazetteer) -> Actor:
    """The actor of a phrase and the role noun attached to it.

    A role of government keeps a seat's or an organisation's own sector ("Pentagon
    spokesperson" stays MIL, "UN envoy" IGO); any other role sets the sector ("NATO troops",
    "Moscow police"), and any role a people's ("Yoruba rebels" REB, not CVL), except that a
    people's leaders are its elite, not a government ("Yoruba leaders" ELI); "states",
    "countries" name the state itself, as a bare country does.
    """
    actor = base.actor
    if role is None:
        return actor
    if base.kind == "people" and role.sector == "GOV":
        sector: str | None = PEOPLE_LEADERS_SECTOR
    elif role.sector is None:
        sector = base.sector if base.kind in ("capital", "seat", "org") else None
    elif role.sector == "GOV" and base.sector is not None and base.kind != "people":
        sector = base.sector
    else:
        sector = role.sector
    return dataclasses.replace(actor, sector=sector)


@dataclass(frozen=True, slots=True)
class _Chain:
    """What follows a phrase: the last role noun, a name, and where the mention ends."""

    end: int
    role: Role | None = None
    role_text: str | None = None
    person: _Span | None = None
    name: str | None = None


def _role_chain(sc: Scanner, k: int) -> tuple[int, Role | None, int]:
    """Role nouns (and modifiers among them) from token k: (end, last role, chain start)."""
    if not any(sc.role_marks[k : k + MAX_MODIFIERS + 1]):
        return k, None, k  # the first role noun of a chain comes after at most 3 modifiers
    found = sc.chains.get(k)
    if found is None:
        found = sc.chains[k] = _scan_role_chain(sc, k)
    return found


def _scan_role_chain(sc: Scanner, k: int) -> tuple[int, Role | None, int]:
    end, last, first, mods = k, None, -1, 0
    m = k
    while m < len(sc.tokens) and (m == k or sc.glued[m - 1]):
        found = sc.role_at(m)
        if found is not None:
            first = m - mods if first < 0 else first
            m, role = found
            last = _narrower(last, role)
            end, mods = m, 0
        elif mods < MAX_MODIFIERS and _is_modifier(sc, m):
            m, mods = m + 1, mods + 1
        else:
            break
    return end, last, max(first, k)


def _is_modifier(sc: Scanner, m: int) -> bool:
    """A word that may stand inside a title: a listed modifier ("senior", "vice"), or a
    capitalised word that names no actor ("Serbian Labour Minister", "Planning Minister")."""
    if sc.keys[m] in sc.gaz.words["modifier"]:
        return True
    return (
        sc.tokens[m].text[:1].isupper()
        and sc.keys[m] not in sc.gaz.words["notname"]
        and sc.keys[m] not in sc.gaz.words["determiner"]  # "An MSF diplomat", "The Ruritanian"
        and sc.keys[m] != "'s"
        and sc.phrase_at(m) is None
    )


def _narrower(before: Role | None, role: Role) -> Role:
    """A generic government role after a specific one keeps the specific sector: "rebel
    leaders" are REB, "police spokesman" COP, "military commanders" MIL."""
    if before is None or role.sector != "GOV" or before.sector in (None, "GOV"):
        return role
    return Role(f"{before.phrase} {role.phrase}", before.sector, None, role.takes_name)


def _name_after(sc: Scanner, k: int) -> tuple[int, _Span | None, str | None]:
    """A person after a title: a dictionary person, or up to three capitalised words, with
    the particles between them ("Omar Hassan al-Bashir", "Ursula von der Leyen")."""
    if k >= len(sc.tokens) or (k > 0 and not sc.glued[k - 1]):
        return k, None, None
    return _name_at(sc, k)


def _name_at(sc: Scanner, k: int) -> tuple[int, _Span | None, str | None]:
    """A dictionary person, or up to three name words, from token k."""
    span = sc.phrase_at(k, persons_only=True)
    if span is not None:
        return span.j, span, None
    j, words = k, 0
    while j < len(sc.tokens) and words < MAX_NAME_WORDS and (j == k or sc.glued[j - 1]):
        if _is_name_word(sc, j):
            words += 1
        elif j == k or not _particle_in_name(sc, j):
            break
        j += 1
    if j == k:
        return k, None, None
    for s in range(k + 1, j):
        known = sc.phrase_at(s, persons_only=True, inside_name=True)
        if known is not None and known.j == j:
            entry = _named_person(sc, k, known)
            return (j, _Span(k, j, entry), None) if entry else (j, None, sc.surface(k, j))
    return j, None, sc.surface(k, j)


def _named_person(sc: Scanner, k: int, known: _Span) -> Entry | None:
    """The person a longer name ending in a known surname names: among the senses of the
    surname, those whose given names fit the name's first word ("Andreas Papandreou" is
    A. Papandreou, not G.; "Aftab Ahmad Khan" is no Imran Khan)."""
    key = " ".join(sc.keys[known.i : known.j])
    senses = [e for e in sc.gaz.phrases.get(key, ()) if e.kind == "person"]
    particles = sc.gaz.words["particle"]
    fitting = [e for e in senses if _given_name_fits(sc.keys[k], e, particles)]
    return choose_entry(fitting, sc.date)


def _given_name_fits(first: str, person: Entry, particles: set[str]) -> bool:
    """Whether a name's first word fits a person: a given name of theirs, an initial of one, or
    any word for a person the dictionary knows only by a surname ("Museveni", "Al-Bashir")."""
    form = set(map(fold, TOKEN_RE.findall(person.form))) | particles
    given = [w for w in map(fold, TOKEN_RE.findall(person.name)) if w not in form]
    first = first.rstrip(".")
    if not given or first in given:
        return True
    return any(len(w) == 1 and first[:1] == w for w in given) or (
        len(first) == 1 and any(w.startswith(first) for w in given)
    )


def _particle_in_name(sc: Scanner, j: int) -> bool:
    """A lower-case particle followed, in the same run, by particles and a name word."""
    while j < len(sc.tokens) and sc.keys[j] in sc.gaz.words["particle"]:
        if not (j + 1 < len(sc.tokens) and sc.glued[j]):
            return False
        j += 1
    return j < len(sc.tokens) and _is_name_word(sc, j)


def _is_name_word(sc: Scanner, j: int) -> bool:
    return sc.keys[j] != "'s" and sc._is_name_word(j) and sc.keys[j] not in sc.gaz.words["notname"]


def _extend(sc: Scanner, j: int) -> _Chain:
    """Possessive, role chain and name after a phrase ending at token j."""
    k = j
    if k < len(sc.tokens) and sc.keys[k] == "'s" and sc.tokens[k].start == sc.tokens[k - 1].end:
        k += 1
    if k < len(sc.tokens) and k > 0 and not sc.glued[k - 1]:
        return _Chain(j)
    end, role, role_start = _role_chain(sc, k)
    if role is None:
        person_end, person, _ = _name_after(sc, k) if k > j else (k, None, None)
        return _Chain(person_end, person=person) if person else _Chain(j)
    chain = _role_and_name(sc, role_start, end, role)
    return _possessed_role(sc, chain) or chain


def _role_and_name(sc: Scanner, start: int, end: int, role: Role) -> _Chain:
    """A role chain from `start` to `end` and the name that may follow it."""
    role_text = sc.surface(start, end)
    if not role.takes_name:
        return _Chain(end, role, role_text)
    name_end, person, name = _name_after(sc, end)
    return _Chain(name_end, role, role_text, person, name)


def _possessed_role(sc: Scanner, chain: _Chain) -> _Chain | None:
    """A role of the role holder: "the Russian president's spokesman", "US President Sam
    Ford's national security adviser Kim Dale" are Russia's and the United States' spokesman
    and adviser, not the president; the mention ends at the second role (and its name)."""
    k = chain.end
    if k + 1 >= len(sc.tokens) or sc.keys[k] != "'s" or sc.tokens[k].start != sc.tokens[k - 1].end:
        return None
    if not sc.glued[k]:
        return None
    end, role, start = _role_chain(sc, k + 1)
    if role is None or start != k + 1 or role.sector in SUBORDINATE_NOT:
        return None
    return _role_and_name(sc, start, end, role)


def _mention(
    sc: Scanner, i: int, end: int, actor: Actor, base: Entry, chain: _Chain
) -> ActorMention:
    person = chain.person.entry.name if chain.person else chain.name
    if base.kind == "person" and chain.role is None:
        person = base.name  # "Putin's spokesman" names no person; "Putin" does
    return ActorMention(
        text=sc.surface(i, end),
        start=sc.tokens[i].start,
        end=sc.tokens[end - 1].end,
        actor=actor,
        kind=base.kind,
        person=person,
        role=chain.role_text,
        is_capital=base.is_capital,
        locative=_is_locative(sc, i),
    )


def _is_locative(sc: Scanner, i: int) -> bool:
    """Whether a place preposition precedes token i ("in Moscow", "at the Kremlin")."""
    k = i - 1
    if k >= 0 and sc.keys[k] == "the":
        k -= 1
    return k >= 0 and sc.keys[k] in sc.gaz.words["locative"]


def _actor_of(sc: Scanner, base: Entry, chain: _Chain) -> Actor:
    """The actor of a phrase with its chain: a named person, an office holder, or the body."""
    person = chain.person.entry if chain.person is not None else None
    if (person is not None and base.kind in ("person", "actor")) or (
        person and _same_body(base, person)
    ):
        return person.actor
    actor = compose(base, chain.role, sc.gaz)
    if chain.role is not None and chain.name is None and _holds_offices(sc, base):
        holder = office_holder(sc.gaz, base.country or base.org, chain.role.office, sc.date)
        if holder is not None:
            return dataclasses.replace(holder.actor, sector=actor.sector)
    if chain.role is not None and base.kind == "person":
        return _named_as_body(actor, sc.gaz)
    return actor


def _holds_offices(sc: Scanner, base: Entry) -> bool:
    """Whether a role after the phrase may name the office holder of the day: after a body
    ("the Russian foreign minister"), or after a person in office ("Putin's foreign minister"
    is his foreign minister of the day; "Obama's defence secretary" in 2018 is not today's)."""
    if base.kind != "person":
        return True
    return base.sector != FORMER_HOLDER_SECTOR and base.valid_on(sc.date)


def _named_as_body(actor: Actor, gaz: Gazetteer) -> Actor:
    """A role a person holds sway over is not that person: "Putin's spokesman", "the Trump
    administration" are Russia's and the United States' (codes unchanged), never named Putin
    or Trump; the office holder is named when the role is an office (above)."""
    code = actor.org or actor.country
    return dataclasses.replace(actor, name=gaz.names.get(code or "", actor.name))


def _same_body(base: Entry, person: Entry) -> bool:
    """Whether a named person belongs to the country or organisation named before them; when
    not ("German Foreign Minister Jan F." is not the Czech leader F.), the text's country wins."""
    return (base.country or base.org) in (person.country, person.org)


def _phrase_first(sc: Scanner, i: int) -> tuple[ActorMention, Entry, _Chain] | None:
    """A mention that starts with a dictionary phrase: "Russia's Foreign Ministry"."""
    span = sc.phrase_at(i)
    if span is None or _yields_to_next(sc, span) or _after_stance_prefix(sc, i):
        return None
    if _before_backer_suffix(sc, span.j):
        return _backed_group(sc, i, span.j + 1)
    if _located_only(sc, span.j):
        return None
    if _inside_role(sc, span) or _topic_of_role(sc, span) or _relation_of(sc, span):
        return None
    span = _national_section(sc, _as_nation(sc, span))
    chain = _extend(sc, span.j)
    actor = _actor_of(sc, span.entry, chain)
    return _mention(sc, i, chain.end, actor, span.entry, chain), span.entry, chain


def _topic_of_role(sc: Scanner, span: _Span) -> bool:
    """ "China expert Gordon X", "Iran hawks", "Russia analysts": a country's or region's name
    before a role of study or stance (`topic_role` in words.tsv) is what the person watches,
    not whom the person serves; the demonym still names a nationality ("a Chinese expert")."""
    if span.entry.kind not in ("country", "region") or span.j >= len(sc.tokens):
        return False
    return sc.glued[span.j - 1] and sc.keys[span.j] in sc.gaz.words["topic_role"]


def _relation_of(sc: Scanner, span: _Span) -> bool:
    """ "a US ally", "America's allies", "Washington's partners", "Syria's close ally": a
    state's name or seat, possessive or not, before a noun of relation (`relation_role` in
    words.tsv, after at most two `relation_modifier` words) names the other party, not the
    actor. Demonyms name the ally's own nation ("European allies"), and an organisation's
    allies are its members ("NATO allies"): both stay."""
    if span.entry.kind not in ("country", "capital", "region"):
        return False
    words, k = sc.gaz.words, span.j
    if k < len(sc.keys) and sc.keys[k] == "'s":
        k += 1
    skipped = 0
    while k < len(sc.keys) and skipped < 2 and sc.keys[k] in words["relation_modifier"]:
        k, skipped = k + 1, skipped + 1
    if k >= len(sc.keys) or not all(sc.glued[span.j - 1 : k]):
        return False
    return sc.keys[k] in words["relation_role"]


def _as_nation(sc: Scanner, span: _Span) -> _Span:
    """ "The Iranians said", "the French have refused": a nation's plural after "the" is the
    nation acting, coded as the bare country like "the French" (CAMEO codes a national plural as
    the country), not its civilians; "Iranians protested", "thousands of Iranians", "the
    Americans who were held" (`people_after` in words.tsv), "releasing the Americans"
    (`people_before`) stay civilians, and so does an ethnic people ("the Yoruba")."""
    entry = span.entry
    if entry.kind != "people" or entry.sector is None or not _is_national(sc.gaz, entry):
        return span
    k = span.i - 1
    if k < 0 or sc.keys[k] != "the" or not sc.glued[k]:
        return span
    if k > 0 and sc.glued[k - 1] and sc.keys[k - 1] in sc.gaz.words["people_before"]:
        return span  # "releasing the Americans": captives, not the nation
    j = span.j
    if j < len(sc.tokens) and sc.glued[j - 1] and sc.keys[j] in sc.gaz.words["people_after"]:
        return span
    if j < len(sc.tokens) and sc.glued[j - 1] and sc.role_at(j) is not None:
        return span  # "the Iranians negotiators": a role decides
    return _Span(span.i, span.j, dataclasses.replace(entry, sector=None))


def _is_national(gaz: Gazetteer, entry: Entry) -> bool:
    """A country's people (a demonym's plural: "Iranians"), not an ethnic group ("Yoruba")."""
    return entry.country is not None and entry.name == gaz.names.get(entry.country)


def _inside_role(sc: Scanner, span: _Span) -> bool:
    """A phrase that ends a longer role noun glued before it is part of that role: "Security
    Council" of "the National Security Council" is no UN body (roles.tsv)."""
    b = span.i - 1
    while b >= 0 and span.i - b <= 2 and sc.glued[b]:
        role = sc.role_at(b)
        if role is not None and role[0] >= span.j:
            return True
        b -= 1
    return False


def _national_section(sc: Scanner, span: _Span) -> _Span:
    """A non-governmental organisation's name followed by a country's is its national section
    ("MSF Belgium", "Oxfam America", "Amnesty International Kenya"): the NGO, of that country."""
    entry, j = span.entry, span.j
    if entry.kind != "org" or entry.sector != "NGO" or j >= len(sc.tokens) or not sc.glued[j - 1]:
        return span
    country = sc.phrase_at(j)
    if country is None or not _is_state(country.entry):
        return span
    section = dataclasses.replace(entry, country=country.entry.country)
    return _Span(span.i, country.j, section)


def _is_state(entry: Entry) -> bool:
    """A country, or a dictionary actor coded as a bare country (a TABARI "ARNOR [ARN]")."""
    if entry.kind == "country":
        return True
    return entry.kind == "actor" and bool(entry.country) and not (entry.sector or entry.org)


def _after_stance_prefix(sc: Scanner, i: int) -> bool:
    """ "pro-Iranian Hizbollah", "anti-Russian protesters": the country is a stance, not the
    actor."""
    return (
        i > 0
        and sc.keys[i - 1] in sc.gaz.words["stance"]
        and sc.text[sc.tokens[i - 1].end : sc.tokens[i].start] == "-"
    )


def _before_backer_suffix(sc: Scanner, j: int) -> bool:
    """ "Iranian-backed militia", "Saudi-funded", "Kremlin-aligned": a country (or any actor)
    hyphened to a word of backing (`backer` in words.tsv) is the backer, not the actor."""
    return _hyphened_to(sc, j, "backer")


def _located_only(sc: Scanner, j: int) -> bool:
    """ "the Britain-based Syrian Observatory", "Lebanon-based Hezbollah", "the Vienna-based
    U.N. agency": a place hyphened to a word of location (`location_suffix` in words.tsv)
    before a named group or organisation says where that actor sits, not who it is. Before
    anything else it stays: "a London-based lawyer" is most often British, and "US-based
    Israel advocacy groups" are American."""
    if not _hyphened_to(sc, j, "location_suffix") or j + 1 >= len(sc.tokens) or not sc.glued[j]:
        return False
    span = sc.phrase_at(j + 1)
    return span is not None and span.entry.kind in ("actor", "org")


def _hyphened_to(sc: Scanner, j: int, word_class: str) -> bool:
    """Whether the phrase ending before token j is hyphened to a word of `word_class`."""
    return (
        j < len(sc.tokens)
        and sc.keys[j] in sc.gaz.words[word_class]
        and sc.text[sc.tokens[j - 1].end : sc.tokens[j].start] in ("-", "\u2010", "\u2011")
    )


def _backed_group(sc: Scanner, i: int, k: int) -> _Match | None:
    """The actor a backer's phrase modifies: the role after it, of the place an "in/of" phrase
    names ("Iranian-backed militias in Iraq": Iraq's REB) or, with none, a group of the role's
    sector and no country ("an Iranian-backed militia": REB; CAMEO codes a militia by where it
    is, never by its sponsor). A name after it is found on its own ("Iran-backed Houthi
    rebels"); no role, no actor."""
    end, role, start = _role_chain(sc, k) if k < len(sc.tokens) else (k, None, k)
    if role is None or start != k:
        return None
    if end < len(sc.tokens) and sc.glued[end - 1] and sc.keys[end] in sc.gaz.words["of"]:
        placed = _role_of(sc, i, end, role)
        if placed is not None:
            return placed
    if role.sector is None:
        return None  # "US-allied states": states of no named country are no actor
    return _group_mention(sc, i, _Chain(end, role, sc.surface(k, end)))


def _yields_to_next(sc: Scanner, span: _Span) -> bool:
    """A match that gives way to a longer or more specific one just after it: "the West" in
    "the West Bank", "Western" in "Western Cambodia" (a part of a country, not the West)."""
    if sc.keys[span.i] == "the" and span.i + 1 < len(sc.tokens):
        later = sc.phrase_at(span.i + 1)
        if later is not None and later.j > span.j:
            return True
    entry = span.entry
    if entry.kind != "adjective" or entry.country not in sc.gaz.regions:
        return False
    if span.j >= len(sc.tokens) or not sc.glued[span.j - 1]:
        return False
    after = sc.phrase_at(span.j)
    return after is not None and after.entry.kind in ("country", "capital")


_COORDINATION = {",", "and", "or", ", and", ", or", "&"}
_SHARING_KINDS = ("country", "adjective", "region")


def _share_roles(sc: Scanner, found: list[tuple[ActorMention, Entry, _Chain]]) -> None:
    """ "Slovak and Czech officials": a role after coordinated actors is every one's. A
    comma coordinates only inside a list that "and"/"or" closes ("Hungarian, Romanian and
    Polish officials"), never before a lone possessive phrase ("against the United States,
    South Korea's defence ministry said": the ministry's role is not the United States')."""
    receivers: set[int] = set()
    for k in range(len(found) - 2, -1, -1):
        mention, base, chain = found[k]
        after, _, next_chain = found[k + 1]
        gap = " ".join(sc.text[mention.end : after.start].split())
        if chain.role or next_chain.role is None or gap not in _COORDINATION:
            continue
        if base.kind not in _SHARING_KINDS or found[k + 1][1].kind not in _SHARING_KINDS:
            continue
        if (gap == "," and k + 1 not in receivers) or _possessive(after):
            continue
        shared = dataclasses.replace(chain, role=next_chain.role, role_text=next_chain.role_text)
        actor = compose(base, next_chain.role, sc.gaz)
        found[k] = (dataclasses.replace(mention, actor=actor, role=shared.role_text), base, shared)
        receivers.add(k)


def _possessive(mention: ActorMention) -> bool:
    return any(mark in mention.text for mark in ("'s ", "’s "))


def _title_first(sc: Scanner, i: int) -> tuple[ActorMention, Entry, _Chain] | None:
    """A mention that starts with a title: "President Putin", "the President of Russia",
    "King Mohammed of Morocco" (the country after "of" decides over a guess from the name)."""
    k, role, _ = _role_chain(sc, i)
    if role is None or k >= len(sc.tokens) or not sc.glued[k - 1]:
        return None
    if sc.keys[k] in sc.gaz.words["of"]:
        if _moved_from(sc, i, k) or _deployed(sc, i, k):
            return None
        return _role_of(sc, i, k, role)
    end, person, _ = _name_after(sc, k)
    if end > k and end < len(sc.tokens) and _links_to_body(sc, end):
        of_country = _role_of(sc, i, end, role, name=sc.surface(k, end))
        if of_country is not None:
            return of_country
    if person is None or not _title_fits(role, person.entry):
        return None
    chain = _Chain(end, role, sc.surface(i, k), person)
    return _mention(sc, i, end, person.entry.actor, person.entry, chain), person.entry, chain


def _links_to_body(sc: Scanner, end: int) -> bool:
    """Whether the word after a titled name links it to its country ("King Mohammed of
    Morocco"); a place preposition says where the person is, not whom he serves ("King
    Abdullah II in Istanbul" is Jordan's, not Turkey's; `whereabouts` in words.tsv)."""
    key = sc.keys[end]
    return key in sc.gaz.words["of"] and key not in sc.gaz.words["whereabouts"]


def _deployed(sc: Scanner, i: int, k: int) -> bool:
    """A role standing in a place that is not the place's own: someone else's ("its forces in
    Chad", `possessive` in words.tsv) or foreign by its words ("a multinational
    peace-keeping force in Haiti", `foreign_force`), or a body of many countries ("world
    leaders in China", "diplomats in Moscow", `international`); "rebels in Darfur", "the army
    of Iraq", "lawmakers in Chile" still link."""
    if sc.keys[k] not in sc.gaz.words["whereabouts"]:
        return False
    start = i
    while start > 0 and i - start < MAX_MODIFIERS and sc.glued[start - 1]:
        start -= 1  # the words just before: "peace-keeping force", "its forces"
    words = sc.gaz.words
    before = sc.keys[start:i]
    if any(key in words["possessive"] for key in before):
        return True
    inside = (*before, *sc.keys[i:k])
    return any(key in words["foreign_force"] or key in words["international"] for key in inside)


def _moved_from(sc: Scanner, i: int, k: int) -> bool:
    """ "withdraw troops from Chad", "the withdrawal of some forces from Panama": after a word of
    removal shortly before the role, "from" says where they leave, not whose they are."""
    if sc.keys[k] != "from":
        return False
    removal = sc.gaz.words["removal"]
    return any(key in removal for key in sc.keys[max(0, i - 6) : i])


def _title_fits(role: Role, person: Entry) -> bool:
    """A title can precede the person: an office ("President"), or a role of the person's own
    sector; "Judge Rivera" is not the Salvadoran leader Rivera."""
    return role.office is not None or role.sector in (person.sector, None)


def _role_of(
    sc: Scanner, i: int, k: int, role: Role, *, name: str | None = None
) -> tuple[ActorMention, Entry, _Chain] | None:
    """ "the President of Russia", "spokesperson for the State Department", "rebels in
    eastern Congo" (a compass word before the place is skipped, unless it begins a name:
    "South Sudan")."""
    m = k + 1
    while m < len(sc.tokens) and _skippable_before_place(sc, m):
        m += 1
    if m >= len(sc.tokens):
        return None
    span = sc.phrase_at(m)
    if span is None:
        return _group_of(sc, i, k, m, role)
    end = span.j
    if span.entry.kind == "adjective":
        inner = _extend(sc, span.j)  # "Doctors from three Canadian aid groups"
        if inner.role is None:
            return None
        role, end = _narrower(inner.role, role), inner.end
    elif span.entry.kind == "person":
        return None
    chain = _Chain(end, role, sc.surface(i, k), name=name)
    actor = _actor_of(sc, span.entry, chain)
    return _mention(sc, i, end, actor, span.entry, chain), span.entry, chain


def _skippable_before_place(sc: Scanner, m: int) -> bool:
    key = sc.keys[m]
    if key in sc.gaz.words["determiner"]:
        return True
    return key in sc.gaz.words["compass"] and sc.phrase_at(m) is None


def _group_of(
    sc: Scanner, i: int, k: int, m: int, role: Role
) -> tuple[ActorMention, Entry, _Chain] | None:
    """ "Leaders of the Azadliq opposition coalition": a role of a group that needs no
    country (`group_sector` in words.tsv) is that group's, still without a country."""
    end, inner, _ = _role_chain(sc, m)
    if inner is None or not _is_group(sc, inner):
        return None
    role = _narrower(inner, role)
    if end < len(sc.tokens) and sc.glued[end - 1] and sc.keys[end] in sc.gaz.words["of"]:
        return _role_of(sc, i, end, role)  # "leaders of the opposition in Kenya"
    chain = _Chain(end, role, sc.surface(i, k))
    return _group_mention(sc, i, chain)


def _is_group(sc: Scanner, role: Role) -> bool:
    return (role.sector or "").lower() in sc.gaz.words["group_sector"]


def _group_mention(sc: Scanner, i: int, chain: _Chain) -> tuple[ActorMention, Entry, _Chain]:
    """An actor named by role nouns alone: no country, the role's sector."""
    surface = sc.surface(i, chain.end)
    sector = chain.role.sector if chain.role else None
    entry = Entry(surface, "group", surface, None, sector)
    return _mention(sc, i, chain.end, entry.actor, entry, chain), entry, chain


def _group_first(sc: Scanner, i: int) -> tuple[ActorMention, Entry, _Chain] | None:
    """ "a human rights group", "Islamic fundamentalists", "the opposition": role nouns of a
    group that needs no country (`group_sector`) name an actor on their own."""
    end, role, start = _role_chain(sc, i)
    if role is None or not _is_group(sc, role):
        return None
    if end < len(sc.tokens) and sc.glued[end - 1] and sc.keys[end] in sc.gaz.words["of"]:
        return None  # "opposition in Kenya" is found from its place
    return _group_mention(sc, i, _Chain(end, role, sc.surface(start, end)))


def find_actors(
    text: str, *, date: str | None = None, gazetteer: Gazetteer | None = None
) -> list[ActorMention]:
    """Every actor mention in `text`, left to right, longest match first, without overlaps.

    The last few answers for whole texts are kept: the statement, event and place stages of one
    article all ask for the same text and date, and the scan is the costly part of each. A short
    text (a speaker's name, a mention) is scanned each time: cheap, and kept it would push the
    article's scan out between the stages.
    """
    gaz = gazetteer or default_gazetteer()
    if len(text) < CACHED_TEXT_MIN:
        return scan_mentions(Scanner(text, gaz, date))
    key = (text, date, id(gaz))
    mentions = _RECENT_SCANS.get(key)
    if mentions is None:
        mentions = tuple(scan_mentions(Scanner(text, gaz, date)))
        _RECENT_SCANS[key] = mentions
        while len(_RECENT_SCANS) > RECENT_SCAN_LIMIT:
            del _RECENT_SCANS[next(iter(_RECENT_SCANS))]
    return list(mentions)


RECENT_SCAN_LIMIT = 4
# texts shorter than this (names and mentions, not articles) are not kept
CACHED_TEXT_MIN = 400
_RECENT_SCANS: dict[tuple[str, str | None, int], tuple[ActorMention, ...]] = {}


def scan_mentions(sc: Scanner) -> list[ActorMention]:
    """The mentions of a scanner's text: a match at each token that may open one, skipping
    the tokens inside the last match."""
    matches: list[tuple[int, _Match]] = []
    end = 0
    for i in sc.openers:
        if sc.tokens[i].start < end:
            continue
        match = _phrase_first(sc, i) or _title_first(sc, i) or _group_first(sc, i)
        if match is not None:
            matches.append((i, match))
            end = match[0].end
    found = [_as_former(sc, i, match) for i, match in _vet_persons(sc, matches)]
    _share_roles(sc, found)
    if sc.gaz.homonyms and any(base.kind in ("capital", "place") for _, base, _ in found):
        _follow_named_country(sc, found)
    return [mention for mention, _, _ in found]


_Match = tuple[ActorMention, Entry, _Chain]


def _vet_persons(sc: Scanner, matches: list[tuple[int, _Match]]) -> list[tuple[int, _Match]]:
    """Keep a person matched on weak evidence (a bare surname, a former holder's title) only
    when the article backs it (surnames.py): "Perry said" is no Liberian leader of 1996."""
    if not any(_person_span(i, base, chain) for i, (_, base, chain) in matches):
        return matches
    named = {
        code
        for _, (_, base, _) in matches
        if base.kind not in ("person", "group")
        for code in (base.country, base.org)
        if code
    }
    in_full: dict[str, Entry] = {}  # surname key -> the person last named in full
    kept: list[tuple[int, _Match]] = []
    for i, match in matches:
        checked = _vet_person(sc, i, match, named, in_full)
        if checked is not None:
            kept.append((i, checked))
    return kept


def _person_span(i: int, base: Entry, chain: _Chain) -> tuple[Entry, int, int] | None:
    """The listed person a match names and the tokens of the name, or None."""
    if chain.person is not None:
        return chain.person.entry, chain.person.i, chain.person.j
    if base.kind == "person":
        return base, i, i + len(phrase_key(base.form).split(" "))
    return None


def _vet_person(
    sc: Scanner, i: int, match: _Match, named: set[str], in_full: dict[str, Entry]
) -> _Match | None:
    _, base, chain = match
    span = _person_span(i, base, chain)
    if span is None:
        return match
    entry, first, last = span
    key = sc.keys[last - 1]
    given = _given_at_sentence_start(sc, first) if last - first == 1 else None
    if given is not None and not _fits_kin(sc, entry, key, given):
        return _repoint(sc, match, first, last, None)  # "Melania Trump said …"
    titled = chain.person is not None and chain.role is not None
    if titled and last - first == 1 and _title_misfits_family_name(chain.role, entry, key):
        return _repoint(sc, match, first, last, None)  # "Defense Minister Kim": not Kim Jong Un
    if surnames.is_strong(entry, words=last - first, titled=titled, date=sc.date):
        in_full[key] = entry
        if last - first > 1 and _listed_by_first_word(sc, entry, first):
            in_full[sc.keys[first]] = entry  # "Kim Jong Un … Kim": a family name written first
        return match
    person = _backed_person(sc, entry, key, first, named, in_full)
    if person == entry:
        return match
    return _repoint(sc, match, first, last, person)


def _title_misfits_family_name(role: Role | None, entry: Entry, key: str) -> bool:
    """A family name written first ("Kim") after a title of an office the listed person does
    not hold: another person so called ("Defense Minister Kim" is no Kim Jong Un)."""
    if not surnames.family_name_first(entry, key):
        return False
    return role is None or role.office != entry.office


def _backed_person(
    sc: Scanner, entry: Entry, key: str, first: int, named: set[str], in_full: dict[str, Entry]
) -> Entry | None:
    """The person a weakly matched name is, by what the article says (surnames.py), or None.

    Named in full before, the surname is that person: one of its senses under that name, or a
    sense the tables know only by the surname in the same country ("David Cameron … Cameron" in
    2014 is the prime minister REIGN lists as "Cameron", not the foreign secretary of 2023)."""
    earlier = in_full.get(key)
    if earlier is not None:
        body = (earlier.country, earlier.org)
        same = [
            e
            for e in surnames.person_senses(sc.gaz, key)
            if e.name == earlier.name
            or (not surnames.knows_more_than_surname(e) and (e.country, e.org) == body)
        ]
        return choose_entry(same, sc.date) or earlier
    if surnames.is_famous(sc.gaz, key):
        return entry
    if surnames.knows_more_than_surname(entry) and (
        _other_name_before(sc, entry, key, first) or _other_family_first(sc, key, first)
    ):
        return None
    return entry if surnames.body_named(entry, named) else None


def _given_at_sentence_start(sc: Scanner, first: int) -> str | None:
    """A capitalised word opening the sentence, glued before a surname, that is no dictionary
    phrase and no word that opens sentences (`opener` in words.tsv): a given name ("Melania" of
    "Melania Trump said"; not "But" of "But Trump said")."""
    k = first - 1
    if k < 0 or not sc.glued[k] or not sc._starts_sentence(k) or not _is_name_word(sc, k):
        return None
    key = sc.keys[k]
    return None if key in sc.gaz.starts or key in sc.gaz.words["opener"] else key


def _fits_kin(sc: Scanner, entry: Entry, key: str, given: str) -> bool:
    """Whether a given name fits a listed person of the entry's country by that surname (one
    the tables know only by the surname fits any: "Fidel" of Cuba's "Castro")."""
    body, particles = (entry.country, entry.org), sc.gaz.words["particle"]
    return any(
        _given_name_fits(given, e, particles)
        for e in surnames.person_senses(sc.gaz, key)
        if (e.country, e.org) == body
    )


def _listed_by_first_word(sc: Scanner, entry: Entry, first: int) -> bool:
    """Whether the tables also know the person by the first word of the name: a family name
    written first ("Kim" of "Kim Jong Un"), so a later bare "Kim" is this person."""
    return any(e.name == entry.name for e in surnames.person_senses(sc.gaz, sc.keys[first]))


def _other_family_first(sc: Scanner, key: str, first: int) -> bool:
    """Whether someone else was named before with this word as a family name written first
    ("Kim Kye Gwan" before "Kim"): a name word glued after it that no listed name takes in."""
    for t in range(first):
        if sc.keys[t] != key or t + 1 >= len(sc.tokens) or not sc.glued[t]:
            continue
        listed = sc.phrase_at(t, persons_only=True)
        if (listed is None or listed.j == t + 1) and _is_name_word(sc, t + 1):
            return True
    return False


def _other_name_before(sc: Scanner, entry: Entry, key: str, first: int) -> bool:
    """Whether a longer name ending in the same surname, not a listed person's of the same
    country, comes earlier ("Jeff Miller" before "Miller"; "Inácio Lula" is part of "Luiz
    Inácio Lula da Silva"; "Fidel Castro" fits Cuba's "Castro", whom REIGN lists by surname)."""
    own = f" {phrase_key(entry.name)} "
    for t in range(1, first):
        if sc.keys[t] != key or not sc.glued[t - 1] or not _is_name_word(sc, t - 1):
            continue
        given = sc.keys[t - 1]
        if given in sc.gaz.starts or f" {given} {key} " in own:
            continue
        if sc._starts_sentence(t - 1) and given in sc.gaz.words["opener"]:
            continue
        if not _fits_kin(sc, entry, key, given):
            return True
    return False


def _repoint(
    sc: Scanner, match: _Match, first: int, last: int, person: Entry | None
) -> _Match | None:
    """The match naming another person (the one named in full before), or none: a match that
    is the person alone goes; a body with a named person keeps the body ("US Ambassador X")."""
    mention, base, chain = match
    if base.kind == "person":
        if person is None:
            return None
        base = person
    if chain.person is not None:
        span = None if person is None else _Span(first, last, person)
        chain = dataclasses.replace(
            chain, person=span, name=None if person else sc.surface(first, last)
        )
    actor = _actor_of(sc, base, chain)
    name = base.name if base.kind == "person" else (person.name if person else chain.name)
    return dataclasses.replace(mention, actor=actor, person=name), base, chain


def _as_former(
    sc: Scanner, i: int, match: tuple[ActorMention, Entry, _Chain]
) -> tuple[ActorMention, Entry, _Chain]:
    """A government role marked as past ("former President X", "Ousted President X", "the
    former Russian president"; `former` in words.tsv) is no government: CAMEO's elite (ELI),
    and no office holder of the day ("the former Russian president" is not the current one)."""
    mention, base, chain = match
    if mention.actor.sector != "GOV" or not _marked_former(sc, i, mention.end):
        return match
    actor = mention.actor
    if chain.person is None and chain.name is None and base.kind not in ("person", "actor"):
        actor = compose(base, chain.role, sc.gaz)  # the body, not today's holder
    actor = dataclasses.replace(actor, sector=FORMER_HOLDER_SECTOR)
    return dataclasses.replace(mention, actor=actor), base, chain


def _marked_former(sc: Scanner, i: int, end: int) -> bool:
    """A `former` word just before the mention (glued) or inside it."""
    former = sc.gaz.words["former"]
    if i > 0 and sc.glued[i - 1] and sc.keys[i - 1] in former:
        return True
    k = i
    while k < len(sc.tokens) and sc.tokens[k].end <= end:
        if sc.keys[k] in former:
            return True
        k += 1
    return False


_STATE_KINDS = ("country", "adjective", "people")


def _follow_named_country(sc: Scanner, found: list[tuple[ActorMention, Entry, _Chain]]) -> None:
    """A capital or place named like a place of another country is that country's when the text
    names that country and not its own (homonyms.tsv): "militias in Tripoli ... the Lebanese
    port city" are Lebanon's; "from Beirut to Tripoli" names no country and stays Libya's."""
    named = {base.country for _, base, _ in found if base.kind in _STATE_KINDS}
    for k, (mention, base, chain) in enumerate(found):
        if base.kind not in ("capital", "place") or base.country in named:
            continue
        others = [c for c in sc.gaz.homonyms.get(phrase_key(base.form), ()) if c in named]
        if len(others) != 1:
            continue
        place = Entry(base.form, "place", base.form, country=others[0])
        actor = _actor_of(sc, place, chain)
        found[k] = (
            dataclasses.replace(mention, actor=actor, kind="place", is_capital=False),
            place,
            chain,
        )


def best_mention(mentions: list[ActorMention], gaz: Gazetteer) -> ActorMention | None:
    """The head of a phrase: its first actor, unless that is a region and a state or an
    organisation is named after a place preposition ("Western leadership in Washington")."""
    if not mentions:
        return None
    first = mentions[0]
    if first.actor.country in gaz.regions:
        for later in mentions[1:]:
            if later.locative and later.actor.country not in gaz.regions:
                return later
    return first


def resolve_mention(
    text: str, *, date: str | None = None, gazetteer: Gazetteer | None = None
) -> Actor | None:
    """The actor a mention names ("Russia's Foreign Ministry" -> RUS GOV), or None."""
    gaz = gazetteer or default_gazetteer()
    mention = best_mention(find_actors(text, date=date, gazetteer=gaz), gaz)
    return None if mention is None else mention.actor


def _person_entry(
    name: str, gaz: Gazetteer, date: str | None, named: frozenset[str] | None = None
) -> Entry | None:
    """A known person by full name (or its last two words), else by the surname when the given
    name fits a person the tables know in full, or one in office on the date. A one-word name is
    a person only when famous ("Putin") or in office: "Perry" in 2024 is no Liberian leader of
    1996, "John Williams" no leader of Trinidad and Tobago (surnames.py). With `named` (the
    countries and organisations the article names), a surname the tables know alone is an
    office holder only when famous or when the article names the holder's country, as
    `find_actors` decides ("Chris Christie" in 2014 is no Bahamian prime minister)."""
    words = name.split()
    if not words:
        return None
    entry = choose_entry([e for e in gaz.lookup(name) if e.kind == "person"], date)
    if len(words) == 1:
        key = phrase_key(name)
        if entry is None or surnames.is_famous(gaz, key):
            return entry
        in_term = _in_term(entry, date) and not surnames.family_name_first(entry, key)
        vouched = in_term and _vouched(entry, named)
        return entry if vouched else None  # "Kim said" alone is no leader Kim
    if entry is not None:
        return entry
    first, particles = fold(words[0]), gaz.words["particle"]
    for tail in (" ".join(words[-2:]), words[-1])[len(words) == 2 :]:
        key = phrase_key(tail)
        famous = surnames.is_famous(gaz, key)
        senses = [
            e
            for e in surnames.person_senses(gaz, key)
            if _given_name_fits(first, e, particles)
            and (
                _knows_given_name(e, particles)
                or (_in_term(e, date) and (famous or _vouched(e, named)))
            )
        ]
        found = choose_entry(senses, date)
        if found is not None:
            return found
    return None


def _vouched(entry: Entry, named: frozenset[str] | None) -> bool:
    """Whether the article backs a person known by surname alone: it names the person's body
    (always true when the caller has no article to ask)."""
    return named is None or surnames.body_named(entry, named)


def _knows_given_name(person: Entry, particles: set[str]) -> bool:
    """Whether the tables give the person's given name ("Manmohan" of "Singh"), so that a
    speaker's first word can be checked against it; REIGN's "Lopez Obrador" gives none."""
    form = set(map(fold, TOKEN_RE.findall(person.form))) | particles
    return any(w not in form for w in map(fold, TOKEN_RE.findall(person.name)))


def _in_term(entry: Entry, date: str | None) -> bool:
    """A speaker's name is all `resolve_person` sees: a surname alone is the listed person only
    while in office on a known date ("Yanukovych" in 2014 yes; "Kenneth Williams" in 2018 is no
    leader of Trinidad and Tobago of 1962-1981)."""
    return date is not None and entry.valid_on(date)


def resolve_person(
    name: str,
    role_text: str | None = None,
    *,
    date: str | None = None,
    gazetteer: Gazetteer | None = None,
    named: frozenset[str] | None = None,
) -> Actor | None:
    """The actor a quoted person speaks for: "Maria X" with "Russia's Foreign Ministry
    spokesperson" -> RUS GOV.

    The role, when it names a country or organisation, decides; a person known to the
    dictionaries fills in when it does not. The actor's name is the body's (Russia), as
    SCHEMA.md's speaker records have it: the person's name is the speaker's. `named`, the
    codes of the bodies the article names (`named_bodies`), lets a surname the tables know
    alone count only with that evidence, as in `find_actors`.
    """
    gaz = gazetteer or default_gazetteer()
    by_role = resolve_mention(role_text, date=date, gazetteer=gaz) if role_text else None
    if by_role is not None and (by_role.country or by_role.org):
        return _as_body(by_role, gaz)
    entry = _person_entry(name, gaz, date, named) if name.strip() else None
    if entry is None:
        return None if by_role is None else _as_body(by_role, gaz)
    sector = entry.sector
    if role_text:
        sector = role_sector(role_text.split()[-1], gazetteer=gaz) or sector
    return _as_body(dataclasses.replace(entry.actor, sector=sector), gaz)


def named_bodies(text: str, *, date: str | None = None) -> frozenset[str]:
    """The countries and organisations an article names (the evidence `resolve_person` takes)."""
    return frozenset(
        code
        for mention in find_actors(text, date=date)
        for code in (mention.actor.country, mention.actor.org)
        if code
    )


def _as_body(actor: Actor, gaz: Gazetteer) -> Actor:
    code = actor.org or actor.country
    return dataclasses.replace(actor, name=gaz.names.get(code or "", actor.name))
