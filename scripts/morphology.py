"""English verb inflection, for the tables that list verbs by their base form.

:func:`inflections` is used both by the knowledge tables (reporting verbs,
``scripts/knowledge.py``) and by the ``word~`` cues of the claim tables
(``scripts/demands.py``), so a verb is inflected the same way wherever it is listed.
"""
from __future__ import annotations

import re

# Irregular forms of verbs that the tables list (form -> base form); the rules below
# cannot produce them. "cut" is listed because its past is not "cutted".
IRREGULAR = {"said": "say", "told": "tell", "thought": "think", "wrote": "write", "written": "write",
             "shown": "show", "made": "make", "froze": "freeze", "frozen": "freeze",
             "sought": "seek", "cut": "cut"}


def inflections(verb: str) -> dict[str, str]:
    """Every form of a one-word verb, mapped to the verb: 'say' -> says, saying, said...

    Regular forms follow the spelling rules of English (Quirk et al. 1985, §3.5):
    -es after sibilants, y -> ies/ied after a consonant, a final e dropped before
    -ing ("agree" keeps it), a final consonant doubled after a short stressed vowel
    ("stop" -> stopped), and the British doubled l ("signal" -> signalled).
    Over-generated forms ("sayed") are harmless: they never occur in text.
    """
    forms = {verb}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":        # deny -> denies, denied
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith("ee"):                                       # agree -> agreeing
        forms |= {verb + "s", verb + "d", verb + "ing"}
    elif verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    if verb.endswith("l"):                                          # signalled / signaled
        forms |= {verb + "led", verb + "ling"}
    if len(verb) <= 4 and re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb):   # stop -> stopped
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    out = dict.fromkeys(forms, verb)
    out.update({form: base for form, base in IRREGULAR.items() if base == verb})
    return out
