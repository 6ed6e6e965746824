"""The pipeline is loaded once per process and model, and shared."""

from factx.extractor import Extractor
from factx.pipeline import load


def test_every_extractor_shares_the_loaded_pipeline(extractor):
    again = Extractor()
    assert again.nlp is extractor.nlp is load()
    assert again.model == extractor.model
    # The factx components are added once, not again for each Extractor.
    assert again.nlp.pipe_names.count("factx_dates") == 1
