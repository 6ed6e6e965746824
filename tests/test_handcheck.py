"""The hand check's draw: one seed gives one list, from the source asked for."""

from pathlib import Path

import pytest

from factx.evaluation.handcheck import drawn, main


def _corpus(root: Path) -> Path:
    for name in ("business/001", "business/002", "sport/001"):
        path = root / "bbc-news" / "bbc" / f"{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Headline\n\nBody.\n", encoding="utf-8")
    text = root / "polnear" / "test" / "text"
    text.mkdir(parents=True)
    for name in ("nyt_a", "politico_b"):
        (text / f"{name}.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    # PolNeAR's annotations sit beside the texts and are not articles.
    (root / "polnear" / "test" / "attributions").mkdir()
    (root / "polnear" / "test" / "attributions" / "nyt_a.ann").write_text("", encoding="utf-8")
    return root


def test_each_source_draws_only_its_own_articles(tmp_path: Path) -> None:
    data = _corpus(tmp_path)
    bbc = drawn(data, seed=1, articles=10)
    polnear = drawn(data, seed=1, articles=10, source="polnear")
    assert sorted(p.name for p in bbc) == ["001.txt", "001.txt", "002.txt"]
    assert sorted(p.name for p in polnear) == ["nyt_a.txt", "politico_b.txt"]


def test_one_seed_gives_one_list(tmp_path: Path) -> None:
    data = _corpus(tmp_path)
    assert drawn(data, seed=7, articles=2) == drawn(data, seed=7, articles=2)


def test_list_names_the_drawn_polnear_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _corpus(tmp_path)
    main(["--data", str(data), "--source", "polnear", "--seed", "3", "--list"])
    listed = capsys.readouterr().out.split()
    assert sorted(listed) == [
        "polnear/test/text/nyt_a.txt",
        "polnear/test/text/politico_b.txt",
    ]


def test_texts_draws_from_any_folder_of_articles(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    (folder / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "notes.md"):
        (folder / name).write_text("Body.\n", encoding="utf-8")
    paths = drawn(tmp_path / "no-eval-dev", seed=2, articles=10, texts=folder)
    assert sorted(p.relative_to(folder).as_posix() for p in paths) == ["a.txt", "sub/b.txt"]


def test_texts_sheet_names_articles_inside_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Angela Merkel met Emmanuel Macron in Paris on Monday.\n", encoding="utf-8"
    )
    main(["--texts", str(folder), "--articles", "1"])
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert {(row[0], row[1], row[2]) for row in rows} >= {
        ("one.txt", "PERSON", "Angela Merkel"),
        ("one.txt", "GPE", "Paris"),
    }


def test_texts_must_be_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--texts", str(tmp_path / "missing")])
    assert "missing: not a folder" in capsys.readouterr().err
