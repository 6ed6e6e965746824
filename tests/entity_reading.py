"""Reading the entities of a short text, for the tests of entity rules (as `claim_reading`
is for attribution rules). The reference date is fixed: dates are resolved against it, never
against today."""

from datetime import date

REFERENCE_DATE = date(2005, 3, 1)


def entities(extractor, text, reference_date=REFERENCE_DATE):
    """(label, name, the texts of its mentions) of each entity of `text`."""
    record = extractor.extract_text(text, reference_date=reference_date)
    return [(f.label, f.name, [m.text for m in f.mentions]) for f in record.facts
            if f.type == "entity"]  # fmt: skip


def labels(found, name):
    """The labels `entities` gave the entity named `name`."""
    return {e[0] for e in found if e[1] == name}


def texts_of(found, name):
    """The mention texts of each entity `entities` found named `name`."""
    return [texts for _, n, texts in found if n == name]


def names(found):
    """The names of the entities `entities` found."""
    return {e[1] for e in found}


def mentions(extractor, text, reference_date=REFERENCE_DATE):
    """(start, text, label) of each entity mention of `text`, in the text's order."""
    record = extractor.extract_text(text, reference_date=reference_date)
    return sorted(
        (m.start, m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions
    )


def labelled(extractor, text, label, reference_date=REFERENCE_DATE):
    """The texts of the mentions of `text` labelled `label`, in order."""
    return [name for _, name, lab in mentions(extractor, text, reference_date) if lab == label]


def mention_labels(extractor, text):
    """(text, label) of each entity mention of `text`, entity by entity."""
    record = extractor.extract_text(text)
    return [(m.text, f.label) for f in record.facts if f.type == "entity" for m in f.mentions]


def label_by_name(extractor, text):
    """The label of each entity of `text`, by its name."""
    record = extractor.extract_text(text)
    return {f.name: f.label for f in record.facts if f.type == "entity"}
