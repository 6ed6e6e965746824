"""A landform's head word keeps a name a place, and a detention centre, prison or jail is a
facility (round r50b-places).

- `landforms`: the Lee hand check's sheets I and L found natural features ending in their kind
  word read as people or bodies: "An area west of Windy Gully near Cataract Dam" PERSON (the
  first-name cue, "Windy"), "the giant West Antarctic Ice Sheet disintegrating" ORG. A name the
  model tags PERSON or ORG whose last word is a natural feature's kind (Gully, Creek, Gorge,
  Ridge, Range, Reef, Glacier, Plateau, Plains, Basin, Peninsula, Trench, "Ice Sheet|Shelf|Cap")
  is LOC, and the model's place (GPE, LOC, FAC) so named keeps its label over the first-name
  cue ("Residents of Rocky Creek" GPE, "Rocky" a first name); the model's LOC keeps LOC over a
  body's or a person's cue (sheet L's "the giant West Antarctic Ice Sheet disintegrating", the
  model's LOC that a body's cue made ORG), and the model's GPE for a kind no town is named by
  (Gully, Gorge, Reef, Glacier, Plateau, Peninsula, Trench, the ice's) is LOC ("behind the
  Larsen Ice Shelf" GPE). Left alone: a longer name run on
  after it ("Murray-Darling Basin Commission", "Blue Ridge Paper": a capitalised word follows), a
  name with a person's title before it or a speaker's verb after it ("Mr Ridge said"), a name
  the model tags PERSON that opens with a common first name (the even half's entertainment/201,
  "over Jonathan Creek (BBC One)", a show a first version made LOC from PERSON), and the model's
  other labels (a town "Pilkem Ridge" GPE, a show "Dawson's Creek" WORK_OF_ART).
- `detention_centres`: sheet H found "The Woomera Detention Centre in outback South Australia"
  ORG; OntoNotes tags prisons and camps FAC. A name the model tags ORG, LOC, GPE or PERSON ending
  in "Detention Centre|Center|Camp", "Correctional Centre|Center", "Processing Centre|Center",
  "Prison", "Gaol" or "Jail" is FAC. Left alone: a longer name run on after it ("Prison
  Service", "Jail Reform Trust"), and the department that runs them ("Immigration Department").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from factx.extract.first_names import opens_with_first_name

if TYPE_CHECKING:
    from factx.extract.entities import RawMention

_LANDFORM = re.compile(
    r".*[A-Z][\w'’.-]* (?:Gully|Creek|Gorge|Ridge|Range|Reef|Glacier|Plateau|Plains|Basin"
    r"|Peninsula|Trench|Ice Sheet|Ice Shelf|Ice Cap)(?:['’]s?)?"
)
# The kinds no town is named by: the model's GPE for them is a slip.
_NATURAL = re.compile(
    r".*[A-Z][\w'’.-]* (?:Gully|Gorge|Reef|Glacier|Plateau|Peninsula|Trench|Ice Sheet|Ice Shelf"
    r"|Ice Cap)(?:['’]s?)?"
)
_LANDFORM_WORDS = re.compile(
    r"\b(?:Gully|Creek|Gorge|Ridge|Range|Reef|Glacier|Plateau|Plains|Basin|Peninsula|Trench"
    r"|Ice Sheet|Ice Shelf|Ice Cap)\b"
)
_CENTRE = re.compile(
    r".*[A-Z][\w'’.-]* (?:(?:Detention|Correctional|Processing) (?:Centre|Center|Camp)|Prison"
    r"|Gaol|Jail)(?:['’]s?)?"
)
_CENTRE_WORDS = re.compile(r"\b(?:Detention|Correctional|Processing|Prison|Gaol|Jail)\b")
# A capitalised word run on after the name ("Basin Commission", "Prison Service"): another name.
_NAME_GOES_ON = re.compile(r" (?:of |for |and )?[A-Z&]")
# A person's title before the name or a speaker's words after it: "Mr Ridge said".
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Professor)\.? $")
_PERSON_AFTER = re.compile(
    r",? (?:said|says|told|added|asked|replied|explained|who|whose|herself|himself)\b"
)


def _person_words(text: str, m: RawMention) -> bool:
    return bool(
        _TITLE_BEFORE.search(text, max(0, m.start - 12), m.start)
        or _PERSON_AFTER.match(text, m.end)
    )


def landforms(text: str, mentions: Sequence[RawMention]) -> Iterator[tuple[int, str]]:
    """The indexes and labels of the mentions that end in a natural feature's kind word and are
    read as a person or a body (the module's doc, `landforms`)."""
    if not _LANDFORM_WORDS.search(text):
        return
    for i, m in enumerate(mentions):
        if m.label == "LOC" and m.cue in ("ORG", "PERSON"):
            label = "LOC"  # "the giant West Antarctic Ice Sheet disintegrating": the model's LOC
        elif m.cue not in ("", "PERSON", "GPE"):
            continue
        elif m.label == "GPE" and _NATURAL.fullmatch(m.text):
            label = "LOC"  # "the glaciers behind the Larsen Ice Shelf" GPE: no town
        elif m.label in ("PERSON", "ORG") and m.cue != "GPE":
            label = "LOC"
        elif m.label in ("GPE", "LOC", "FAC") and m.cue == "PERSON" and m.by_form:
            label = m.label  # "Residents of Rocky Creek" GPE: "Rocky" no first name here
        else:
            continue
        if not _LANDFORM.fullmatch(m.text) or _NAME_GOES_ON.match(text, m.end):
            continue
        if _person_words(text, m):
            continue  # "Mr Ridge said": a person
        if m.label == "PERSON" and opens_with_first_name(m.text):
            continue  # "over Jonathan Creek (BBC One)": a person's name (here a show's)
        yield i, label


def detention_centres(text: str, mentions: Sequence[RawMention]) -> Iterator[int]:
    """The indexes of the mentions of a detention centre, prison or jail tagged as no facility
    (the module's doc, `detention_centres`)."""
    if not _CENTRE_WORDS.search(text):
        return
    for i, m in enumerate(mentions):
        if m.label not in ("ORG", "LOC", "GPE", "PERSON") or m.cue not in ("", m.label):
            continue
        if not _CENTRE.fullmatch(m.text) or _NAME_GOES_ON.match(text, m.end):
            continue
        yield i
