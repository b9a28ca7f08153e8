"""The ledger's format: every entity, its fields, their types and meaning.

This table drives validation (unknown, missing and mistyped fields), the JSON Schema
(``rnkclaims schema``) and the field reference in ``docs/format.md``. A field's ``kind``:

- ``str``, ``int``, ``bool``, ``date`` (YYYY, YYYY-MM or YYYY-MM-DD), ``id`` (a new id);
- ``ref`` (an id of one of ``refs``), ``refs`` (a list of such ids), ``strs`` (list of text);
- ``enum`` (a term of ``vocab``);
- ``entity`` (a nested mapping of ``entity``), ``entities`` (a list of them);
- ``entity-or-str``: a nested mapping, or a string shorthand for its first field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rnkclaims import vocab

SCHEMA_VERSION = 1
ID_PATTERN = r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$"

# The longest text a field may hold, in characters, by kind of field (``validate``
# reports longer ones as ``too-long``). Generous for real ledgers (the bundled one stays
# under a fifth of each); they keep one runaway value from stalling every table.
LENGTH_LIMITS: dict[str, int] = {
    "id": 100,  # ids, references to them, role ids
    "name": 500,  # names, aliases, titles, terms, dates and other short texts
    "url": 2_000,
    "excerpt": 5_000,  # excerpts, quotes, furniture, proposition texts, intended meanings
    "note": 10_000,  # notes and the basis of an inference
}
_EXCERPT_FIELDS = frozenset({"excerpt", "quote", "furniture", "text", "intended"})
_NOTE_FIELDS = frozenset({"note", "basis", "outlet_basis"})


def length_class(name: str, kind: str) -> str:
    """The kind of field (a key of ``LENGTH_LIMITS``) a field's name and kind make it."""
    if kind in ("id", "ref", "refs") or name in ("id", "role"):
        return "id"
    if name == "url":
        return "url"
    if name in _EXCERPT_FIELDS:
        return "excerpt"
    if name in _NOTE_FIELDS:
        return "note"
    return "name"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: str
    doc: str
    required: bool = False
    refs: tuple[str, ...] = ()
    vocab: dict[str, str] | None = None
    entity: str | None = None
    max_length: int = field(default=0, compare=False)  # set from LENGTH_LIMITS

    def __post_init__(self) -> None:
        limit = LENGTH_LIMITS[length_class(self.name, self.kind)]
        object.__setattr__(self, "max_length", limit)


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    doc: str
    fields: tuple[Field, ...]
    by_name: dict[str, Field] = field(default_factory=dict, compare=False)

    required: tuple[str, ...] = field(default=(), compare=False)
    required_set: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        self.by_name.update({f.name: f for f in self.fields})
        required = tuple(f.name for f in self.fields if f.required)
        object.__setattr__(self, "required", required)
        object.__setattr__(self, "required_set", frozenset(required))


F = Field

ROLE = Entity("role", "A position an actor held over a period.", (
    F("id", "str", "Id of the role, unique within the actor; claims name it in `role`.", True),
    F("title", "str", "The title as sources write it.", True),
    F("organisation", "str", "The body the role belongs to."),
    F("from", "date", "First day held (partial dates allowed); omit when unknown."),
    F("to", "date", "Last day held; omit while current or unknown."),
    F("speaks_for", "ref", "The government or body the holder speaks for in this role.",
      refs=("actor", "outlet")),
    F("note", "str", "Free text."),
))  # fmt: skip

ACTOR = Entity("actor", "Someone who speaks: a person, body, government, state media or group.", (
    F("id", "id", "Stable id, e.g. `antony-blinken`.", True),
    F("name", "str", "Canonical name.", True),
    F("kind", "enum", "What sort of speaker.", True, vocab=vocab.ACTOR_KINDS),
    F("country", "str", "ISO 3166 alpha-2 code (US, KR, KP, RU) or a region."),
    F("aliases", "strs", "Other surface forms: spellings, titles, short names, pronoun-free."),
    F("roles", "entities", "Positions held over time.", entity="role"),
    F("speaks_for", "ref", "The government or body this actor always speaks for "
      "(state media for its state).", refs=("actor", "outlet")),
    F("note", "str", "Free text."),
))  # fmt: skip

OUTLET = Entity("outlet", "A publisher or relay: newspaper, wire agency, state media.", (
    F("id", "id", "Stable id, e.g. `yonhap`.", True),
    F("name", "str", "Canonical name.", True),
    F("kind", "enum", "What sort of outlet.", True, vocab=vocab.OUTLET_KINDS),
    F("country", "str", "ISO 3166 alpha-2 code."),
    F("aliases", "strs", "Other names (Yonhap News Agency, Yonhap)."),
    F("url", "str", "Home page."),
    F("note", "str", "Free text."),
))  # fmt: skip

