"""Texts are parsed in batches bounded by count and by characters, in input order."""

import io

from factx.extractor import BATCH_CHARS, Extractor


class RecordingNlp:
    def __init__(self):
        self.batches = []

    def pipe(self, batch, as_tuples, batch_size):
        assert as_tuples and batch_size == len(batch)
        self.batches.append([len(text) for text, _ in batch])
        yield from ((f"doc of {text[:3]}", key) for text, key in batch)


def test_batches_end_at_their_size_or_their_characters():
    nlp = RecordingNlp()
    owner = _extractor(nlp, batch_size=3)
    long = "x" * (BATCH_CHARS // 2)
    texts = [("aaa", 0), ("bbb", 0), ("ccc", 1), ("ddd", 2), (long, 3), (long, 3), ("eee", 4)]
    out = list(Extractor._parse(owner, texts))
    assert [key for _, key in out] == [0, 0, 1, 2, 3, 3, 4]
    assert out[0][0] == "doc of aaa" and out[-1][0] == "doc of eee"
    assert nlp.batches == [[3, 3, 3], [3, len(long), len(long)], [3]]


def _extractor(nlp, batch_size):
    """An Extractor around a stand-in pipeline, without loading a model."""
    owner = Extractor.__new__(Extractor)
    owner.nlp, owner.batch_size = nlp, batch_size
    return owner


def test_workers_get_articles_in_groups_by_count_and_characters():
    from factx.articles import make_article
    from factx.errors import FactxError
    from factx.extractor import CHUNK_ARTICLES, _chunks

    small = [
        make_article(f"Title {i}\n\nBody {i}.", article_id=str(i), path=str(i))
        for i in range(CHUNK_ARTICLES + 4)
    ]
    big = make_article("Big\n\n" + "x " * BATCH_CHARS, article_id="big", path="big")
    failed = FactxError("unreadable", "bad.txt")
    items = [*small, failed, big, *small[:2]]
    # A large paragraph budget, so that the count and the characters cut the groups.
    chunks = list(_chunks(items, paragraphs=10_000))
    assert [len(c) for c in chunks] == [CHUNK_ARTICLES, 4 + 2, 2]
    assert [i for c in chunks for i in c] == items  # every item once, in order


def test_workers_get_groups_that_fill_one_parser_batch():
    """A group is cut before the article that would take it over the batch's paragraphs, so a
    worker parses it as one full batch instead of a full one and a small rest; an article
    longer than a batch goes alone."""
    from factx.articles import make_article
    from factx.extractor import _chunks

    def article(i: int, paragraphs: int):
        body = "\n\n".join(f"Paragraph {n} of {i}." for n in range(paragraphs - 1))
        return make_article(f"Title {i}\n\n{body}", article_id=str(i), path=str(i))

    items = [article(0, 4), article(1, 5), article(2, 3), article(3, 12), article(4, 2)]
    assert [len(a.paragraphs) for a in items] == [4, 5, 3, 12, 2]
    chunks = list(_chunks([*items, article(5, 4), article(6, 4)], paragraphs=10))
    assert [[len(a.paragraphs) for a in c] for c in chunks] == [[4, 5], [3], [12], [2, 4, 4]]


def test_the_last_articles_are_shared_out_among_the_workers():
    """A full last group would keep one worker busy while the others wait: the last groups'
    articles go out in shrinking groups, each a quarter of what is left with two workers,
    down to two articles."""
    from factx.articles import make_article
    from factx.extractor import _chunks

    def articles(n):
        return [
            make_article(f"T {i}\n\nBody {i}.", article_id=str(i), path=str(i)) for i in range(n)
        ]

    items = articles(40)  # of two paragraphs each: a batch of 32 paragraphs holds 16
    chunks = list(_chunks(items, workers=2, paragraphs=32))
    assert [len(c) for c in chunks] == [16, 6, 5, 4, 3, 2, 2, 2]
    assert [i for c in chunks for i in c] == items
    assert [len(c) for c in _chunks(articles(5), workers=2)] == [2, 2, 1]
    assert list(_chunks([], workers=2)) == []


class FakePool:
    """Runs a task at once; a group with the item named "bad" fails as a whole."""

    def submit(self, work, args):
        (chunk,) = args
        return FakeResult([item.path for item in chunk])

    def result(self, task):
        return task.get()


class FakeResult:
    def __init__(self, paths):
        self.paths = paths

    def get(self):
        if "bad" in self.paths and len(self.paths) > 1:
            raise RuntimeError("could not send the group back")
        if self.paths == ["bad"]:
            raise RuntimeError("could not send it back")
        return [f"record of {p}" for p in self.paths]


def test_a_group_that_fails_is_tried_again_item_by_item():
    from factx.errors import FactxError
    from factx.extractor import _collected

    pool = FakePool()
    chunk = (FactxError("x", "a"), FactxError("x", "bad"), FactxError("x", "c"))
    results = _collected(pool, chunk, pool.submit(None, (chunk,)))
    assert results[0] == "record of a" and results[2] == "record of c"
    assert results[1].path == "bad" and "could not send it back" in results[1].error


def test_a_run_freezes_the_loaded_pipeline_out_of_the_cyclic_collector(tmp_path):
    import gc

    from factx.run import run_extract

    (tmp_path / "a.txt").write_text("Headline\n\nShares rose 5% on Monday.", "utf-8")
    gc.unfreeze()
    try:
        run_extract([str(tmp_path)], out=io.StringIO(), fmt="jsonl")
        # The model was loaded before the run began: the run's start froze it.
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
