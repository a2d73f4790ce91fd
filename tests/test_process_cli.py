"""`crossroads process` end to end on real files, a real DuckDB file and a real HTTP server."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from support import EXAMPLES, SEED, run_cli, shared_path

BODY = (
    "Foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Tuesday to discuss water "
    "sharing on the Syr Darya. The talks, the third round this year, ended with a joint "
    "statement on a new commission. Officials said the commission would meet every quarter."
)
PAGE = (
    "<html><head><title>Water talks</title></head><body><article><h1>Water talks</h1>"
    f"<p>{BODY}</p><p>{BODY}</p></article></body></html>"
)
RUSSIAN = (
    "<html><head><meta charset='windows-1251'><title>Переговоры в Москве</title></head><body>"
    "<article><p>Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе. "
    "Стороны обсудили торговлю, энергетику и безопасность в регионе.</p><p>Делегации встретятся "
    "снова в Астане, сообщили в министерстве. Обе стороны назвали встречу конструктивной.</p>"
    "</article></body></html>"
)


def table_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        tables = ("articles", "statements", "events", "errors")
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}


def jsonl_records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.startswith("{")]


def test_the_seed_comes_out_clean(tmp_path: Path) -> None:
    seed = shared_path("seed", SEED.name)
    result = run_cli(
        "process",
        str(seed),
        "--db",
        str(tmp_path / "seed.duckdb"),
        "--jsonl",
        "-",
    )
    [record] = jsonl_records(result.stdout)
    assert (
        record["title"]
        == "Russia–Japan tensions in Central Asia: Moscow’s view on influence and sovereignty"
    )
    text = record["text"]
    assert text.startswith("Russia’s Foreign Ministry spokesperson")
    assert text.rstrip().endswith("strategic realignment in Central Asia.")
    for debris in ("Previous Article", "Next Article", "Write a Comment", "Leave a Comment"):
        assert debris not in text
    assert "false" not in text.split()
    assert [r["title"] for r in record["related"]] == [
        "Georgia Eyes a Renewed US Partnership Amid Tensions and Private Diplomacy"
    ]
    assert record["language"] == "en"


def test_examples_twice_add_nothing_the_second_time(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    first = run_cli("process", str(EXAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr.decode()
    counts = table_counts(db)
    assert counts["articles"] >= 25 and counts["errors"] == 0
    second = run_cli("process", str(EXAMPLES), "--db", str(db))
    assert second.returncode == 0
    assert table_counts(db) == counts
    assert f"{counts['articles']} already stored" in second.stderr.decode()


def bad_inputs(folder: Path) -> dict[str, str]:
    """Files of one run, each a kind of bad input, mapped to the code it must give."""
    (folder / "good.html").write_text(PAGE, encoding="utf-8")
    (folder / "russian.html").write_bytes(RUSSIAN.encode("windows-1251"))
    (folder / "latin1.txt").write_bytes(("Caf\xe9 talks\n\n" + BODY).encode("latin-1"))
    expected = {
        "empty.txt": "I002",
        "binary.html": "I003",
        "report.pdf": "I004",
        "cut.html.gz": "I006",
        "bad.warc": "I007",
        "nav-only.html": "X001",
    }
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 30)
    (folder / "report.pdf").write_bytes(b"%PDF-1.5\n1 0 obj << >> endobj\n")
    (folder / "cut.html.gz").write_bytes(gzip.compress(PAGE.encode() * 20)[:-50])
    (folder / "bad.warc").write_bytes(b"WARC/1.0\r\nnonsense\r\n\r\n" * 3)
    (folder / "nav-only.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    return expected


def test_bad_inputs_give_coded_errors_and_the_rest_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = bad_inputs(folder)
    big = folder / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    expected["huge.txt"] = "I005"
    db = tmp_path / "x.duckdb"
    named = [str(folder / "report.pdf"), str(folder / "missing.html")]  # a folder skips .pdf
    result = run_cli("process", str(folder), *named, "--db", str(db), "--jsonl", "-")
    assert result.returncode == 1
    lines = [line for line in result.stderr.decode().splitlines() if line.startswith("error ")]
    for name, code in expected.items():
        assert any(line.startswith(f"error {code} ") and name in line for line in lines), (
            name,
            lines,
        )
    assert any("I001" in line and "missing.html" in line for line in lines)
    records = {Path(r["source"]["uri"]).name: r for r in jsonl_records(result.stdout)}
    assert set(records) == {"good.html", "russian.html", "latin1.txt"}
    assert "Министр иностранных дел" in records["russian.html"]["text"]
    assert records["russian.html"]["language"] == "ru"
    assert records["latin1.txt"]["title"] == "Café talks"
    assert table_counts(db)["errors"] == len(expected) + 1
    again = run_cli("process", str(folder), *named, "--db", str(db))
    assert again.returncode == 1 and table_counts(db)["errors"] == len(expected) + 1


def test_standard_input_is_processed(tmp_path: Path) -> None:
    line = json.dumps({"text": f"Water talks\n\n{BODY}", "url": "https://news.example/water"})
    result = run_cli(
        "process", "-", "--db", str(tmp_path / "s.duckdb"), "--jsonl", "-", stdin=line.encode()
    )
    [record] = jsonl_records(result.stdout)
    assert record["site"] == "news.example" and record["source"]["format"] == "jsonl"


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            self.send_error(404)
            return
        time.sleep(3)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def slow_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_url_that_times_out_is_a_coded_error(tmp_path: Path, slow_server: str) -> None:
    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    args = [
        "--db",
        str(tmp_path / "x.duckdb"),
        "--allow-private",
        "--timeout",
        "0.5",
        "--delay",
        "0",
    ]
    result = run_cli("process", f"{slow_server}/slow", str(tmp_path / "good.html"), *args)
    assert result.returncode == 1
    assert "error F002" in result.stderr.decode()
    assert table_counts(tmp_path / "x.duckdb")["articles"] == 1


def test_private_addresses_are_refused_without_the_flag(tmp_path: Path, slow_server: str) -> None:
    result = run_cli("process", f"{slow_server}/a", "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode == 1 and "error F005" in result.stderr.decode()


def test_a_run_killed_with_sigkill_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert run_cli("process", str(EXAMPLES), "--db", str(clean_db)).returncode == 0
    command = [
        sys.executable,
        "-m",
        "crossroads",
        "process",
        str(EXAMPLES),
        "--db",
        str(killed_db),
        "--batch-size",
        "2",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_first_commit(killed_db, process)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert run_cli("process", str(EXAMPLES), "--db", str(killed_db)).returncode == 0
    with (
        duckdb.connect(str(clean_db), read_only=True) as a,
        duckdb.connect(str(killed_db), read_only=True) as b,
    ):
        query = "SELECT id, title, text FROM articles ORDER BY id"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        query = "SELECT article_id, idx, content FROM statements ORDER BY 1, 2"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def _wait_for_first_commit(db: Path, process: subprocess.Popen[bytes]) -> None:
    """Until the killed run has written something (its WAL or file grows), or gives up."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        wal = db.with_name(db.name + ".wal")
        if wal.exists() and wal.stat().st_size > 0:
            return
        time.sleep(0.05)


