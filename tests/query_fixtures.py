# ruff: noqa: RUF001, E501  (Cyrillic test data; ledger lines as written)
"""A small purpose-built ledger for the query commands, and helpers to open it.

It holds the cases the read side must get right: a topic whose terms are synonyms
(arms deals, supplying military equipment, providing missiles), aliases (DPRK, Pyongyang;
Kim Jong-un), accents (José Ramírez), Cyrillic text, a look-alike ("Arms Control" near
"deal" in a job title), a negation that is not a denial, one speaker repeating themselves
and one statement carried by two outlets (one voice each), a reversal, two incompatible
propositions and two dates for one summit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import write_ledger

from rnkclaims.ledger import LedgerPaths
from rnkclaims.store.open import open_current

REUTERS = """\
---
outlet: reuters
title: US says North Korea ships arms to Russia
published: 2023-09-14
language: en
agencies: [yonhap]
---
WASHINGTON, Sept 14 (Reuters) - The United States accuses North Korea of supplying Russia
with artillery shells, a spokesperson said.
Pyongyang denied any arms deals with Moscow, according to Yonhap.
Seoul confirmed that the DPRK had been providing missiles to Russia.
Jenkins, the Under Secretary for Arms Control, said the deal on grain exports had stalled.
Kim Jong-un pledged full support for Russia at the summit on Wednesday.
"""

YONHAP = """\
---
outlet: yonhap
title: Seoul confirms missile shipments
published: 2023-09-15
language: en
---
SEOUL, Sept. 15 (Yonhap) -- Seoul confirmed that the DPRK had been providing missiles to Russia.
Washington again said North Korea is supplying military equipment to Moscow.
Washington has not seen any evidence of space cooperation, officials said.
José Ramírez said the satellite launch relied on Russian engines.
"""

TASS = """\
---
outlet: tass
title: Шойгу о сотрудничестве
published: 2024-02-10
language: ru
---
Шойгу заявил о сотрудничестве с КНДР в космической области.
Shoigu said Russia would not help North Korea with satellites.
The summit at Vostochny took place on September 12, TASS reported.
The Kremlin said Russia gives Pyongyang no help with space technology.
"""

KCNA = """\
---
outlet: kcna
title: Historic summit
published: 2023-09-14
language: en
---
The historic summit was held at the Vostochny Cosmodrome on September 13.
Shoigu said Russia would help the DPRK build satellites.
"""

SOURCES = {"src-reuters": REUTERS, "src-yonhap": YONHAP, "src-tass": TASS, "src-kcna": KCNA}

LEDGER = """\
schema_version: 1
actors:
  - id: kim-jong-un
    name: Kim Jong Un
    kind: person
    country: KP
    aliases: [Kim Jong-un, Chairman Kim]
  - id: north-korea
    name: North Korea
    kind: government
    country: KP
    aliases: [DPRK, Pyongyang]
  - id: united-states
    name: United States
    kind: government
    country: US
    aliases: [US, Washington]
  - id: south-korea
    name: South Korea
    kind: government
    country: KR
    aliases: [Seoul, ROK]
  - id: bonnie-jenkins
    name: Bonnie Jenkins
    kind: person
    country: US
    aliases: [Jenkins]
    roles:
      - id: under-secretary
        title: Under Secretary for Arms Control and International Security
        from: 2021-07
  - id: sergei-shoigu
    name: Sergei Shoigu
    kind: person
    country: RU
    aliases: [Shoigu, Sergey Shoygu, Шойгу]
    roles:
      - id: defence-minister
        title: Minister of Defence
        organisation: Russian Ministry of Defence
        from: 2012-11
  - id: kremlin
    name: Kremlin
    kind: government
    country: RU
    aliases: [Moscow]
  - id: jose-ramirez
    name: José Ramírez
    kind: person
    aliases: [Ramírez]
outlets:
  - id: reuters
    name: Reuters
    kind: wire-agency
  - id: yonhap
    name: Yonhap News Agency
    kind: wire-agency
    aliases: [Yonhap]
  - id: tass
    name: TASS
    kind: wire-agency
  - id: kcna
    name: Korean Central News Agency
    kind: state-media
    aliases: [KCNA]
topics:
  - id: arms-transfers
    name: Arms transfers
    terms: [arms deals, supplying military equipment, providing missiles]
  - id: space
    name: Space cooperation
    terms: [satellite technology]
propositions:
  - id: kp-arms-to-ru
    text: North Korea supplies arms to Russia.
    topics: [arms-transfers]
  - id: ru-space-help
    text: Russia helps North Korea with satellite technology.
    topics: [space]
  - id: no-space-help
    text: Russia gives North Korea no help with space technology.
    topics: [space]
    incompatible_with: [ru-space-help]
  - id: summit-date
    text: When did the Vostochny summit take place?
    kind: value
    value_type: date
    topics: [space]
