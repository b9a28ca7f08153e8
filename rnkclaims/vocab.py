"""The closed vocabularies of the ledger, each term with its definition.

These tables are the single source for validation, the JSON Schema and the docs.
"""

from __future__ import annotations

SPEECH_ACTS: dict[str, str] = {
    "asserts": "States something as a fact.",
    "denies": "Rejects a proposition or an accusation made by others.",
    "confirms": "Affirms something already reported, proposed or agreed.",
    "accuses": "Attributes wrongdoing to another party.",
    "suspects": "Says it believes or suspects something without asserting it as fact.",
    "assesses": "Gives an analytical judgement (analysts, intelligence assessments).",
    "predicts": "Says something will or is likely to happen.",
    "pledges": "Commits the speaker to a future action (vows, promises).",
    "intends": "States a plan or hope of the speaker's own (hopes to begin, plans to).",
    "warns": "Warns of a threat or consequence.",
    "expresses-concern": "Voices concern about something.",
    "reports": "Relays an event as news (typically state media or an outlet).",
    "announces": "Makes something public for the first time (an agreement, a launch).",
    "calls-for": "Demands or urges an action.",
}

STANCES: dict[str, str] = {
    "supports": "The claim, if true, makes the proposition true.",
    "opposes": "The claim, if true, makes the proposition false.",
}

CERTAINTY: dict[str, str] = {
    "certain": "Stated without qualification.",
    "probable": "Hedged but leaning true: 'likely', 'we have reasons to believe'.",
    "possible": "Open: 'may', 'could', 'the possibility of'.",
    "doubtful": "Leaning false: 'unlikely', 'expressed confidence that ... would not'.",
}

CLAIM_MODES: dict[str, str] = {
    "quote": "A direct quotation: the quote field holds the speaker's own words.",
    "reported": "Reported speech: the excerpt is the sentence that reports it.",
}

VENUE_KINDS: dict[str, str] = {
    "press-conference": "A press conference or joint press appearance.",
    "hearing": "A legislative hearing or committee session.",
    "written-statement": "A written statement, testimony or submission.",
    "press-release": "A press release or official release.",
    "interview": "An interview given to a news agency or outlet.",
    "state-media-report": "A report by state media.",
    "news-report": "An outlet's own reporting.",
    "speech": "A speech or address.",
    "meeting": "A meeting, talks or negotiations.",
    "briefing": "A briefing to reporters.",
    "social-media": "A post on social media.",
    "other": "Anything else; describe it.",
}

ACTOR_KINDS: dict[str, str] = {
    "person": "A named individual.",
    "organisation": "A ministry, agency, company, committee or other body.",
    "government": "A state as speaker ('Washington', 'the US', 'North Korea').",
    "state-media": "A state-controlled news organisation speaking as the state (KCNA).",
    "collective": "An unnamed group ('military analysts', 'officials from both countries').",
    "outlet": "A news outlet speaking in its own voice.",
}

OUTLET_KINDS: dict[str, str] = {
    "newspaper": "A newspaper or news magazine, print or online.",
    "wire-agency": "A news agency selling copy to others (Reuters, Yonhap, TASS).",
    "state-media": "State-controlled media (KCNA).",
    "broadcaster": "Radio or television.",
    "online": "An online-only outlet.",
}

PRECISIONS: tuple[str, ...] = ("day", "month", "year")

VALUE_TYPES: dict[str, str] = {
    "date": "A date (YYYY, YYYY-MM or YYYY-MM-DD).",
    "place": "A place name.",
    "number": "A number.",
    "text": "Any other value.",
}

PROPOSITION_KINDS: dict[str, str] = {
    "statement": "A statement claims support or oppose.",
    "value": "A fact with a value (the date or place of an event) on which claims may differ.",
}