def test_user_actor_dictionaries_code_what_the_built_in_ones_do_not(tmp_path: Path) -> None:
    (tmp_path / "actors.tsv").write_text(
        "name\taliases\tcountry\tsector\torg\nAral Basin Authority\tABA\tKAZ\tGOV\t\n",
        encoding="utf-8",
    )
    (tmp_path / "row.txt").write_text(
        "Water row deepens\n\nThe Aral Basin Authority accused Uzbekistan of diverting the "
        "river. The Aral Basin Authority said that the canal violated the 1998 accord.\n",
        encoding="utf-8",
    )
    plain = run_cli(
        "process", str(tmp_path / "row.txt"), "--db", str(tmp_path / "a.duckdb"), "--jsonl", "-"
    )
    [before] = jsonl_records(plain.stdout)
    assert before["statements"] and before["statements"][0]["speaker"]["actor"] is None
    args = [
        "--db",
        str(tmp_path / "b.duckdb"),
        "--actors",
        str(tmp_path / "actors.tsv"),
        "--jsonl",
        "-",
    ]
    [after] = jsonl_records(run_cli("process", str(tmp_path / "row.txt"), *args).stdout)
    assert after["statements"][0]["speaker"]["actor"]["country"] == "KAZ"
    assert [
        (e["type"], e["source"]["country"], e["target"]["country"]) for e in after["events"]
    ] == [("ACCUSE", "KAZ", "UZB")]