TOPIC = Entity("topic", "A subject, with the words and phrases users search for.", (
    F("id", "id", "Stable id, e.g. `arms-transfers`.", True),
    F("name", "str", "Display name.", True),
    F("terms", "strs", "Search words and phrases that mean this topic."),
    F("note", "str", "Free text."),
))  # fmt: skip

PROPOSITION = Entity("proposition", "A normalised statement that claims support or oppose.", (
    F("id", "id", "Stable id.", True),
    F("text", "str", "The statement, or for a value proposition the question.", True),
    F("kind", "enum", "`statement` (default) or `value`.", vocab=vocab.PROPOSITION_KINDS),
    F("value_type", "enum", "For value propositions: the type of value.",
      vocab=vocab.VALUE_TYPES),
    F("topics", "refs", "Topics it belongs to.", refs=("topic",)),
    F("incompatible_with", "refs", "Propositions that cannot be true with this one.",
      refs=("proposition",)),
    F("note", "str", "Free text."),
))  # fmt: skip

PUBLISHED = Entity("published", "When a source was published, and how that is known.", (
    F("date", "date", "YYYY, YYYY-MM or YYYY-MM-DD: the precision is the form.", True),
    F("inferred", "bool", "True when the date is not printed and was inferred."),
    F("basis", "str", "How the date was inferred."),
))  # fmt: skip

SOURCE = Entity("source", "An archived article: front matter of `sources/<id>.txt`.", (
    F("outlet", "ref", "Publisher.", True, refs=("outlet",)),
    F("outlet_confidence", "enum", "How sure the outlet is (when inferred from the text).",
      vocab=vocab.CERTAINTY),
    F("outlet_basis", "str", "The signs in the text that identify the outlet."),
    F("title", "str", "Headline.", True),
    F("url", "str", "Where it was published, if known."),
    F("published", "entity-or-str", "Publication date, or a mapping with how it was inferred.",
      True, entity="published"),
    F("language", "str", "Language of the archived text (ISO 639-1).", True),
    F("translated_from", "str", "Original language when the archived text is a translation."),
    F("agencies", "refs", "Wire agencies the article relies on.", refs=("outlet",)),
    F("byline", "str", "Author or author code as printed."),
    F("retrieved", "date", "When the text was archived."),
    F("furniture", "strs", "Verbatim passages of page furniture (footers, credits, legal "
      "notices) that carry no claim; coverage skips them."),
    F("not_claims", "strs", "Verbatim passages a reviewer marked as not a claim; extract and "
      "coverage skip them, like furniture."),
    F("reviewed", "date", "When every draft of the source was reviewed; extract will not "
      "draft it again unless forced."),
    F("note", "str", "Free text."),
))  # fmt: skip

SAID = Entity("said", "When a claim was made.", (
    F("date", "date", "YYYY, YYYY-MM or YYYY-MM-DD; omit to resolve `expression`."),
    F("expression", "str", "The source's own words ('on Friday', 'last Wednesday')."),
    F("note", "str", "Free text."),
))  # fmt: skip

VENUE = Entity("venue", "Where or how a claim was made.", (
    F("kind", "enum", "The kind of venue.", True, vocab=vocab.VENUE_KINDS),
    F("description", "str", "E.g. 'joint press conference with Cho Tae-yul'."),
    F("place", "str", "City or place."),
))  # fmt: skip

HOP = Entity("hop", "One step of a relay chain, from the speaker towards the publishing outlet.", (
    F("via", "ref", "The actor or outlet that carried the claim.", True,
      refs=("actor", "outlet")),
    F("how", "str", "interview, report, translation, press release..."),
))  # fmt: skip

BEARING = Entity("bearing", "How a claim bears on a proposition.", (
    F("proposition", "ref", "The proposition.", True, refs=("proposition",)),
    F("stance", "enum", "supports or opposes.", True, vocab=vocab.STANCES),
    F("value", "str", "For a value proposition: the value the claim gives."),
    F("note", "str", "Free text."),
))  # fmt: skip

SUGGESTED_BEARING = Entity("suggested-bearing", "A proposition suggested for a draft.", (
    F("proposition", "ref", "The proposition.", True, refs=("proposition",)),
    F("stance", "enum", "supports or opposes.", True, vocab=vocab.STANCES),
    F("score", "int", "How strong the suggestion is, 0-100; the list is ranked by it.", True),
    F("reason", "str", "Why, in one line ('like ukr25.x, which supports y')."),
    F("value", "str", "For a value proposition: the value the text gives (a date question: "
      "the first date of the excerpt)."),
))  # fmt: skip

