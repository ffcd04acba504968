"""Verbs of stance that cite words only in quote marks: "ووصف الوزير القرار بـ"المتسرع"",
"وطالبت المنظمة بـ"تحقيق مستقل"". They take a noun, not a
clause opened by أن, so they never open reported speech; a quote they govern is the subject's
words, however short (a scare quote after no verb is nobody's)."""

from __future__ import annotations

from marsad.lang.clitics import stems, with_clitics
from marsad.lang.tokens import tokenize, words_of
from marsad.lang.words import word_set

# Past and present, both genders. Not the bare "طالب" (also "a student") nor "سمى" (also a
# name); the object pronoun forms ("وصفه", "وصفتها") are the same verb with its object.
MARKED_VERBS = word_set(
    "وصف وصفت يصف تصف وصفه وصفها وصفته وصفتها وصفهم "
    "أدان أدانت يدين تدين اتهم اتهمت يتهم تتهم "
    "طالبت يطالب تطالب دعا دعت يدعو تدعو رحب رحبت يرحب ترحب "
    # speech verbs that also take a noun ("نددت الولايات المتحدة "بالمسؤولية الخاصة"")
    "ندد نددت يندد تندد انتقد انتقدت ينتقد تنتقد"
)
_WITH_CLITICS = with_clitics(MARKED_VERBS)
_ARTICLE = ("ال", "وال", "بال", "لل", "فال", "كال")


def marked_verb_positions(text: str) -> list[tuple[int, int]]:
    """Character spans of the stance verbs of ``text`` (with clitics: "ووصفت", "ويتهم")."""
    found = words_of(text) & _WITH_CLITICS
    if not found:
        return []  # most sentences: one set test
    return [
        (t.start, t.end)
        for t in tokenize(text)
        if t.norm in found
        and not t.norm.startswith(_ARTICLE)
        and any(form in MARKED_VERBS for form in stems(t.norm))
    ]