def test_worker_processes_store_exactly_what_one_process_stores(tmp_path: Path) -> None:
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert run_cli("process", str(EXAMPLES), "--db", str(one), "--batch-size", "3").returncode == 0
    args = ["--db", str(two), "--batch-size", "3", "--workers", "2"]
    assert run_cli("process", str(EXAMPLES), *args).returncode == 0
    queries = (
        "SELECT id, title, text, duplicate_of FROM articles ORDER BY id",
        "SELECT article_id, idx, content, speaker_name FROM statements ORDER BY 1, 2",
        "SELECT article_id, idx, type, source_country, target_country FROM events ORDER BY 1, 2",
    )
    with (
        duckdb.connect(str(one), read_only=True) as a,
        duckdb.connect(str(two), read_only=True) as b,
    ):
        for query in queries:
            assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_a_store_held_by_another_writer_exits_with_code_3(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    with duckdb.connect(str(db)):
        result = run_cli("process", str(tmp_path / "good.html"), "--db", str(db))
    assert result.returncode == 3
    assert "store error" in result.stderr.decode()


VERBS = """\
--- SERENADE  [051] ---
SERENADE
- LOUDLY *  [111]
"""


def test_a_user_verb_dictionary_codes_its_verbs_in_every_worker(tmp_path: Path) -> None:
    (tmp_path / "verbs.txt").write_text(VERBS, encoding="utf-8")
    for n in range(3):
        (tmp_path / "in" / f"{n}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"{n}.txt").write_text(
            f"Choir diplomacy, part {n}\n\nKenya serenaded Uganda on Monday, and Uganda loudly "
            "serenaded Kenya on Tuesday, officials said.\n",
            encoding="utf-8",
        )
    plain = run_cli("process", str(tmp_path / "in"), "--db", str(tmp_path / "a.duckdb"))
    assert plain.returncode == 0
    args = ["--db", str(tmp_path / "b.duckdb"), "--verbs", str(tmp_path / "verbs.txt")]
    coded = run_cli("process", str(tmp_path / "in"), *args, "--workers", "2", "--batch-size", "1")
    assert coded.returncode == 0
    query = "SELECT type, source_country, target_country FROM events ORDER BY article_id, idx"
    with duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True) as db:
        assert db.execute(query).fetchall() == []
    with duckdb.connect(str(tmp_path / "b.duckdb"), read_only=True) as db:
        rows = db.execute(query).fetchall()
    assert rows == [("SUPPORT", "KEN", "UGA"), ("ACCUSE", "UGA", "KEN")] * 3


def test_a_file_that_is_no_verb_dictionary_stops_the_run_before_anything_is_stored(
    tmp_path: Path,
) -> None:
    (tmp_path / "verbs.txt").write_text("KENYA [KEN]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nKenya accused Uganda of lying.\n", "utf-8")
    args = ["--db", str(tmp_path / "a.duckdb"), "--verbs", str(tmp_path / "verbs.txt")]
    args += ["--jsonl", str(tmp_path / "out.jsonl")]
    (tmp_path / "out.jsonl").write_text("kept\n", encoding="utf-8")
    result = run_cli("process", str(tmp_path / "a.txt"), *args)
    assert result.returncode == 2
    assert b"no verb block" in result.stderr
    assert not (tmp_path / "a.duckdb").exists()
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "kept\n"


def test_a_discard_list_drops_the_stories_and_sentences_it_names(tmp_path: Path) -> None:
    (tmp_path / "discards.txt").write_text("+Nations Cup\nbaseball\n", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cup.txt").write_text(
        "Cup row\n\nKenya accused Uganda of bribing referees before the Nations Cup final.\n",
        encoding="utf-8",
    )
    (tmp_path / "in" / "row.txt").write_text(
        "Border row\n\nKenya accused Uganda of arming rebels. Kenya praised Uganda's baseball "
        "team on Monday. Kenya expelled two Ugandan diplomats.\n",
        encoding="utf-8",
    )
    args = ["--db", str(tmp_path / "a.duckdb"), "--discards", str(tmp_path / "discards.txt")]
    assert run_cli("process", str(tmp_path / "in"), *args).returncode == 0
    with duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True) as db:
        rows = db.execute(
            "SELECT a.title, e.type FROM events e JOIN articles a ON a.id = e.article_id "
            "ORDER BY a.title, e.idx"
        ).fetchall()
    assert rows == [("Border row", "ACCUSE"), ("Border row", "SANCTION")]


def test_a_voice_speaks_for_the_documents_first_person_in_every_worker(tmp_path: Path) -> None:
    for n in range(2):
        (tmp_path / "in" / f"{n}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"{n}.txt").write_text(
            f"Statement {n} to the Assembly\n\nThe people of Myanmar have suffered for too long. "
            "We call on the Myanmar authorities to release all political prisoners.\n",
            encoding="utf-8",
        )
    args = ["--db", str(tmp_path / "a.duckdb"), "--voice", "the Kenyan government"]
    result = run_cli("process", str(tmp_path / "in"), *args, "--workers", "2", "--batch-size", "1")
    assert result.returncode == 0
    query = (
        "SELECT e.source_country, e.target_country, s.actor_country FROM events e "
        "JOIN statements s ON s.article_id = e.article_id AND s.idx = e.statement_idx "
        "WHERE e.type = 'REQUEST' ORDER BY e.article_id"
    )
    with duckdb.connect(str(tmp_path / "a.duckdb"), read_only=True) as db:
        assert db.execute(query).fetchall() == [("KEN", "MMR", "KEN")] * 2


def test_a_voice_that_names_no_actor_stops_the_run_before_anything_is_stored(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nWe accused Uganda of lying.\n", "utf-8")
    args = ["--db", str(tmp_path / "a.duckdb"), "--voice", "Zorblatt Qwimple"]
    result = run_cli("process", str(tmp_path / "a.txt"), *args)
    assert result.returncode == 2
    assert b"voice error" in result.stderr and b"names no actor" in result.stderr
    assert not (tmp_path / "a.duckdb").exists()
