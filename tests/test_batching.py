"""Texts are parsed in batches bounded by count and by characters, in input order."""

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
