"""Incremental builds: after an edit, the database equals a full build of the same ledger.

Each test builds a generated split ledger, edits it, lets ``open_current`` bring the
database up to date (in place when it can), builds the edited ledger from scratch into
another file, and compares the two databases table by table, row by row, full-text
index included.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.errors import LedgerError
from rnkclaims.ledger import LedgerPaths, file_digests, locate
from rnkclaims.store.build import TABLES
from rnkclaims.store.open import open_current
from rnkclaims.store.update import current_digests, update

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("make_ledger", REPO / "bench" / "make_ledger.py")
assert _spec is not None and _spec.loader is not None
make_ledger = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_ledger)

# meta rows that differ between two builds of one ledger
_MOMENT = {"built_at"}


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted; row ids replaced by the claim they belong to."""
    conn = sqlite3.connect(db)
    try:
        out: dict[str, list[tuple[object, ...]]] = {}
        for table in TABLES:
            rows = conn.execute(f"select * from [{table}]").fetchall()
            if table == "meta":
                rows = [r for r in rows if r[0] not in _MOMENT]
            if table == "ledger_files":  # a slot only orders: an added file's is new
                rows = [(*r[:3], r[-1]) for r in rows]
            out[table] = sorted(rows, key=repr)
        # the order of claims in claim_search (ties in a search rank in it)
        out["claim order"] = conn.execute(
            "select claim_id from claim_search order by rowid"
        ).fetchall()
        out["file order"] = conn.execute(
            "select path from ledger_files where slot > 0 order by slot"
        ).fetchall()
        out["search_topics"] = sorted(
            conn.execute(
                "select st.topic_id, cs.claim_id from search_topics st "
                "join claim_search cs on cs.rowid = st.search_rowid"
            ).fetchall()
        )
        (orphans,) = conn.execute(
            "select count(*) from search_topics where search_rowid not in "
            "(select rowid from claim_search)"
        ).fetchone()
        out["search_topics orphans"] = [(orphans,)]
        conn.execute("insert into claim_search_fts (claim_search_fts) values ('integrity-check')")
        conn.execute(
            "create virtual table temp.vocab using fts5vocab(main, claim_search_fts, instance)"
        )
        out["fts index"] = sorted(
            conn.execute(
                "select v.term, cs.claim_id, v.col, v.offset from temp.vocab v "
                "join claim_search cs on cs.rowid = v.doc"
            ).fetchall(),
            key=repr,
        )
        (unshared,) = conn.execute(
            "select count(*) from claims c left join claim_search s on s.rowid = c.rowid "
            "where s.claim_id is not c.id"
        ).fetchone()
        out["claims whose rowid is not their search row's"] = [(unshared,)]
        (fts_rows,) = conn.execute("select count(*) from claim_search_fts").fetchone()
        out["fts rows"] = [(fts_rows,)]
        out["schema"] = sorted(
            conn.execute(
                "select type, name, sql from sqlite_master where name not like 'sqlite_%'"
            ).fetchall(),
            key=repr,
        )
        return out
    finally:
        conn.close()


