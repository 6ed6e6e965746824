from factx.evaluation.handcheck import drawn, main


def bbc(tmp_path, count=30):
    for kind in ("business", "sport"):
        folder = tmp_path / "bbc-news" / "bbc" / kind
        folder.mkdir(parents=True)
        for n in range(count // 2):
            (folder / f"{n:03d}.txt").write_text(f"Headline {n}\n\nBody.\n")
    return tmp_path


def test_one_seed_draws_one_list(tmp_path):
    data = bbc(tmp_path)
    first = drawn(data, seed=14, articles=12)
    assert first == drawn(data, seed=14, articles=12)  # the same on every run and machine
    assert len(first) == len(set(first)) == 12
    assert first != drawn(data, seed=15, articles=12)
    assert len(drawn(data, seed=14, articles=99)) == 30  # never more than there are


def test_the_list_names_articles_by_their_path_in_the_data(tmp_path, capsys):
    data = bbc(tmp_path)
    assert main(["--data", str(data), "--articles", "3", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [str(p.relative_to(data)) for p in drawn(data, articles=3)]
    assert all(line.startswith("bbc-news/bbc/") for line in lines)
