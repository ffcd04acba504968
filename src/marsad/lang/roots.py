"""Trilateral roots of an Arabic word from its derivation patterns (our own light extractor).

Outlets tell one event with other words of one root ("اعتقل" / "اعتقال", "أصيب" / "إصابة",
"فاز" / "بفوز"). Snowball's Arabic stemmer strips affixes but keeps the pattern ("اعتقل",
"مقتل"), and NLTK's ISRI root extractor (not a dependency) reads weak roots wrongly ("فازت" →
"فزت", "إصابة" → "صبة", "استقال" → "قال", the speech verb). This extractor lists the readings
instead of guessing one: every (root, form) a word can be by the verb forms' patterns (I, II's
noun تفعيل, IV, V, VII, VIII, X and the nouns مفعل, فعول, فعيل, فعال), hollow roots with both
middle letters (فاز → فوز / فيز) and defective ones ending in ي ("لقي", "أودى"). A caller asks
whether any reading is one it knows (``summarize.verb_roots``), so a wrong extra reading does no
harm unless it is a known root of the right form.
"""

from __future__ import annotations

from collections.abc import Mapping

from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems

# Pronoun and agreement suffixes of verbs and nouns (normalized: ة is ه), longest first.
_SUFFIXES = (
    "تهما",
    "تهم",
    "هما",
    "ها",
    "هم",
    "هن",
    "كم",
    "نا",
    "وا",
    "ون",
    "ين",
    "ات",
    "ان",
    "ا",
    "ته",
    "ه",
    "ت",
    "ي",
)
# Imperfect prefixes, with the future's س before them.
_IMPERFECT = ("سي", "ست", "سن", "ي", "ت", "ن")
# The weak letters a long vowel or a fallen last letter stands for (فاز → فوز, أودى → ودي).
_WEAK = "وي"
Reading = tuple[str, str]  # (root, form)


def root_keys(
    table: Mapping[str, object], source: str, skip: str = ""
) -> dict[tuple[str, str | None], str]:
    """The name of each (root, form) key of a data file's ``table`` of named lists of roots
    ("root" or "root@form"; form None: the bare root's form I and its nouns); ``skip`` names
    an entry that is not a list of roots. A root under two names is an error."""
    names: dict[tuple[str, str | None], str] = {}
    for name, keys in table.items():
        if name == skip:
            continue
        if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
            raise ValueError(f"{source}: {name} must be a list of roots")
        for key in keys:
            root, _, form = key.partition("@")
            if names.setdefault((root, form or None), name) != name:
                raise ValueError(f"{source}: {key} is under two names")
    return names


def readings(word: str) -> frozenset[Reading]:
    """Every (trilateral root, verb form) ``word`` may be read as: the form is "I" for the bare
    root and its nouns (مفعل, فعول, فعيل), "II" (تفعيل), "III" (فاعل, مفاعل: the
    doer or the mutual act, "مقاتل" a fighter, not a killing), "IV", "V", "VII", "VIII", "X"."""
    found: set[Reading] = set()
    for form in stems(normalize(word)):
        for stem in _without_suffixes(form):
            for bare in _without_imperfect(stem):
                found.update(_patterns(bare))
                if bare != stem and len(bare) == 3:  # يحرز: the imperfect of أحرز (IV) too
                    found.update(_weak(bare, "IV"))
    return frozenset(found)


def _without_suffixes(word: str) -> list[str]:
    """``word`` and its forms without one or two suffixes, three letters at least left."""
    found = [word]
    for stem in (word, *[word[: -len(s)] for s in _SUFFIXES if word.endswith(s)]):
        if len(stem) >= 3 and stem not in found:
            found.append(stem)
        for suffix in _SUFFIXES:
            shorter = stem[: -len(suffix)]
            if stem.endswith(suffix) and len(shorter) >= 3 and shorter not in found:
                found.append(shorter)
    return found