@pytest.fixture
def split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LedgerPaths]:
    """A generated ledger of 120 claims in three files of claims/, built once."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RNKCLAIMS_DB", str(tmp_path / "db" / "ledger.db"))
    make_ledger.generate(tmp_path / "ledger", 120, 1, 40)
    paths = locate(tmp_path / "ledger")
    (tmp_path / "db").mkdir()
    open_current(paths).conn.close()
    yield paths


def bring_up_to_date(paths: LedgerPaths) -> bool:
    """Open the database after an edit; whether it was updated in place."""
    opened = open_current(paths)
    opened.conn.close()
    assert opened.rebuilt
    return opened.updated


def assert_same_as_full(paths: LedgerPaths) -> None:
    incremental = Path(os.environ["RNKCLAIMS_DB"])
    full = incremental.with_name("full.db")
    open_current(paths, full, force=True).conn.close()
    a, b = dump(incremental), dump(full)
    assert a.keys() == b.keys()
    for table in a:
        assert a[table] == b[table], table
    assert a["claims"] and a["fts index"]  # the comparison compared something
    assert a["claims whose rowid is not their search row's"] == [(0,)]


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace ``old`` as git and most editors do: a new file renamed over the old one."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    replace(path, text.replace(old, new, count))


def replace(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def part(paths: LedgerPaths, n: int) -> Path:
    return paths.extra_dir / f"part-{n:04d}.yaml"


def test_edit_one_claim(split: LedgerPaths) -> None:
    edit(part(split, 1), "act: asserts", "act: warns")
    edit(part(split, 1), "topics: [topic-45]", "topics: [topic-45, topic-3]")
    edit(part(split, 1), "stance: supports}", "stance: opposes}")
    edit(part(split, 1), "expression: on Monday", "expression: on Wednesday")
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def test_add_and_remove_claims_and_files(split: LedgerPaths) -> None:
    first = part(split, 0).read_text(encoding="utf-8")
    claim_0 = first[len("claims:\n") : first.index("  - id: claim-1\n")]
    edit(part(split, 0), claim_0, "")  # claim-0 goes
    part(split, 2).unlink()  # claims 80-119 go
    moved = claim_0.replace("id: claim-0", "id: claim-new")
    (split.extra_dir / "zz-new.yaml").write_text("claims:\n" + moved, encoding="utf-8")
    assert bring_up_to_date(split)
    assert_same_as_full(split)
    conn = sqlite3.connect(os.environ["RNKCLAIMS_DB"])
    ids = {r[0] for r in conn.execute("select id from claims")}
    conn.close()
    assert "claim-new" in ids and "claim-0" not in ids and "claim-100" not in ids
    assert len(ids) == 120 - 1 - 40 + 1


def test_claim_moved_between_files(split: LedgerPaths) -> None:
    first = part(split, 0).read_text(encoding="utf-8")
    claim_0 = first[len("claims:\n") : first.index("  - id: claim-1\n")]
    edit(part(split, 0), claim_0, "")
    part(split, 1).write_text(part(split, 1).read_text(encoding="utf-8") + claim_0, "utf-8")
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def claim_text(paths: LedgerPaths, n: int, cid: str) -> str:
    """The text of claim ``cid`` in part ``n``: from its '- id:' line to the next one."""
    text = part(paths, n).read_text(encoding="utf-8")
    start = text.index(f"  - id: {cid}\n")
    end = text.find("  - id: ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def written(paths: LedgerPaths) -> int:
    """Update the database in place; how many claims it wrote (it must apply)."""
    result = update(paths, Path(os.environ["RNKCLAIMS_DB"]))
    assert result is not None
    return result["claims"]


def claim_ids(where: str = "") -> list[str]:
    conn = sqlite3.connect(os.environ["RNKCLAIMS_DB"])
    try:
        return [r[0] for r in conn.execute(f"select id from claims {where} order by rowid")]
    finally:
        conn.close()


def test_an_edit_inside_a_file_writes_only_that_claim(split: LedgerPaths) -> None:
    """One claim of a 40-claim file edited, two lines longer: it alone is written again,
    the claims after it only move (their line), and the database is a full build's."""
    old = claim_text(split, 1, "claim-45")
    longer = old.replace("act: asserts", "act: warns") + "    note: |\n      two\n"
    edit(part(split, 1), old, longer)
    assert written(split) == 1
    assert_same_as_full(split)


def test_a_comment_moves_claims_without_writing_them(split: LedgerPaths) -> None:
    edit(part(split, 1), "claims:\n", "# the second part\n\nclaims:\n")
    assert written(split) == 0
    assert_same_as_full(split)


def test_claims_added_removed_and_reordered_inside_a_file(split: LedgerPaths) -> None:
    """A claim added in the middle of a file, one removed, two swapped: the claims whose
    place in the file changed are written again with the new ones, the others stay."""
    c50, c51, c60 = (claim_text(split, 1, c) for c in ("claim-50", "claim-51", "claim-60"))
    new = c50.replace("id: claim-50", "id: claim-added")
    edit(part(split, 1), c50 + c51, c51 + c50)  # claims 50 and 51 swap places
    edit(part(split, 1), c60, "")  # claim 60 goes: 61-79 move up a place
    edit(part(split, 1), claim_text(split, 1, "claim-70"), new + claim_text(split, 1, "claim-70"))
    # 50, 51 swapped; 61-69 one place up; claim-added where 69 was; 70-79 back in place
    assert written(split) == 2 + 9 + 1
    assert_same_as_full(split)
    ids = claim_ids("where file like '%part-0001.yaml'")
    assert ids[10:12] == ["claim-51", "claim-50"] and "claim-60" not in ids
    assert ids.index("claim-added") == ids.index("claim-70") - 1


