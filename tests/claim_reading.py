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


def spans(extractor, body):
    """(speaker span, cue span, content) of each attributed claim of `body`, the spans as the
    text they cover."""
    text = f"Headline\n\n{body}"
    record = extractor.extract_text(text)
    return [
        (
            text[c.speaker_start : c.speaker_end] if c.speaker_start is not None else None,
            text[c.cue_start : c.cue_end] if c.cue_start is not None else None,
            c.content,
        )
        for c in record.facts
        if c.type == "claim" and c.claim_type == "attributed"
    ]
