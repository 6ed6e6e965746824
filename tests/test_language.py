"""An article's language: plainly English at sight, anything else by the statistical model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from factx.language import language_of

ROOT = Path(__file__).resolve().parent.parent

ENGLISH = (
    "Shares in the company rose 5% on Tuesday after it said profits for the year would be "
    "higher than expected. The firm, which employs 2,000 people, said sales in its biggest "
    "market had grown faster than analysts had forecast, and that it was in talks to buy a "
    "rival."
)
# Other languages use few English function words ("in", "a", "on", "was" are words there too).
OTHERS = {
    "fr": "Le gouvernement a annoncé mardi une hausse de 5,3 % du budget de la défense, soit "
    "1 200 euros par habitant. Le ministre a déclaré que cette décision était nécessaire pour "
    "faire face aux menaces actuelles, mais l'opposition a critiqué un choix qui pèse sur les "
    "ménages. Les syndicats ont appelé à une grève le mois prochain.",
    "de": "Die Regierung hat am Dienstag eine Erhöhung des Verteidigungshaushalts um 5,3 "
    "Prozent angekündigt. Der Minister sagte, die Entscheidung sei notwendig, um den aktuellen "
    "Bedrohungen zu begegnen, aber die Opposition kritisierte eine Maßnahme, die nach ihrer "
    "Ansicht die Haushalte belastet. Was die Gewerkschaften in an so einem Tag tun, ist unklar.",
    "es": "El gobierno anunció el martes un aumento del 5,3 % en el presupuesto de defensa. El "
    "ministro dijo que la decisión era necesaria para hacer frente a las amenazas actuales, "
    "pero la oposición criticó una medida que, según ella, pesa sobre los hogares. Los "
    "sindicatos convocaron una huelga para el mes que viene en todo el país.",
}


def test_plain_english_needs_no_statistical_model():
    # In a fresh interpreter: no earlier test has loaded the model.
    code = f"import factx.language as l; print(l.language_of({ENGLISH!r}), len(l._loaded))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["en", "0"]


# A rugby report whose team lists are mostly names: under a quarter of all its words are
# function words, but among its lower-case words they are as common as in any English prose.
TEAM_SHEET = (
    "Harlow names young centre for Cardiff trip\n\n"
    "Northfield's teenage centre Tom Harlow has been named in the side to face Cardiff on "
    "Saturday, with the coach saying he had earned his chance.\n\n"
    "Northfield: P Avery; J Benton, T Harlow, M Cole, D Ferris; S Gale, R Hunt; K Ives, "
    "L Jarvis, N Kemp, O Lyle, Q Marsh, U North, V Oakes, W Pryce.\n\n"
    "Replacements: A Quill, B Reeve, C Stone, E Tate, F Urwin, G Vane, H Wade."
)


def test_a_team_sheet_is_english_at_sight_by_its_lower_case_words():
    code = f"import factx.language as l; print(l.language_of({TEAM_SHEET!r}), len(l._loaded))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["en", "0"]


def test_other_languages_are_told_by_the_model():
    for code, text in OTHERS.items():
        assert language_of(text) == code


def test_short_or_letterless_text_has_no_language():
    assert language_of("Apple shares rose 3%.") is None
    assert language_of("12,345 67.8 90 -- 11 12 13 14 15 16 17 18 19 20 21 22 23 24") is None