def test_a_claim_id_taken_by_a_claim_of_the_same_file_means_full_build(
    split: LedgerPaths,
) -> None:
    edit(part(split, 1), "id: claim-45\n", "id: claim-44\n")
    with pytest.raises(LedgerError, match="error"):
        open_current(split)


def test_a_claim_moved_to_another_file_keeps_its_id_once(split: LedgerPaths) -> None:
    moved = claim_text(split, 1, "claim-79")  # the last of its file
    edit(part(split, 1), moved, "")
    replace(part(split, 2), part(split, 2).read_text(encoding="utf-8") + moved)
    assert written(split) == 1
    assert_same_as_full(split)
    assert claim_ids().count("claim-79") == 1


def test_an_edited_source_writes_only_the_claims_citing_it(split: LedgerPaths) -> None:
    edit(split.sources_dir / "source-1.txt", "published: 2024-03-02", "published: 2024-04-20")
    citing = len(claim_ids("where source_id = 'source-1'"))
    assert citing > 3  # in every file of claims
    assert written(split) == citing
    assert_same_as_full(split)


def test_an_actor_renamed_writes_only_the_claims_naming_it(split: LedgerPaths) -> None:
    edit(split.main, "name: Actor Number 2\n", "name: Actor Two\n")
    naming = claim_ids(
        "where speaker_id = 'actor-2' or voice_id = 'actor-2' "
        "or id in (select claim_id from relay_hops where via_id = 'actor-2')"
    )
    assert 0 < len(naming) < 120
    assert written(split) == len(naming)
    assert_same_as_full(split)


def test_claims_beyond_ascii_are_told_apart(split: LedgerPaths) -> None:
    """A file with text beyond ASCII (its claims sliced by character): an edit of one
    claim after a claim with such text still writes that claim only."""
    edit(part(split, 1), "act: asserts", "act: asserts\n    note: Café Zürich — «ici»")
    assert bring_up_to_date(split)
    assert_same_as_full(split)
    old = claim_text(split, 1, "claim-78")
    edit(part(split, 1), old, old.replace("act: ", "note: naïve\n    act: "))
    assert written(split) == 1
    assert_same_as_full(split)


def test_claims_in_flow_style_on_one_line(split: LedgerPaths) -> None:
    """Claims written as flow mappings, all on one line (no line between two claims to
    cut their texts at), then one of them edited: the database is still a full build's."""
    import yaml

    claims = yaml.safe_load(part(split, 2).read_text(encoding="utf-8"))["claims"]
    flow = yaml.safe_dump({"claims": claims}, default_flow_style=True, width=10**9)
    assert flow.count("\n") == 1
    replace(part(split, 2), flow)
    assert bring_up_to_date(split)
    assert_same_as_full(split)
    was = claims[10]["act"]
    claims[10]["act"] = "warns" if len(was) != len("warns") else "denies"
    replace(
        part(split, 2), yaml.safe_dump({"claims": claims}, default_flow_style=True, width=10**9)
    )
    # the claims before it stay; those after it moved along the line (their column is
    # part of their digest) and are written again with it
    assert written(split) == len(claims) - 10
    assert_same_as_full(split)


