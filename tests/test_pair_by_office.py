"""'The two presidents spoke by phone': the pair is two holders of the office the collective names, however
far back the report named them, not the last two people named (a minister who told of the talk). 'The
two leaders', 'both men' name no office. And 'In her original letter, B had warned ...' after a call is
an act before the call, not the call told once more. Invented people and states."""

from __future__ import annotations

from test_extract import found_acts

FILLER = (
    "Trade between the two countries fell by a third last year, according to the national chamber of"
    " commerce, after a strike by customs officers that lasted eleven days and a dispute over tariffs that"
    " has not been settled. Officials in both capitals have traded accusations for months, and the chamber"
    " has warned of layoffs in the border towns, where hundreds of lorries have been stuck for weeks.",
    "Drivers said they had been sleeping in their cabins for three weeks and that food and water were"
    " running short at the crossing, which handles most of the landlocked country's exports of minerals.",
)


def _calls(*paras: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((s, r) for k, s, r in found_acts(*paras) if k == "call")


def test_two_presidents_far_back() -> None:
    calls = _calls(
        "Sucre, March 4, 2025 - President Teodoro Vaca has sent a letter to his Norlandic counterpart,"
        " Ana Ríos, proposing a joint commission on river trade, Foreign Minister Luis Mendoza announced.",
        "The letter was delivered to the capital by the consul, Mendoza told reporters at the palace, where"
        " he had spent the morning with the heads of the customs service and the police.",
        *FILLER,
        "The two presidents spoke by phone on the evening of February 20, Mendoza said.",
    )
    assert len(calls) == 1 and {calls[0][0], *calls[0][1]} == {"Teodoro Vaca", "Ana Ríos"}


def test_two_ministers_not_the_presidents() -> None:
    calls = _calls(
        "President Teodoro Vaca has sent a letter to President Ana Ríos of Norland about river trade.",
        "Foreign Minister Luis Mendoza met his Norlandic counterpart Carla Soto in the capital on Monday."
        " The two ministers spoke by phone again on Tuesday.",
    )
    assert len(calls) == 1 and {calls[0][0], *calls[0][1]} == {"Luis Mendoza", "Carla Soto"}


def test_two_prime_ministers() -> None:
    calls = _calls(
        "Prime Minister Teodoro Vaca has sent a letter to Prime Minister Ana Ríos of Norland about river"
        " trade, Foreign Minister Luis Mendoza said.",
        *FILLER,
        "Mendoza said that the letter had been delivered on Monday by the ambassador, Pablo Ortiz.",
        "The two prime ministers last spoke by telephone in January, Mendoza added.",
    )
    assert len(calls) == 1 and {calls[0][0], *calls[0][1]} == {"Teodoro Vaca", "Ana Ríos"}


def test_original_letter_after_a_call_is_no_call() -> None:
    acts = found_acts(
        "President Rosa Banegas of Norland phoned President Tomas Monzon of Vestria on Wednesday to"
        " coordinate the announcement.",
        "In her original letter, Banegas had warned that the delays were costing exporters millions.",
    )
    assert ("call", "Rosa Banegas", ("Tomas Monzon",)) in acts
    assert all(k == "call" for k, _s, _r in acts if "Banegas" in _s)
