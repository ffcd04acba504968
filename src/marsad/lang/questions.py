"""A "؟" or "?" that sentencex reads as an end but is not: a question quoted inside a sentence
that goes on after the closing quote, and a question whose "or" half follows it."""

from __future__ import annotations

import re

# A quoted question ('"…؟"', '«…؟»') the sentence goes on after: a comma ('؟" ، فيما
# اعتبر …', '؟" ، وفقا لرويترز'), or a word attributing or describing the quote ('؟" في إشارة
# إلى …', '؟" مشيرة إلى …', '«…؟» قال الوزير'). February 2018 ANT: 8 such cuts, all inside a
# sentence; a quote followed by "و" and a verb ('؟" وتواصلت CNN …') opens the next one.
_QUOTED = re.compile(r"[؟?][!؟?]*\s*[\"”»']\s*$")
_GOES_ON_QUOTE = re.compile(
    r"[،,؛]|(?:في\s+إشارة|وفقا|وفقاً|بحسب|حسب|مشيرا|مشيراً|مشيرة|مضيفا|مضيفاً|مضيفة|"
    r"متسائلا|متسائلاً|متسائلة|قال|قالت|يقول|تقول|أضاف|أضافت)(?!\w)"
)
# "أم"/"أو" ("or") after a question is its second half ("الروبوتات ضد البشر؟ أم البشر …",
# "… زراعتها؟ أو كيف …", "… ام ان البعض …"): February 2018, 4 cuts, none a sentence's end.
_OR = re.compile(r"(?:أم|ام|أو|او)(?!\w)")


def question_goes_on(before: str, after: str) -> bool:
    """True when the question mark ending ``before`` is inside the sentence ``after`` goes on."""
    end = before.rstrip()
    if not end.endswith(("؟", "?", '"', "”", "»", "'")):
        return False
    start = after.lstrip()
    if _QUOTED.search(end[-6:]):
        return bool(_GOES_ON_QUOTE.match(start) or _OR.match(start))
    return end.endswith(("؟", "?")) and bool(_OR.match(start))