def test_add_a_source(split: LedgerPaths) -> None:
    (split.sources_dir / "source-new.txt").write_text(
        "---\noutlet: outlet-3\ntitle: A new article\npublished: 2024-05-02\n"
        "language: en\nagencies: [outlet-4]\nfurniture: [Read more]\n---\n"
        "Officials said the launch would go ahead.\n\nRead more\n",
        encoding="utf-8",
    )
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def test_add_a_source_and_a_claim_citing_it(split: LedgerPaths) -> None:
    (split.sources_dir / "source-new.txt").write_text(
        "---\noutlet: outlet-3\ntitle: A new article\npublished: 2024-05-02\nlanguage: en\n"
        "---\nActor Number 2 said the launch would go ahead.\n",
        encoding="utf-8",
    )
    with part(split, 2).open("a", encoding="utf-8") as fh:
        fh.write(
            "  - id: claim-cites-new\n    speaker: actor-2\n    source: source-new\n"
            "    mode: reported\n    excerpt: 'Actor Number 2 said the launch would go ahead.'\n"
            "    act: asserts\n    said: {expression: on Monday}\n"
            "    propositions: [{proposition: prop-1, stance: supports}]\n"
        )
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def test_edit_a_cited_source(split: LedgerPaths) -> None:
    """A source's date changes: the claims citing it, in files that did not change, get
    their dates again (they are relative to the source's)."""
    edit(split.sources_dir / "source-1.txt", "published: 2024-03-02", "published: 2024-04-20")
    edit(split.sources_dir / "source-2.txt", "title: Synthetic article 2", "title: Renamed")
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def test_remove_an_unused_source(split: LedgerPaths) -> None:
    (split.sources_dir / "source-unused.txt").write_text(
        "---\noutlet: outlet-3\ntitle: Unused\npublished: 2024-05-02\nlanguage: en\n---\nText.\n",
        encoding="utf-8",
    )
    assert bring_up_to_date(split)
    (split.sources_dir / "source-unused.txt").unlink()
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def test_actor_id_renamed_everywhere(split: LedgerPaths) -> None:
    """A change others depend on: the new id lands in every table that names it."""
    edit(split.main, "id: actor-2\n", "id: actor-two\n")
    for n in range(3):
        edit(part(split, n), "speaker: actor-2\n", "speaker: actor-two\n", count=1)
        text = part(split, n).read_text(encoding="utf-8")
        part(split, n).write_text(
            text.replace("speaker: actor-2\n", "speaker: actor-two\n"), "utf-8"
        )
    assert bring_up_to_date(split)  # the main file and the claims naming the actor
    assert_same_as_full(split)
    conn = sqlite3.connect(os.environ["RNKCLAIMS_DB"])
    assert conn.execute("select count(*) from claims where speaker_id = 'actor-2'").fetchone() == (
        0,
    )
    assert conn.execute("select count(*) from claims where speaker_id = 'actor-two'").fetchone()[0]
    conn.close()


def test_actor_id_renamed_but_not_its_claims(split: LedgerPaths) -> None:
    edit(split.main, "id: actor-2\n", "id: actor-two\n")
    with pytest.raises(LedgerError, match="error"):
        open_current(split)


def test_proposition_text_changed(split: LedgerPaths) -> None:
    edit(split.main, "  - id: prop-1\n    text: '", "  - id: prop-1\n    text: 'Reworded: ")
    bring_up_to_date(split)
    assert_same_as_full(split)
    conn = sqlite3.connect(os.environ["RNKCLAIMS_DB"])
    (hits,) = conn.execute(
        "select count(*) from claim_search where propositions like 'Reworded:%'"
    ).fetchone()
    (bearing,) = conn.execute(
        "select count(*) from claim_propositions where proposition_id = 'prop-1'"
    ).fetchone()
    conn.close()
    assert hits == bearing > 0


def test_vocabulary_in_a_claims_file(split: LedgerPaths) -> None:
    """A file of claims/ that starts holding topics: its records are written too."""
    with part(split, 1).open("a", encoding="utf-8") as fh:
        fh.write("topics:\n  - id: topic-extra\n    name: An extra topic\n")
    assert bring_up_to_date(split)
    assert_same_as_full(split)


# Edits of the records claims refer to: the claims naming what changed are rewritten.
RECORD_EDITS = {
    "an actor's name (the search text of its claims)": ("Actor Number 3\n", "Third Actor\n"),
    "an alias added": ("[Speaker 4, A4]", "[Speaker 4, A4, Fourth]"),
    "an actor speaks for another": (
        "  - id: actor-5\n",
        "  - id: actor-5\n    speaks_for: actor-6\n",
    ),
    "an outlet's name": ("name: Outlet 1\n", "name: Outlet One\n"),
    "a topic's terms": ("terms: [council, summit, reconnaissance]", "terms: [council]"),
    "a proposition's topics (the search topics of its claims)": (
        "    topics: [topic-2]\n",
        "    topics: [topic-2, topic-3]\n",
    ),
    "a comment above the actors (every line moves)": ("actors:\n", "# people\nactors:\n"),
}