claims:
  - id: us-accuses
    speaker: united-states
    source: src-reuters
    mode: reported
    excerpt: The United States accuses North Korea of supplying Russia with artillery shells
    act: accuses
    said: 2023-09-14
    propositions:
      - {proposition: kp-arms-to-ru, stance: supports}
  - id: kp-denies
    speaker: north-korea
    source: src-reuters
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow
    act: denies
    said: 2023-09
    relay: [{via: yonhap, how: report}]
    propositions:
      - {proposition: kp-arms-to-ru, stance: opposes}
  - id: sk-confirms
    speaker: south-korea
    source: src-reuters
    mode: reported
    excerpt: Seoul confirmed that the DPRK had been providing missiles to Russia.
    act: confirms
    said: 2023-09-14
    propositions:
      - {proposition: kp-arms-to-ru, stance: supports}
  - id: sk-confirms-yonhap
    speaker: south-korea
    source: src-yonhap
    mode: reported
    excerpt: Seoul confirmed that the DPRK had been providing missiles to Russia.
    act: confirms
    said: 2023-09-15
    propositions:
      - {proposition: kp-arms-to-ru, stance: supports}
  - id: us-repeats
    speaker: united-states
    source: src-yonhap
    mode: reported
    excerpt: Washington again said North Korea is supplying military equipment to Moscow.
    act: asserts
    said: 2023-09-15
    propositions:
      - {proposition: kp-arms-to-ru, stance: supports}
  - id: jenkins-grain
    speaker: bonnie-jenkins
    role: under-secretary
    source: src-reuters
    mode: reported
    excerpt: Jenkins, the Under Secretary for Arms Control, said the deal on grain exports had stalled.
    act: asserts
    said: 2023-09-14
  - id: kim-pledges
    speaker: kim-jong-un
    source: src-reuters
    mode: reported
    excerpt: Kim Jong-un pledged full support for Russia at the summit on Wednesday.
    act: pledges
    said: 2023-09-13
  - id: us-no-evidence
    speaker: united-states
    source: src-yonhap
    mode: reported
    excerpt: Washington has not seen any evidence of space cooperation
    act: asserts
    said: 2023-09-15
    propositions:
      - {proposition: ru-space-help, stance: opposes}
  - id: ramirez-engines
    speaker: jose-ramirez
    source: src-yonhap
    mode: reported
    excerpt: José Ramírez said the satellite launch relied on Russian engines.
    act: assesses
    said: 2023-09-15
    topics: [space]
  - id: shoigu-ru
    speaker: sergei-shoigu
    role: defence-minister
    source: src-tass
    mode: reported
    excerpt: Шойгу заявил о сотрудничестве с КНДР в космической области.
    act: asserts
    said: 2024-02-09
    topics: [space]
  - id: shoigu-will-help
    speaker: sergei-shoigu
    role: defence-minister
    source: src-kcna
    mode: reported
    excerpt: Shoigu said Russia would help the DPRK build satellites.
    act: pledges
    said: 2023-09-13
    propositions:
      - {proposition: ru-space-help, stance: supports}
  - id: shoigu-wont-help
    speaker: sergei-shoigu
    role: defence-minister
    source: src-tass
    mode: reported
    excerpt: Shoigu said Russia would not help North Korea with satellites.
    act: asserts
    said: 2024-02-09
    propositions:
      - {proposition: ru-space-help, stance: opposes}
  - id: kremlin-no-help
    speaker: kremlin
    source: src-tass
    mode: reported
    excerpt: The Kremlin said Russia gives Pyongyang no help with space technology.
    act: asserts
    said: 2024-02
    propositions:
      - {proposition: no-space-help, stance: supports}
  - id: kcna-summit-13
    speaker: kcna
    source: src-kcna
    mode: reported
    excerpt: The historic summit was held at the Vostochny Cosmodrome on September 13.
    act: reports
    said: 2023-09-14
    propositions:
      - {proposition: summit-date, stance: supports, value: 2023-09-13}
  - id: tass-summit-12
    speaker: tass
    source: src-tass
    mode: reported
    excerpt: The summit at Vostochny took place on September 12, TASS reported.
    act: reports
    said: 2024-02-10
    propositions:
      - {proposition: summit-date, stance: supports, value: 2023-09-12}
"""


def write_query_ledger(root: Path, claims: str = LEDGER) -> LedgerPaths:
    return write_ledger(root, claims, SOURCES)


@contextmanager
def connect(paths: LedgerPaths, db: Path) -> Iterator[sqlite3.Connection]:
    """The ledger's up-to-date database, closed afterwards."""
    opened = open_current(paths, db)
    try:
        yield opened.conn
    finally:
        opened.conn.close()
