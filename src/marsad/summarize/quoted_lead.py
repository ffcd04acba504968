"""A quote that says again what its article's first sentence reports.

An Arabic news report states a statement first in its own words ("أعلنت الحكومة الأردنية أنها
قررت منح الجنسية ... لنحو 500 مستثمر") and then quotes the speaker saying it ("وقال ... المومني
إن "... قرر مجلس الوزراء ... منح المستثمرين الجنسية الأردنية""): the quote gives the speaker's
words, not another fact, and readers count the pair as one fact told twice. The pair
classifier, fit on pairs of different articles, reads such a pair near its "same fact" cut.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.facts.quotes import has_speech_verb
from marsad.summarize.pairs import quoted_spans

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# The "same fact" logit, either way, at which a quote and its article's first sentence are one
# fact. On the February digest's summaries, of the 30 shown (lead, quote) pairs at -0.6 or
# more, 22 quote what the lead says by my reading; at -0.25, 18 of 23; at -0.25 with quotes of
# ``QUOTE_WORDS``, 15 of 18 (the others: Djibouti's claim of a new law, a denial of the
# airports' status, a church's closure). Later sentences without a quote restate the lead far
# less often: 9 of 33 at 0.0 (the rest add details), so only quotes.
QUOTE_LEAD_LOGIT = -0.25
# A quote of at least this many words: shorter spans in quotation marks are mostly names
# ("العراق في قرن", a programme) or one word ("المبتكرة") beside a sentence that tells more.
QUOTE_WORDS = 4
# A denial quoted ("ونفى المتحدث ... أن يؤدي الحظر إلى ...، وقال "...""; "أنكرت") answers the
# lead with another side's claim: a new fact, however many words the two share (the Erbil
# airports' ban and the ministry's denial that it ends their international status, February).
_DENIAL = re.compile(r"(?:^|\s)[وف]?(?:نفى|نفت|ينفي|تنفي|نفي|[أا]نكر|[أا]نكرت|ينكر|تنكر)(?=\s|$)")


# A quote after a colon, without quotation marks: "وقال هنري لشبكة "سكاي" حيث يعمل محللا: سيكون
# الأمر بمثابة حلم بالنسبة إلي" (February). A space after the colon: a time is "17:00".
_COLON_QUOTE = re.compile(rf":\s+(\S+(?:\s+\S+){{{QUOTE_WORDS - 1},}})")


def quotes_at_length(text: str) -> bool:
    """True when ``text`` reports a quote of ``QUOTE_WORDS`` words or more, not a denial."""
    return bool(long_quotes(text))


@cached(20_000)
def long_quotes(text: str) -> tuple[str, ...]:
    """The quotes of ``QUOTE_WORDS`` words or more ``text`` reports: in quotation marks
    (``pairs.quoted_spans``), else after a speech verb and a colon; none in a denial."""
    if _DENIAL.search(text):
        return ()
    spans = tuple(span for span in quoted_spans(text) if len(span.split()) >= QUOTE_WORDS)
    if spans or not has_speech_verb(text):
        return spans
    return tuple(_COLON_QUOTE.findall(text)[:1])


def quotes_lead(story: StoryText, index: int, lead: int) -> bool:
    """True when sentence ``index`` (or its word-for-word copy in ``lead``'s article: an
    outlet's twin reports carry one sentence) quotes what sentence ``lead``, its article's
    first, says (``QUOTE_LEAD_LOGIT``, either way). One way only: the lead, which states the
    event and may open the summary, is never the one left out for its quote."""
    logits = story.pair_logits
    if story.sentences[lead].index != 0 or index == lead or logits is None:
        return False
    if story.sentences[index].article != story.sentences[lead].article:
        copy = _copy_in_article(story, index, lead)
        if copy is None:
            return False
        index = copy
    same = logits["same"]
    if max(same[index, lead], same[lead, index]) < QUOTE_LEAD_LOGIT:
        return False
    return quotes_at_length(story.sentences[index].text)


def _copy_in_article(story: StoryText, index: int, lead: int) -> int | None:
    """The sentence after ``lead`` in its article with sentence ``index``'s text, if any."""
    text = story.sentences[index].text
    after = range(lead + 1, story.articles.end(lead))
    return next((j for j in after if story.sentences[j].text == text), None)


def without_lead_quotes(story: StoryText, chosen: list[int]) -> list[int]:
    """``chosen`` without the sentences that quote a chosen lead (``quotes_lead``): a quote
    scoring above its lead is chosen first, and the lead, not a repeat of it, comes in after.
    Nothing takes the freed words; a sentence another chosen one leans on stays."""
    leaned_on = {int(story.predecessor[i]) for i in chosen}
    return [
        i
        for i in chosen
        if i in leaned_on or not any(quotes_lead(story, i, lead) for lead in chosen)
    ]