@pytest.mark.parametrize("name", list(RECORD_EDITS))
def test_an_edit_of_a_record_rewrites_the_claims_naming_it(split: LedgerPaths, name: str) -> None:
    old, new = RECORD_EDITS[name]
    edit(split.main, old, new)
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def test_a_record_moved_to_a_file_of_its_own(split: LedgerPaths) -> None:
    text = split.main.read_text(encoding="utf-8")
    start = text.index("  - id: actor-7\n")
    end = text.index("  - id: actor-8\n")
    replace(split.main, text[:start] + text[end:])
    replace(split.extra_dir / "people.yaml", "actors:\n" + text[start:end])
    assert bring_up_to_date(split)
    assert_same_as_full(split)


def test_a_role_that_no_longer_covers_claims_in_unchanged_files_is_an_error(
    split: LedgerPaths,
) -> None:
    """The claims of files that did not change are checked again: a full build would
    refuse this ledger, and so does the update."""
    text = split.main.read_text(encoding="utf-8")
    at = text.index("  - id: actor-5\n")
    date = text.index("from: 2000", at)
    replace(split.main, text[:date] + "from: 2030" + text[date + len("from: 2000") :])
    with pytest.raises(LedgerError, match="error"):
        open_current(split)


def test_new_claim_id_taken_in_another_file(split: LedgerPaths) -> None:
    edit(part(split, 2), "id: claim-80\n", "id: claim-3\n")
    with pytest.raises(LedgerError, match=r"duplicate|already used"):
        open_current(split)


def test_unknown_reference_in_an_edited_file(split: LedgerPaths) -> None:
    edit(part(split, 1), "speaker: actor-2\n", "speaker: actor-nobody\n")
    with pytest.raises(LedgerError, match="actor-nobody"):
        open_current(split)


def test_an_edited_claim_is_checked_against_the_unchanged_records(split: LedgerPaths) -> None:
    """The records' own rules are not run again when none changed, but an edited claim
    still meets them: a role its speaker does not hold, a proposition's unknown id."""
    edit(part(split, 1), "role: official\n", "role: ambassador\n")
    with pytest.raises(LedgerError, match="ambassador"):
        open_current(split)
    edit(part(split, 1), "role: ambassador\n", "role: official\n")
    edit(part(split, 1), "{proposition: prop-1,", "{proposition: prop-unknown,")
    with pytest.raises(LedgerError, match="prop-unknown"):
        open_current(split)


def test_cited_source_removed(split: LedgerPaths) -> None:
    (split.sources_dir / "source-4.txt").unlink()
    with pytest.raises(LedgerError, match="source-4"):
        open_current(split)


def test_excerpt_no_longer_in_its_edited_source(split: LedgerPaths) -> None:
    """A source rewritten so that claims of unchanged files no longer match it."""
    path = split.sources_dir / "source-5.txt"
    front, _, _ = path.read_text(encoding="utf-8").partition("\n---\n")
    replace(path, front + "\n---\nSomething else entirely.\n")
    with pytest.raises(LedgerError):
        open_current(split)


def test_other_working_directory_means_full_build(
    split: LedgerPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(part(split, 1), "act: asserts", "act: warns")
    monkeypatch.chdir(split.root)  # file names in the tables would be relative to here
    assert not bring_up_to_date(split)
    assert_same_as_full(split)


def test_build_command_updates_in_place(split: LedgerPaths) -> None:
    edit(part(split, 0), "act: denies", "act: confirms")
    result = CliRunner().invoke(app, ["build", "--ledger", str(split.root)])
    assert result.exit_code == 0, result.output
    assert "updated" in result.output
    assert_same_as_full(split)


@pytest.mark.parametrize(
    "command",
    [
        ["who-said", "Actor", "-f", "json", "--limit", "0"],
        ["who-said", "Actor", "-f", "json", "--limit", "7"],
        ["claims", "-f", "json", "--limit", "0"],
        ["denials", "-f", "json"],
        ["contradictions", "-f", "json"],
        ["stats", "-f", "json"],
    ],
)
def test_queries_answer_as_after_a_full_build(split: LedgerPaths, command: list[str]) -> None:
    """Ties in a search rank in the ledger's order either way: a file added between two
    others, and one edited, keep their places."""
    first = part(split, 0).read_text(encoding="utf-8")
    claim_0 = first[len("claims:\n") : first.index("  - id: claim-1\n")]
    between = split.extra_dir / "part-0000b.yaml"
    between.write_text("claims:\n" + claim_0.replace("id: claim-0", "id: claim-b"), "utf-8")
    edit(part(split, 0), "act: asserts", "act: warns")
    assert bring_up_to_date(split)
    incremental = os.environ["RNKCLAIMS_DB"]
    full = str(Path(incremental).with_name("full.db"))
    open_current(split, full, force=True).conn.close()
    runner = CliRunner()
    answers = [
        runner.invoke(app, [*command, "--ledger", str(split.root), "--db", db])
        for db in (incremental, full)
    ]
    assert answers[0].exit_code == answers[1].exit_code == 0, answers[0].output
    # stats names the moment each database was written: the rest is the same
    outputs = [re.sub(r'"built_at": "[^"]*"', '"built_at": ""', a.stdout) for a in answers]
    assert outputs[0] == outputs[1]
    assert "claim" in answers[0].stdout


def age(paths: LedgerPaths, seconds: int = 3600) -> None:
    """Set every file's mtime back, as for a ledger checked out a while ago."""
    for path in (*paths.yaml_files(), *paths.source_files()):
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 10**9))


