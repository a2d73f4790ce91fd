"""Rule-based coreference for speakers, on the spaCy parse (no neural model is available).

Mentions are read once, in document order: person names, institutions, pronouns and
descriptions ("the spokesperson", "the ministry"). Each is linked to an entity seen earlier by
name (surname-only mentions join the full name), by gender and number agreement and recency
(pronouns), or by role (descriptions); when nothing fits, the mention starts an entity of its
own or stays unresolved rather than guessing. Gender comes from titles, gendered role nouns and
from the text itself: a "she" that can only mean one person tells that person's gender.

The work per mention is bounded (a window of recent mentions), so a document costs O(n).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from crossroads.attribution.lexicon import (
    Descriptor,
    cue_lexicon,
    descriptors,
    honorifics,
    pronouns,
)

PERSON_LABELS = frozenset({"PERSON"})
INSTITUTION_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
PLACE_ADJ_LABELS = frozenset({"NORP", "GPE"})
KNOWN_LABELS = PERSON_LABELS | INSTITUTION_LABELS
NP_LEFT_DEPS = frozenset({"det", "poss", "compound", "amod", "nmod", "nummod", "case", "quantmod"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
WINDOW_SENTS = 3
WINDOW_MENTIONS = 40
DESCRIPTION_SENTS = 25


@dataclass(slots=True)
class Entity:
    """Someone or something that can speak: a person, an institution or a document."""

    id: int
    kind: str
    name: str | None = None
    label: str = ""
    gender: str | None = None
    plural: bool = False
    role: str | None = None
    context: str | None = None
    words: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str | None:
        return self.name.split()[-1].lower() if self.name else None

    def learn_role(self, role: str | None, context: str | None) -> None:
        """Keep the first role and context found: later mentions are usually shorter."""
        if role and not self.role:
            self.role = role
            self.words |= _words(role)
        if context and not self.context:
            self.context = context
            self.words |= _words(context)


@dataclass(frozen=True, slots=True)
class Mention:
    head: int
    entity: int
    sent: int
    subject: bool


def _words(text: str) -> set[str]:
    return {w.strip(".,’'").lower() for w in text.split()} - {""}


def _text(doc: Doc, start: int, end: int) -> str:
    return _joined(doc, start, end) if end > start else ""


def _joined(doc: Doc, start: int, end: int) -> str:
    """The words of tokens [start, end), with a possessive ending written onto its noun:
    tokenised newswire prints "Egypt 's state news agency", and the actor tables read the
    affiliation as "Egypt's state news agency"."""
    parts: list[str] = []
    for token in doc[start:end]:
        if parts and token.tag_ == "POS":
            parts[-1] = parts[-1].rstrip()
        parts.append(token.text_with_ws)
    return "".join(parts).strip()


class Coref:
    """Entities and mentions of one document; `entity_of(i)` answers for token i."""

    def __init__(self, doc: Doc, in_quote: list[bool]) -> None:
        self.doc = doc
        self.in_quote = in_quote
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.by_token: dict[int, int] = {}
        self._sent_of: list[int] = [0] * len(doc)
        self._subjects: list[int | None] = []
        self._run()

    def entity_of(self, i: int) -> Entity | None:
        """The entity token i belongs to, if it is part of a resolved mention."""
        key = self.by_token.get(i)
        return None if key is None else self.entities[key]

    def _run(self) -> None:
        ents_at = {ent.start: ent for ent in self.doc.ents}
        for s, sent in enumerate(self.doc.sents):
            self._subjects.append(_root_subject(sent))
            i = sent.start
            while i < sent.end:
                self._sent_of[i] = s
                i = self._visit(i, s, ents_at)

    def _visit(self, i: int, s: int, ents_at: dict[int, Span]) -> int:
        ent = ents_at.get(i)
        if ent is not None and ent.label_ in PERSON_LABELS:
            self._person(ent, s)
            return self._mark_sent(ent, s)
        if ent is not None and ent.label_ in INSTITUTION_LABELS:
            self._institution(ent, s)
            return self._mark_sent(ent, s)
        token = self.doc[i]
        if not self.in_quote[i] and token.pos_ == "PRON":
            self._pronoun(token, s)
        elif token.pos_ == "PROPN" and token.ent_type_ not in KNOWN_LABELS:
            name = untagged_name(token)
            if name is not None and _institutional(name):
                self._institution(name, s)
            elif name is not None:
                self._person(name, s)
            else:
                self._bare_surname(token, s)
        elif token.is_upper and token.is_alpha and len(token) > 1:
            self._bare_surname(token, s)
        elif token.pos_ in ("NOUN", "PROPN") and i not in self.by_token:
            self._description(token, s)
        return i + 1

    def _mark_sent(self, span: Span, s: int) -> int:
        for j in range(span.start, span.end):
            self._sent_of[j] = s
        return span.end

    # -- registration -------------------------------------------------------------------

    def _new(self, kind: str, **values: object) -> Entity:
        entity = Entity(len(self.entities), kind, **values)  # type: ignore[arg-type]
        self.entities.append(entity)
        return entity

    def _link(self, tokens: range, head: Token, entity: Entity, s: int) -> None:
        for j in tokens:
            self.by_token.setdefault(j, entity.id)
        self.mentions.append(Mention(head.i, entity.id, s, _is_subject(head)))

    def _recent(self, s: int, sents: int = WINDOW_SENTS) -> list[Mention]:
        """Recent mentions, newest first, within `sents` sentences."""
        found = []
        for m in reversed(self.mentions[-WINDOW_MENTIONS:]):
            if s - m.sent > sents:
                break
            found.append(m)
        return found

    # -- person names -------------------------------------------------------------------

    def _person(self, ent: Span, s: int) -> None:
        name, gender, title_role = _clean_name(ent)
        if not name:
            return
        entity = self._find_person(name) or self._new("person", name=name)
        if len(name.split()) > len((entity.name or "").split()):
            entity.name = name
        entity.gender = entity.gender or gender or _title_gender(ent)
        role, context = role_context(ent)
        entity.learn_role(role or title_role, context or title_role)
        entity.words |= _words(name)
        tokens = range(ent.start, ent.end)
        self._link(tokens, ent.root, entity, s)
        self._link_role_noun(ent, entity, s)

    def _bare_surname(self, token: Token, s: int) -> None:
        """A surname the tagger did not mark as a person: "Zakharova reinforced that …"."""
        if token.dep_ == "compound" or not (token.is_title or token.is_upper):
            return
        entity = self._find_person(token.text)
        if entity is not None and entity.surname == token.lower_:
            self._link(range(token.i, token.i + 1), token, entity, s)

    def _find_person(self, name: str) -> Entity | None:
        """An earlier person with this name, or whose surname this single name is."""
        parts = name.lower().split()
        for entity in reversed(self.entities):
            if entity.kind != "person" or not entity.name:
                continue
            known = entity.name.lower().split()
            if known == parts or (parts[-1] == known[-1] and _first_names_agree(parts, known)):
                return entity
        return self._by_family_name_first(parts)

    def _by_family_name_first(self, parts: list[str]) -> Entity | None:
        """A one-word name that is the first word of exactly one earlier full name: a family
        name written first ("South Korean President Moon Jae-in ... Mr Moon", "Li Kexin ... Li
        said"), or a first name used alone; two earlier people so called ("Kim Jong Un", "Kim
        Yo Jong") leave it unresolved rather than guess. Only a person introduced with role or
        affiliation words is joined: that is what the short mention needs from the full one,
        and a headline's run of capitalised words ("Obama Authorizes Deploying") has none."""
        if len(parts) != 1:
            return None
        found = [
            entity
            for entity in self.entities
            if entity.kind == "person"
            and entity.name
            and len(entity.name.split()) > 1
            and entity.name.lower().split()[0] == parts[0]
        ]
        if len(found) != 1 or not found[0].context:
            return None
        return found[0]

    def _link_role_noun(self, ent: Span, entity: Entity, s: int) -> None:
        """ "Japan's foreign minister, Kenji Arata": the noun the name is in apposition to."""
        root = ent.root
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            self.by_token.setdefault(root.head.i, entity.id)
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                self.by_token.setdefault(child.i, entity.id)

    # -- institutions -------------------------------------------------------------------

    def _institution(self, ent: Span, s: int) -> None:
        # without a possessive ending, however it is written ("Ministry's", "Ministry ’ s")
        label = ent[:-1].text if len(ent) > 1 and ent[-1].tag_ == "POS" else ent.text.strip()
        label = label.removesuffix("’s").removesuffix("'s").strip()
        context = _institution_context(ent) or label
        if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound"):
            return
        person = self._find_person(label) if ent.label_ == "ORG" else None
        if person is not None and (person.name or "").lower().endswith(label.lower()):
            self._link(range(ent.start, ent.end), ent.root, person, s)
            return
        entity = self._find_institution(label) or self._new(
            "institution", label=label, plural=ent.root.tag_ == "NNPS", context=context
        )
        entity.words |= _words(label)
        self._link(range(ent.start, ent.end), ent.root, entity, s)

    def _find_institution(self, label: str) -> Entity | None:
        lowered = label.lower().removeprefix("the ")
        for entity in reversed(self.entities):
            if (
                entity.kind == "institution"
                and entity.label.lower().removeprefix("the ") == lowered
            ):
                return entity
        return None

    # -- pronouns -----------------------------------------------------------------------

    def _pronoun(self, token: Token, s: int) -> None:
        info = pronouns().get(token.lower_)
        if info is None or info.first_person or token.lower_ == "who":
            return
        candidates = [m for m in self._recent(s) if self._agrees(m, token, info)]
        if info.refers_to == "institution":
            candidates = [m for m in candidates if self._topic_of_sentence(m, s)]
        if not candidates:
            return
        bound = self._governing_subject(token, candidates)
        best = bound or min(candidates, key=lambda m: self._rank(m, s, info.gender, info.plural))
        entity = self.entities[best.entity]
        distinct = {m.entity for m in candidates}
        if info.gender and entity.gender is None and (bound or len(distinct) == 1):
            entity.gender = info.gender
        self._link(range(token.i, token.i + 1), token, entity, s)

    def _topic_of_sentence(self, m: Mention, s: int) -> bool:
        """ "It" takes an institution only when that was what the sentence before (or this one)
        was about: its subject. "The discussion reflects … It also signals …" is not Moscow."""
        if s - m.sent > 1 or not m.subject:
            return False
        return m.sent == s or self._subjects[m.sent] == m.head

    def _rank(
        self, m: Mention, s: int, gender: str | None, plural: bool = False
    ) -> tuple[bool, int, bool, bool, bool, int]:
        """Known matching gender first, then recency by sentence, subjects (a main clause's
        before a reported clause's), for "they" a plural before a body, then closeness.

        A speaker who is the subject of the sentence before (or of this one) competes as if
        its gender were known: "Speaking alongside him, German minister Brandl said … He
        added …" is Brandl, though only the earlier speaker "him" stood for has been seen with
        "he". A subject that did not speak ("Brandt left early. She warned …") does not.
        "Kenyan officials said Uganda had massed troops. They accused …" is the officials, the
        sentence's own subject, not Uganda, the subject of what they said."""
        unknown = gender is not None and self.entities[m.entity].gender is None
        main = self._subjects[m.sent] == m.head
        singular = plural and not self.entities[m.entity].plural
        return (
            unknown and not self._centre(m, s),
            s - m.sent,
            not m.subject,
            not main,
            singular,
            -m.head,
        )

    def _centre(self, m: Mention, s: int) -> bool:
        """Whether `m` is the main-clause subject of a reporting verb (data/cues.tsv) in
        sentence s or the one before, outside quotation marks: the speaker a following "he"
        or "she" most likely continues."""
        if s - m.sent > 1 or self.in_quote[m.head] or self._subjects[m.sent] != m.head:
            return False
        return self.doc[m.head].head.lemma_.lower() in cue_lexicon().verbs

    def _governing_subject(self, token: Token, candidates: list[Mention]) -> Mention | None:
        """ "Lund said she was tired": the subject of the verb whose clause holds the pronoun."""
        ancestors = {a.i for a in token.ancestors}
        for m in candidates:
            head = self.doc[m.head]
            if m.subject and m.sent == self._sent_of[token.i] and head.head.i in ancestors:
                return m
        return None

    def _agrees(self, m: Mention, token: Token, info: object) -> bool:
        from crossroads.attribution.lexicon import PronounInfo

        assert isinstance(info, PronounInfo)
        if m.head >= token.i:
            return False
        entity = self.entities[m.entity]
        if info.refers_to == "person" and entity.kind != "person":
            return False
        if info.refers_to == "institution":
            return entity.kind == "institution" and not entity.plural
        if info.plural:
            return entity.plural or entity.kind == "institution"
        if entity.plural:
            return False
        return info.gender is None or entity.gender in (None, info.gender)

    # -- descriptions -------------------------------------------------------------------

    def _description(self, token: Token, s: int) -> None:
        found = describe(token)
        if found is None:
            return
        desc, start = found
        entity = self._resolve_description(token, desc, start, s)
        self._link(range(start, token.i + 1), token, entity, s)

    def _resolve_description(self, token: Token, desc: Descriptor, start: int, s: int) -> Entity:
        text = _text(self.doc, start, _affiliation_end(token))
        bare = _strip_det(self.doc, start, token.i + 1)
        definite = _is_definite(token) and not _has_place_modifier(token)
        if desc.kind == "person" and not desc.plural and definite:
            earlier = self._by_role(desc, s)
            if earlier is not None:
                return earlier
        if desc.kind == "institution" and definite:
            earlier = self._institution_by_word(desc, s)
            if earlier is not None:
                return earlier
        kind = desc.kind
        role = bare if kind == "person" and not desc.plural else None
        return self._new(
            kind,
            label=text,
            plural=desc.plural,
            gender=desc.gender,
            role=role,
            context=text,
            words=_words(text),
        )

    def _by_role(self, desc: Descriptor, s: int) -> Entity | None:
        for m in reversed(self.mentions):
            if s - m.sent > DESCRIPTION_SENTS:
                break
            entity = self.entities[m.entity]
            if entity.kind == "person" and entity.name and _role_matches(entity, desc):
                return entity
        return None

    def _institution_by_word(self, desc: Descriptor, s: int) -> Entity | None:
        """ "the ministry": an institution named earlier, or the one a speaker belongs to."""
        for m in reversed(self.mentions):
            if s - m.sent > DESCRIPTION_SENTS:
                break
            entity = self.entities[m.entity]
            if entity.kind == "institution" and entity.words & desc.matches:
                return entity
            if entity.kind == "person" and entity.context and _words(entity.context) & desc.matches:
                return self._new(
                    "institution",
                    label=entity.context,
                    context=entity.context,
                    words=_words(entity.context),
                )
        return None


def _role_matches(entity: Entity, desc: Descriptor) -> bool:
    role = " ".join(sorted(entity.words))
    if entity.gender and desc.gender and entity.gender != desc.gender:
        return False
    return (
        any(
            (" " in w and w in (entity.role or "").lower()) or w in entity.words
            for w in desc.matches
        )
        or desc.noun in role
    )


def _affiliation_end(token: Token) -> int:
    """ "officials in Berlin", "a spokesman for the ministry": the phrase that says whose."""
    for child in token.rights:
        whose = child.dep_ == "prep" and child.lower_ in ("in", "from", "of", "for", "at")
        if whose and any(t.ent_type_ in INSTITUTION_LABELS for t in child.subtree):
            return child.right_edge.i + 1
    return token.i + 1


def untagged_name(token: Token) -> Span | None:
    """ "Ivo Marek said": a two- or three-word capitalised name the tagger missed."""
    if token.dep_ == "compound" or not token.is_title:
        return None
    start = token.i
    doc = token.doc
    while start > 0 and token.i - start < 2 and _name_part(doc[start - 1], token):
        start -= 1
    return doc[start : token.i + 1] if start < token.i else None


def _name_part(part: Token, head: Token) -> bool:
    return (
        part.dep_ == "compound"
        and part.head.i == head.i
        and part.pos_ == "PROPN"
        and part.is_title
        and part.lower_ not in honorifics()
        and part.ent_type_ not in KNOWN_LABELS
    )


def _root_subject(sent: Span) -> int | None:
    for child in sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return int(child.i)
    return None


def _institution_context(ent: Span) -> str | None:
    """ "Japan's Foreign Ministry spokesperson": whose ministry, from the phrase around it."""
    top = ent.root
    while top.dep_ == "compound" and top.head.i != top.i:
        top = top.head
    start = min(np_start(top), ent.start)
    while start < ent.start and ent.doc[start].dep_ == "det":
        start += 1
    if start >= ent.start:
        return None
    return _joined(ent.doc, start, ent.end)


def _institutional(name: Span) -> bool:
    """ "Czech Foreign Ministry": a capitalised phrase naming a body, not a person."""
    table = descriptors()
    if any(t.ent_type_ in PLACE_ADJ_LABELS for t in name):
        return True
    return any(t.lower_ in table and table[t.lower_].kind == "institution" for t in name)


def _is_subject(token: Token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") or (
        token.dep_ == "pobj" and token.head.head.lower_ == "according"
    )


def _is_definite(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "det":
            return child.lower_ in DEFINITE
        if child.dep_ == "poss":
            return True
    return token.tag_ in ("NNS", "NNPS")


def _has_place_modifier(token: Token) -> bool:
    """ "the Russian side", "a Japanese official": the modifier itself says who it is."""
    return any(c.ent_type_ in PLACE_ADJ_LABELS for c in token.children if c.i < token.i)


def describe(token: Token) -> tuple[Descriptor, int] | None:
    """The description a noun heads ("the prime minister") and where its phrase starts."""
    table = descriptors()
    if token.dep_ == "compound" or token.ent_type_ in PERSON_LABELS:
        return None
    compound = [c for c in token.lefts if c.dep_ == "compound"]
    key = f"{compound[-1].lower_} {token.lower_}" if compound else ""
    desc = table.get(key) or table.get(token.lower_) or table.get(token.lemma_.lower())
    if desc is None or (desc.plural and token.tag_ not in ("NNS", "NNPS") and desc.noun != "data"):
        return None
    return desc, np_start(token)


def np_start(token: Token) -> int:
    """Where the noun phrase of `token` starts: its determiners, possessors and modifiers."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in NP_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    return start


def _strip_det(doc: Doc, start: int, end: int) -> str:
    while start < end and doc[start].dep_ == "det":
        start += 1
    return _text(doc, start, end)


def _clean_name(ent: Span) -> tuple[str, str | None, str | None]:
    """The name without titles, role words the tagger took in ("Spokesman Teodor Vance") and
    a possessive ending; the gender a title or role noun tells; the role words."""
    titles, roles = honorifics(), descriptors()
    tokens = [t for t in ent if t.tag_ != "POS"]
    gender = None
    role: list[str] = []
    while len(tokens) > 1 and (tokens[0].lower_ in titles or _role_word(tokens[0], roles)):
        word = tokens.pop(0)
        if word.lower_ in titles:
            gender = gender or titles[word.lower_]
        else:
            role.append(word.text)
            gender = gender or roles[word.lower_].gender
    name = " ".join(t.text for t in tokens).replace(" - ", "-").strip(" ,.’'")
    return name, gender, " ".join(role) or None


def _role_word(token: Token, roles: dict[str, Descriptor]) -> bool:
    desc = roles.get(token.lower_)
    return desc is not None and desc.kind == "person" and not desc.plural


def _title_gender(ent: Span) -> str | None:
    if ent.start == 0:
        return None
    before = ent.doc[ent.start - 1]
    return honorifics().get(before.lower_)


def _first_names_agree(parts: list[str], known: list[str]) -> bool:
    """ "Zakharova" joins "Maria Zakharova"; "Hillary Clinton" does not join "Bill Clinton"."""
    return len(parts) == 1 or len(known) == 1 or parts[0] == known[0]


def role_context(ent: Span) -> tuple[str | None, str | None]:
    """Role and affiliation words around a name: "Russia’s Foreign Ministry spokesperson".

    Returns (role, context): the role without its possessor or nationality ("Foreign Ministry
    spokesperson"), and the full words an actor can be coded from.
    """
    doc = ent.doc
    start = _after_other_name(doc, np_start(ent.root), ent.start)
    if start == ent.start:
        start = _misattached_role_start(ent)
    whose = _whose_after(ent)
    if start < ent.start:
        role, context = _role_from(doc, start, ent.start)
        return role, _with_whose(context, whose)
    appos = _appos_phrase(ent)
    if appos is not None:
        return _role_from(doc, *appos)
    return None, _with_whose(None, whose)


def _misattached_role_start(ent: Span) -> int:
    """Where the role words of a name start when the parser hung them elsewhere: in "Russia's
    Foreign Ministry spokesperson Irina Volkova spoke on Friday" the small model may attach
    "spokesperson" to the verb, not to the name, though it stands right before it. A role
    noun directly before the name, with what it governs on its left, is still the name's."""
    if ent.start == 0:
        return ent.start
    before = ent.doc[ent.start - 1]
    if before.pos_ != "NOUN" or not _role_word(before, descriptors()):
        return ent.start
    return before.left_edge.i


def _after_other_name(doc: Doc, start: int, end: int) -> int:
    """Where a name's own role words start: after another person's name and the conjunction
    the parser folded into the phrase ("President Ada Quill and Russian President Vladimir
    Putin": Putin's words are "Russian President", not Quill's title and country)."""
    for k in range(end - 1, start, -1):
        if doc[k].dep_ == "cc" and any(t.ent_type_ in PERSON_LABELS for t in doc[start:k]):
            return k + 1
    return start


def _whose_after(ent: Span) -> str | None:
    """ "Foreign Minister Tomas Vell of Estonia", "Zaki Ronen from the Israeli rescue
    services": the body an of/from phrase after the name gives the person, when it names a
    place, a people or an organisation."""
    for child in ent.root.rights:
        if child.i < ent.end or child.dep_ != "prep" or child.lower_ not in ("of", "from"):
            continue
        if any(t.ent_type_ in INSTITUTION_LABELS for t in child.subtree):
            return ent.doc[child.i : child.right_edge.i + 1].text
    return None


def _with_whose(context: str | None, whose: str | None) -> str | None:
    """The role words with the of/from phrase after them ("Foreign Minister of Estonia"), or
    the phrase's body alone when there are none ("the Israeli rescue services")."""
    if whose is None:
        return context
    if context is None:
        return whose.split(" ", 1)[1] if " " in whose else None
    return f"{context} {whose}"


def _appos_phrase(ent: Span) -> tuple[int, int] | None:
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        return np_start(root.head), root.head.i + 1
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > root.i:
            end = max(t.i for t in child.subtree if not _in_clause(t, child)) + 1
            return child.left_edge.i, end
    return None


def _in_clause(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl", "punct", "cc", "conj"):
            return True
        token = token.head
    return False


def _role_from(doc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
    titles = honorifics()
    tokens = [t for t in doc[start:end] if t.lower_ not in titles]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    if not tokens:
        return None, None
    context = _joined(doc, tokens[0].i, tokens[-1].i + 1)
    role_tokens = _drop_affiliation(tokens)
    role = " ".join(t.text for t in role_tokens) if role_tokens else None
    return role, context


def _drop_affiliation(tokens: list[Token]) -> list[Token]:
    """Drop "Russia’s" / "Russian" before a role: the actor carries it, the role does not."""
    for k, t in enumerate(tokens):
        if t.tag_ == "POS":
            return tokens[k + 1 :]
    while tokens and tokens[0].ent_type_ in PLACE_ADJ_LABELS and tokens[0].pos_ in ("ADJ", "PROPN"):
        if tokens[0].ent_type_ == "GPE" and len(tokens) > 1 and tokens[1].ent_type_ == "ORG":
            break
        tokens = tokens[1:]
    return tokens


__all__ = ["Coref", "Entity", "Mention", "describe", "np_start", "role_context"]