def _without_imperfect(stem: str) -> list[str]:
    """``stem`` and, for an imperfect verb ("يتغلب", "سيستقيل"), its stem without the prefix
    (written as the perfect's: "يتغلب" → "تغلب", "يستقيل" → "استقيل")."""
    found = [stem]
    for prefix in _IMPERFECT:
        rest = stem[len(prefix) :]
        if stem.startswith(prefix) and len(rest) >= 3:
            found.append(rest)
            if rest.startswith(("ست", "ن", "ت")) and len(rest) >= 4:
                found.append("ا" + rest)  # يستقيل → استقيل, ينفجر → انفجر
            if len(rest) == 4 and rest[1] in "تطد":
                found.append("ا" + rest)  # يحتجز → احتجز (VIII)
    return found


def _patterns(stem: str) -> set[Reading]:
    """The (root, form) readings of a stem without clitics or inflection."""
    found: set[Reading] = set()
    n = len(stem)
    if n == 3:
        found.update(_weak(stem, "I"))
        if stem[0] == "ا":
            found.update(_weak(stem[1:], "IV"))  # أودت (ى fell before ت)
        if stem[1] == "ا":
            found.add((stem, "III"))  # also قال read as قال: left to the caller's forms
    if n == 4:
        first, second, third, fourth = stem[0], stem[1], stem[2], stem[3]
        if first == "ا":
            found.update(_weak(stem[1:], "IV"))  # أحرز, أفرج, أصيب (passive: ا ص ي ب)
        if first == "ت":
            found.update(_weak(stem[1:], "V"))  # تغلب, تحطم, تنحى
        if first == "م":
            found.update(_weak(stem[1:], "I"))  # مقتل, مصرع
        if third in "وي":
            found.update(_weak(first + second + fourth, "I"))  # سقوط, قتيل
        if second == "ا":
            found.add((first + third + fourth, "III"))  # قاتل, غالب
    if n == 5:
        if stem.startswith("ان"):
            found.update(_weak(stem[2:], "VII"))  # انفجر
        if stem[0] == "ا" and stem[2] in "تطد":
            found.update(_weak(stem[1] + stem[3:], "VIII"))  # اعتقل, احتجز, اصطدم, اغتال
        if stem[0] == "ت" and stem[3] == "ي":
            found.update(_weak(stem[1:3] + stem[4], "II"))  # تفجير, توقيف
        if stem[0] == "ا" and stem[3] == "ا":
            found.update(_weak(stem[1:3] + stem[4], "IV"))  # إفراج, إحراز
        if stem[0] == "م" and stem[2] == "ا":
            found.add((stem[1] + stem[3:], "III"))  # مقاتل
        if stem[0] == "ت" and stem[2] == "ا":
            found.add((stem[1] + stem[3:], "III"))  # تقاتل (VI)
        if stem.startswith("است"):
            found.update(_weak(stem[3:], "X"))  # استقال (hollow: ق ا ل)
    if n == 6:
        if stem.startswith("است"):
            found.update(_weak(stem[3:], "X"))  # استشهد
        if stem.startswith("ان") and stem[4] == "ا":
            found.update(_weak(stem[2:4] + stem[5], "VII"))  # انفجار
        if stem[0] == "ا" and stem[2] in "تطد" and stem[4] == "ا":
            found.update(_weak(stem[1] + stem[3] + stem[5], "VIII"))  # اعتقال, احتجاز
        if stem.startswith("مست"):
            found.update(_weak(stem[3:], "X"))
    if n == 7 and stem.startswith("است") and stem[5] == "ا":
        found.update(_weak(stem[3:5] + stem[6], "X"))  # استشهاد
    return found


def _weak(letters: str, form: str) -> set[Reading]:
    """Readings of three letters in a form: as they are and, when the middle is a long vowel
    (hollow root: فاز, أصيب, استقال, اغتال) or the last is ي/ا (defective: لقي, ودى), with و or ي
    there."""
    if len(letters) == 2:  # a weak letter fell: hollow ("فزت") or defective ("أودت")
        return {(letters[0] + weak + letters[1], form) for weak in _WEAK} | {
            (letters + weak, form) for weak in _WEAK
        }
    if len(letters) != 3:
        return set()
    found = {(letters, form)}
    # a middle ي is a root letter in the bare form ("غير"), a long vowel in the derived ones
    # ("أصيب", "استقيل")
    if letters[1] == "ا" or (letters[1] == "ي" and form != "I"):
        found.update((letters[0] + middle + letters[2], form) for middle in _WEAK)
    if letters[2] in "اي":
        found.update((letters[:2] + last, form) for last in _WEAK)
    return found
