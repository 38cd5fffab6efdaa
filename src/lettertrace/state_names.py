"""The names English gives a state besides the CLDR's own: the CLDR writes "Myanmar (Burma)", "Bosnia &
Herzegovina", "St. Lucia", "Côte d’Ivoire" and "United Kingdom", where a report writes "Myanmar", "Bosnia
and Herzegovina", "Saint Lucia", "Ivory Coast" and "Britain". A name of several words is read whole before
its words are: "Northern Ireland" is the United Kingdom's, not Ireland's, and "Papua New Guinea" names no
Guinea."""

from __future__ import annotations

import re
from collections.abc import Callable

# Two-letter codes of the CLDR that name no state (the EU, the euro area, the UN, outlying Oceania,
# pseudo-locales): "the EU envoy" and "the UN chief" name bodies, not states.
_NO_STATE_CODES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB"})


# States English news names by an abbreviation in capitals, with their CLDR codes (a two-letter code
# alone, "IT", "IN", "TO", is too often a word to read as a state).
_STATE_ABBREVIATIONS = {
    "US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "PRC": "CN", "DPRK": "KP", "ROK": "KR", "DRC": "CD",
}  # fmt: skip


# A state's people's word that is not its name with an ending (English usage): "French", "Dutch".
_IRREGULAR_DEMONYMS = {
    "american": "US", "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "french": "FR",
    "dutch": "NL", "german": "DE", "swiss": "CH", "greek": "GR", "thai": "TH", "irish": "IE", "danish": "DK",
    "swedish": "SE", "finnish": "FI", "polish": "PL", "spanish": "ES", "portuguese": "PT", "norwegian": "NO",
    "belgian": "BE", "turkish": "TR", "filipino": "PH", "emirati": "AE", "saudi": "SA", "afghan": "AF",
    "argentine": "AR", "argentinian": "AR", "peruvian": "PE", "icelandic": "IS", "cypriot": "CY",
    "maltese": "MT", "lebanese": "LB", "togolese": "TG", "malagasy": "MG", "czech": "CZ", "slovak": "SK",
    "croat": "HR", "croatian": "HR", "serb": "RS", "serbian": "RS", "bosnian": "BA", "ivorian": "CI",
    "burmese": "MM", "vatican": "VA", "palestinian": "PS", "dominican": "DO", "turkey": "TR", "holland": "NL",
    "lao": "LA", "laotian": "LA", "khmer": "KH", "swazi": "SZ", "basotho": "LS", "mosotho": "LS",
    "burkinabe": "BF", "motswana": "BW", "batswana": "BW", "monegasque": "MC", "sammarinese": "SM",
    "comorian": "KM", "bissau-guinean": "GW", "equatoguinean": "GQ", "salvadoran": "SV", "guatemalan": "GT",
    "omani": "OM", "bahraini": "BH", "qatari": "QA", "kuwaiti": "KW", "yemeni": "YE", "iraqi": "IQ",
    "pakistani": "PK", "bangladeshi": "BD", "israeli": "IL", "somali": "SO", "nepali": "NP", "azerbaijani": "AZ",
}  # fmt: skip
# English usage the CLDR's English names leave out (older and shorter names, the nations of a union),
# folded to lower case, with the state's CLDR code.
ALTERNATE_NAMES = {
    "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "northern ireland": "GB", "ivory coast": "CI", "east timor": "TL", "swaziland": "SZ", "macedonia": "MK",
    "palestine": "PS", "state of palestine": "PS", "holy see": "VA", "bosnia": "BA", "viet nam": "VN",
    "cabo verde": "CV", "democratic republic of the congo": "CD", "dr congo": "CD",
    "republic of the congo": "CG", "republic of korea": "KR", "democratic people's republic of korea": "KP",
    "russian federation": "RU", "united states of america": "US", "sao tome": "ST",
    "czech republic": "CZ", "turkiye": "TR", "saint vincent and the grenadines": "VC",
    "st vincent and the grenadines": "VC", "turks and caicos": "TC",
}  # fmt: skip


def cldr_variants(name: str) -> list[str]:
    """A folded CLDR name and the ways English also writes it: "myanmar (burma)" gives "myanmar" and
    "burma", "bosnia & herzegovina" "bosnia and herzegovina", "st. lucia" "saint lucia" and "st lucia",
    "congo - kinshasa" "congo-kinshasa"."""
    out = [name]
    paren = re.fullmatch(r"(.+?) \((.+)\)", name)
    if paren:
        out += [paren.group(1), paren.group(2)]
    out += [n.replace(" & ", " and ") for n in out if " & " in n]
    out += [n.replace(" - ", "-") for n in out if " - " in n]
    out += [re.sub(r"\bst\. ", w, n) for n in out if n.startswith("st. ") for w in ("saint ", "st ")]
    out += [n.replace("\u2019", "'") for n in out if "\u2019" in n]
    return list(dict.fromkeys(out))


def whole_names(codes: dict[str, str], fold: Callable[[str], str]) -> list[tuple[str, str]]:
    """(name, code) for every name of a state that is more than one plain word, or that the CLDR writes
    only inside another, or an English name the CLDR lacks (folded by ``fold``), longest first: what :func:`lettertrace.names.states_named` reads before single words."""
    out: dict[str, str] = {}
    for name, code in codes.items():
        for n in cldr_variants(name):
            if n not in codes or not re.fullmatch(r"[a-z]+", n):
                out.setdefault(n, code)
    for n, code in ALTERNATE_NAMES.items():
        out.setdefault(fold(n), code)
    return sorted(out.items(), key=lambda nc: (-len(nc[0]), nc[0]))