def recorded_stats(db: Path) -> dict[str, tuple[int, int, int, int]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select path, size, mtime_ns, ctime_ns, inode from ledger_files")
        return {path: (size, mtime, ctime, ino) for path, size, mtime, ctime, ino in rows}
    finally:
        conn.close()


def test_fresh_files_record_no_stat(split: LedgerPaths) -> None:
    """Files written within the same clock tick as the build are hashed next time."""
    stats = recorded_stats(Path(os.environ["RNKCLAIMS_DB"]))
    assert stats and all(s == (0, 0, 0, 0) for s in stats.values())


def test_unchanged_files_are_not_hashed_again(split: LedgerPaths) -> None:
    db = Path(os.environ["RNKCLAIMS_DB"])
    age(split)
    open_current(split, force=True).conn.close()
    stats = recorded_stats(db)
    n_files = len(split.yaml_files()) + len(split.source_files())
    assert len(stats) == n_files and all(s[2] > 0 for s in stats.values())
    assert current_digests(split, db).hashed == 0
    edit(part(split, 1), "act: asserts", "act: warns")
    digests = current_digests(split, db)
    assert digests.hashed == 1
    assert digests.fingerprint == file_digests(split).fingerprint
    assert bring_up_to_date(split)
    assert_same_as_full(split)
    # the edited file is too fresh to vouch for: hashed again; the others are not
    after = recorded_stats(db)
    assert after[str(part(split, 1))] == (0, 0, 0, 0)
    assert current_digests(split, db).hashed == 1


def test_rewrite_keeping_size_and_mtime_is_seen(split: LedgerPaths) -> None:
    """An in-place rewrite of the same size, its mtime set back as it was (``cp -p``,
    ``rsync -a``), still changes the file's ctime: the file is hashed and updated. (The
    stat signature a query checks first sees YAML files' sizes and mtimes only: this is
    what ``update`` does once it runs.)"""
    db = Path(os.environ["RNKCLAIMS_DB"])
    age(split)
    open_current(split, force=True).conn.close()
    path = part(split, 1)
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "act: asserts" in text
    with path.open("w", encoding="utf-8") as f:  # in place, the same length and inode
        f.write(text.replace("act: asserts", "act: accuses", 1))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    assert current_digests(split, db).hashed == 1
    assert update(split, db) is not None
    assert_same_as_full(split)
    conn = sqlite3.connect(db)
    try:
        acts = {act for (act,) in conn.execute("select act from claims")}
    finally:
        conn.close()
    assert "accuses" in acts


def test_an_edit_saved_while_the_database_is_built_is_seen_by_the_next_query(
    split: LedgerPaths,
) -> None:
    from rnkclaims.check import check
    from rnkclaims.ledger import load
    from rnkclaims.store.build import build

    db = Path(os.environ["RNKCLAIMS_DB"])
    edit(part(split, 1), "act: asserts", "act: warns")
    ledger = load(split, digests=True)  # the build reads the ledger (as rebuild does)...
    checked = check(ledger)
    edit(part(split, 1), "act: asserts", "act: denies")  # ...and an edit lands meanwhile
    build(ledger, checked.derived, db)
    opened = open_current(split)
    try:
        acts = {row[0] for row in opened.conn.execute("select act from claims")}
    finally:
        opened.conn.close()
    assert opened.rebuilt  # not the stale answer of the build that missed the edit
    assert "denies" in acts
    assert_same_as_full(split)
