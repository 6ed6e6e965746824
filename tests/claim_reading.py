"""Reading the attributed claims of a short text, for the tests of attribution rules."""


def attributed(extractor, body):
    """(speaker, cue, content) of each attributed claim of `body` under a headline."""
    record = extractor.extract_text(f"Headline\n\n{body}")
    return [
        (c.speaker, c.cue, c.content)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]


def speaker_names(extractor, body):
    """(speaker, speaker_name) of each attributed claim of `body` under a headline."""
    record = extractor.extract_text(f"Headline\n\n{body}")
    return [
        (c.speaker, c.speaker_name)
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
