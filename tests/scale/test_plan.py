"""Cutting the input into tasks: every task read in turn gives what ``read_paths``
gives for the whole input (articles, their origins, the skipped lines), whatever the
cut. No cluster and no model here: the tasks are read in this process."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from eventwire.ingest import ReadReport, read_paths
from eventwire.records import Article
from eventwire.scale._plan import (
    ArticlesTask,
    FileTask,
    LinesTask,
    Skipped,
    plan,
)
from eventwire.scale._work import _articles


def _line(i: int) -> str:
    return json.dumps(
        {
            "id": f"w{i}",
            "title": f"Port talks, day {i}",
            "text": f"Harbour officials in Dunmore met union leaders for the {i}th "
            "time on Tuesday to discuss wages, the union said.",
            "date": "2022-09-13",
        }
    )


def _jsonl(n: int) -> str:
    """n articles with blank lines, bad lines and a bad date among them."""
    lines = [_line(i) for i in range(n)]
    bad = {
        3: "",
        7: "{not json",
        12: json.dumps({"id": "bad", "text": "x", "date": "2022-02-30"}),
        18: "[1, 2]",
    }
    for i, line in bad.items():
        if i < n:
            lines[i] = line
    return "\n".join(lines) + "\n"


def _whole(paths: list[str]) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    return list(read_paths(paths, report)), report


def _by_tasks(
    paths: list[str], task_size: int
) -> tuple[list[Article], ReadReport, list[object]]:
    report = ReadReport()
    tasks = list(plan(paths, report, task_size))
    articles: list[Article] = []
    for task in tasks:
        if isinstance(task, Skipped):
            report.skipped.append(task.message)
            continue
        articles.extend(_articles(task, report))
    return articles, report, tasks


def _same(a: tuple[list[Article], ReadReport], b: tuple[list[Article], ReadReport]):
    assert a[0] == b[0]
    assert a[1].skipped == b[1].skipped
    assert (a[1].articles, a[1].not_english) == (b[1].articles, b[1].not_english)


@pytest.mark.parametrize("task_size", [1, 4, 5, 19, 25])
@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("bom", [False, True])
def test_plan_jsonl_ranges_read_as_the_whole_file(
    tmp_path: Path, task_size: int, gzipped: bool, bom: bool
) -> None:
    data = ("\ufeff" if bom else "") + _jsonl(24)
    name = tmp_path / ("w.jsonl.gz" if gzipped else "w.jsonl")
    raw = data.encode("utf-8")
    name.write_bytes(gzip.compress(raw) if gzipped else raw)
    *got, tasks = _by_tasks([str(name)], task_size)
    want = _whole([str(name)])
    _same((got[0], got[1]), want)
    assert len(want[0]) == 20 and len(want[1].skipped) == 3
    if task_size < 24:
        assert all(isinstance(t, LinesTask) for t in tasks)
        assert len(tasks) == -(-24 // task_size)
        assert all((t.start_byte is None) == gzipped for t in tasks)  # type: ignore[union-attr]
    else:
        assert tasks == [FileTask(str(name))]


def test_plan_line_ranges_start_where_their_lines_start(tmp_path: Path) -> None:
    name = tmp_path / "w.jsonl"
    name.write_text(_jsonl(24), encoding="utf-8")
    tasks = list(plan([str(name)], ReadReport(), 10))
    raw = name.read_bytes()
    starts = [0] + [i + 1 for i, b in enumerate(raw) if b == ord("\n")]
    assert tasks == [
        LinesTask(str(name), 1, 11, 0, starts[10]),
        LinesTask(str(name), 11, 21, starts[10], starts[20]),
        LinesTask(str(name), 21, None, starts[20], None),
    ]


def test_plan_a_cut_gzip_file_reports_the_cut_once(tmp_path: Path) -> None:
    name = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress("\n".join(_line(i) for i in range(400)).encode())
    name.write_bytes(whole[: len(whole) - 30])
    *got, tasks = _by_tasks([str(name)], 5)
    want = _whole([str(name)])
    _same((got[0], got[1]), want)
    assert want[1].skipped == [
        f"{name}: the gzip data ends early (the file is cut short); expected a "
        "complete gzip file."
    ]
    assert isinstance(tasks[-1], LinesTask) and tasks[-1].stop is None


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("\n\n  \n" * 10, "blank"),
        ('{"id": "a", "text": "x\u0000y"}\n' * 10, "NUL bytes"),
        ("\ufeff" + _jsonl(24), "UTF-16"),
    ],
)
def test_plan_files_not_safe_to_cut_are_one_task(
    tmp_path: Path, content: str, why: str
) -> None:
    name = tmp_path / "odd.jsonl"
    encoding = "utf-16" if why == "UTF-16" else "utf-8"
    name.write_bytes(content.encode(encoding))
    *got, tasks = _by_tasks([str(name)], 3)
    assert tasks == [FileTask(str(name))]
    _same((got[0], got[1]), _whole([str(name)]))


def test_plan_other_inputs_in_order_with_their_messages(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Dockers End Strike\n\nSeptember 15, 2022\n\nPort workers in Dunmore ended "
        "a strike on Thursday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text(_jsonl(9), encoding="utf-8")
    missing = str(tmp_path / "missing.jsonl")
    paths = [str(tmp_path / "a.txt"), missing, str(tmp_path)]
    *got, tasks = _by_tasks(paths, 4)
    _same((got[0], got[1]), _whole(paths))
    assert tasks[:2] == [
        FileTask(str(tmp_path / "a.txt")),
        Skipped(f"{missing}: no such file or directory."),
    ]
    assert [type(t).__name__ for t in tasks[2:]] == [
        "FileTask",
        "LinesTask",
        "LinesTask",
        "LinesTask",
    ]


def test_plan_file_urls_read_as_local_paths(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "w.jsonl").write_text(_jsonl(12), encoding="utf-8")
    (tmp_path / "news" / "v.jsonl.gz").write_bytes(gzip.compress(_jsonl(9).encode()))
    url = (tmp_path / "news").as_uri()
    *got, tasks = _by_tasks([url], 4)
    local = _whole([str(tmp_path / "news")])
    assert [a.id for a in got[0]] == [a.id for a in local[0]]
    assert [a.text for a in got[0]] == [a.text for a in local[0]]
    # the messages name the file as given: here its URL
    assert got[1].skipped == [
        line.replace(str(tmp_path / "news"), url) for line in local[1].skipped
    ]
    assert all(t.path.startswith("file://") for t in tasks)  # type: ignore[union-attr]


def test_plan_missing_file_url_is_skipped(tmp_path: Path) -> None:
    url = (tmp_path / "none.jsonl").as_uri()
    assert list(plan([url], ReadReport(), 4)) == [
        Skipped(f"{url}: no such file or directory.")
    ]


def test_plan_articles_tasks_carry_the_articles() -> None:
    from eventwire.scale._plan import chunks

    articles = [Article(id=str(i), text=f"text {i}") for i in range(5)]
    tasks = list(chunks(articles, 2))
    assert [len(t.articles) for t in tasks] == [2, 2, 1]
    assert tasks[0] == ArticlesTask(tuple(articles[:2]))
    assert tasks[2].label == "article 4"
    assert tasks[0].label == "article 0 .. article 1"


def _pages(n: int) -> list[tuple[str, str, str, bytes]]:
    from ingest.test_warc import MENU_PAGE, RECORDS, _page

    out = []
    for i in range(n):
        url = f"https://harbour.example.org/story-{i}"
        text = (
            f"Harbour officials in Dunmore met union leaders for the {i}th time on "
            "Tuesday to discuss wages, the union said.\n\nTalks resume on Friday."
        )
        out.append((url, "200 OK", "text/html", _page(f"Port talks, day {i}", text)))
        if i % 3 == 0:
            out.append(RECORDS[1])  # an image
        if i % 4 == 0:
            out.append((f"{url}/menu", "200 OK", "text/html", MENU_PAGE))
    return out


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("cut", [0, 150])
@pytest.mark.parametrize("task_size", [2, 5])
def test_plan_warc_record_ranges_read_as_the_whole_file(
    tmp_path: Path, gzipped: bool, cut: int, task_size: int
) -> None:
    from ingest.test_warc import _warc

    name = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    data = _warc(_pages(12), gzipped)
    name.write_bytes(data[: len(data) - cut])
    *got, tasks = _by_tasks([str(name)], task_size)
    want = _whole([str(name)])
    _same((got[0], got[1]), want)
    assert got[1].empty_pages == want[1].empty_pages > 0
    assert len(tasks) > 2 and all(type(t).__name__ == "RecordsTask" for t in tasks)
    if cut:
        assert len(want[1].skipped) == 1 and "is cut short" in want[1].skipped[0]
    else:
        assert len(want[0]) == 12 and want[1].skipped == []


def _read(tasks: list[object]) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    report.kept_languages = ("en",)
    articles: list[Article] = []
    for task in tasks:
        articles.extend(_articles(task, report))  # type: ignore[arg-type]
    return articles, report


@pytest.mark.parametrize("gzipped", [False, True])
def test_plan_tail_cuts_the_last_file_s_last_tasks_in_quarters(
    tmp_path: Path, gzipped: bool
) -> None:
    first, last = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(_jsonl(30), encoding="utf-8")
    data = _jsonl(50).encode("utf-8")
    if gzipped:
        last = tmp_path / "b.jsonl.gz"
        data = gzip.compress(data)
    last.write_bytes(data)
    paths = [str(first), str(last)]
    tasks = list(plan(paths, ReadReport(), 8, tail=2))
    ranges = [(Path(t.path).name, t.first, t.stop) for t in tasks]  # type: ignore[union-attr]
    # the first file as without a tail; the last in tasks of 8 lines, then its
    # last 2 tasks' worth (16 lines) in tasks of 2, the one before cut where they start
    assert ranges == [
        ("a.jsonl", 1, 9),
        ("a.jsonl", 9, 17),
        ("a.jsonl", 17, 25),
        ("a.jsonl", 25, None),
        *[(last.name, n, n + 8) for n in (1, 9, 17, 25)],
        (last.name, 33, 35),
        *[(last.name, n, n + 2) for n in range(35, 49, 2)],
        (last.name, 49, None),
    ]
    assert list(plan(paths, ReadReport(), 8)) == list(plan(paths, ReadReport(), 8, 0))
    _same(_read(tasks), _whole(paths))


def test_plan_tail_needs_a_task_size_that_quarters() -> None:
    from eventwire.scale._plan import _tail_cut

    # cuts between 10 pieces: tasks of 4 pieces, and the last tail's pieces one by one
    assert _tail_cut(list(range(1, 10)), 4, 1) == [4, 6, 7, 8, 9]
    assert _tail_cut(list(range(1, 10)), 4, 0) == [4, 8]
    assert _tail_cut(list(range(1, 10)), 1, 3) == list(range(1, 10))


@pytest.mark.parametrize("gzipped", [False, True])
def test_plan_tail_cuts_warc_record_ranges_too(tmp_path: Path, gzipped: bool) -> None:
    from ingest.test_warc import _warc

    name = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    name.write_bytes(_warc(_pages(24), gzipped))
    plain = list(plan([str(name)], ReadReport(), 8))
    tasks = list(plan([str(name)], ReadReport(), 8, tail=1))
    # 38 responses (pages, images, menus) in tasks of 8; with a tail, the last 8 in
    # 4 tasks of 2, and the 6 before them one task
    assert len(plain) == 5 and len(tasks) == 4 + 4
    assert tasks[:3] == plain[:3]
    _same(_read(tasks), _whole([str(name)]))