SUGGESTED_TOPIC = Entity("suggested-topic", "A topic suggested for a draft.", (
    F("topic", "ref", "The topic.", True, refs=("topic",)),
    F("score", "int", "How strong the suggestion is, 0-100; the list is ranked by it.", True),
    F("reason", "str", "Why, in one line."),
))  # fmt: skip

SUGGESTION = Entity("suggestion", "Links and values proposed by `rnkclaims suggest`, not "
                    "yet accepted: a reviewer moves them into the claim's own fields.", (
    F("propositions", "entities", "Propositions it may bear on, best first.",
      entity="suggested-bearing"),
    F("topics", "entities", "Topics it may belong to, best first.", entity="suggested-topic"),
    F("certainty", "enum", "The certainty the hedge and act suggest.", vocab=vocab.CERTAINTY),
    F("role", "str", "The role the speaker held on the date (an id of the actor's roles)."),
    F("mode", "enum", "quote, for a reported draft that quotes one phrase of its speaker.",
      vocab=vocab.CLAIM_MODES),
    F("quote", "str", "The phrase a reported draft quotes of its speaker."),
    F("act", "enum", "predicts, for the outlet's own sentence with a modal.",
      vocab=vocab.SPEECH_ACTS),
    F("hedge", "str", "The modal of the outlet's own forecast ('could')."),
    F("said", "entity-or-str", "A date for an undated draft: `unknown`, or the publication "
      "date for the outlet's own sentence.", entity="said"),
    F("venue", "entity-or-str", "The venue the excerpt names, for a draft with none.",
      entity="venue"),
    F("remove", "strs", "Fields the draft loses on accept: a hedge that is the month May, "
      "the relay of the outlet's own sentence."),
))  # fmt: skip

CLAIM = Entity("claim", "One attributed statement: who said what, when, where, through whom.", (
    F("id", "id", "Stable id.", True),
    F("speaker", "ref", "Who said it.", True, refs=("actor", "outlet")),
    F("role", "str", "Id of the speaker's role at the time (see actor roles)."),
    F("source", "ref", "The archived article it comes from.", True, refs=("source",)),
    F("mode", "enum", "quote or reported.", True, vocab=vocab.CLAIM_MODES),
    F("excerpt", "str", "Verbatim text of the source that carries the claim.", True),
    F("quote", "str", "For quotes: the speaker's own words, verbatim."),
    F("act", "enum", "The speech act.", True, vocab=vocab.SPEECH_ACTS),
    F("hedge", "str", "The hedging words as written ('likely')."),
    F("certainty", "enum", "How certain the speaker is.", vocab=vocab.CERTAINTY),
    F("said", "entity-or-str", "When it was said: a date, `unknown`, or a mapping.",
      entity="said"),
    F("venue", "entity-or-str", "Where or how: a venue kind, or a mapping.", entity="venue"),
    F("relay", "entities", "Hops from the speaker to the publishing outlet, in order.",
      entity="hop"),
    F("propositions", "entities", "Propositions it bears on.", entity="bearing"),
    F("topics", "refs", "Topics.", refs=("topic",)),
    F("intended", "str", "The intended meaning where the literal text is garbled."),
    F("note", "str", "Free text."),
    F("draft", "bool", "True for machine drafts not yet reviewed."),
    F("suggested", "entity", "Suggestions not yet reviewed (see `rnkclaims suggest`).",
      entity="suggestion"),
))  # fmt: skip

LEDGER_FILE = Entity("ledger", "A ledger file: claims.yaml or claims/*.yaml.", (
    F("schema_version", "int", f"Format version; this rnkclaims reads {SCHEMA_VERSION}."),
    F("actors", "entities", "Actors.", entity="actor"),
    F("outlets", "entities", "Outlets.", entity="outlet"),
    F("topics", "entities", "Topics.", entity="topic"),
    F("propositions", "entities", "Propositions.", entity="proposition"),
    F("claims", "entities", "Claims.", entity="claim"),
))  # fmt: skip

ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (LEDGER_FILE, ACTOR, ROLE, OUTLET, TOPIC, PROPOSITION, SOURCE, PUBLISHED, CLAIM,
              SAID, VENUE, HOP, BEARING, SUGGESTION, SUGGESTED_BEARING, SUGGESTED_TOPIC)
}  # fmt: skip

# Top-level sections in the order they are loaded; each holds a list of this entity.
SECTIONS: dict[str, str] = {
    "actors": "actor",
    "outlets": "outlet",
    "topics": "topic",
    "propositions": "proposition",
    "claims": "claim",
}
