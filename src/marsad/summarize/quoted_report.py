"""A speaker's statement told twice: reported in the outlet's words, and quoted.

An Arabic report gives a statement in its own words ("وأضاف فرات خليل أن الحكومة السورية استعادت
... السيطرة على الأحياء ..."; "وقال جويس إنه سيقدم استقالته يوم الاثنين من زعامة الحزب الوطني")
and then, or in another outlet's article, the speaker's words in quotation marks ("وأوضح خليل
"... لذلك وقعت الأحياء الشرقية من مدينة حلب تحت سيطرة النظام السوري""; "وقال جويس ... "سأقول في
قاعة الحزب صباح الاثنين إني سأتنحى عن زعامة الحزب الوطني ...""). One speaker saying one claim
is one fact; the pair classifier, reading the other words, puts such pairs at "same fact" logits
of -3.6 to +0.2. The report stays: it is the outlet's clear statement, and ``quoted_lead`` and
``quoted_again`` leave the quote out too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.facts.entities import entity_mentions
from marsad.facts.gazetteer import PLACE_TYPES
from marsad.facts.quotes import has_speech_verb
from marsad.lang.terms import terms
from marsad.summarize.figure_repeats import counts
from marsad.summarize.quoted_lead import long_quotes
from marsad.summarize.speech_credit import Statement, same_speaker, statement

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# The stems a quote and a report of one speaker must share to say one claim, places not
# counted. On the February digest's multi-outlet summaries, of the 12 shown pairs of one speaker
# (``speech_credit``) with a quote on one side only and one polarity, those sharing 2 stems or
# more were 8: 7 one statement (Khalil's Aleppo districts, Joyce's resignation twice, Haley on
# Awaei, Mandelblit's decision, Trump's armed teachers twice), 1 two (Netanyahu's "we will act
# against Iran" / "Israel will not let Iran's regime put a noose on our necks"); the 4 sharing
# one stem or none were all two statements.
QUOTE_SHARED = 2
# A speaker's statements on one conflict all name its countries ("إسرائيل" and "إيران" were the
# only stems Netanyahu's two shared): what a claim says is not where, so place names


def quoted_reports(
    story: StoryText, chosen: Sequence[int], near: Callable[[int, int], bool]
) -> dict[int, int]:
    """Each chosen sentence quoting (``quoted_lead.long_quotes``) a statement that another
    chosen sentence, without a long quote, reports (``_says_again``), mapped to that report:
    the quote is the repeat, wherever it comes in reading order. Not a sentence another chosen
    one leans on, nor one whose article is not ``near`` in time the report's, nor a quote giving
    a count (``figure_repeats.counts``) the report does not give (a count is news)."""
    leaned_on = {int(story.predecessor[i]) for i in chosen}
    texts = {i: story.sentences[i].text for i in chosen}
    quotes = [i for i in chosen if i not in leaned_on and long_quotes(texts[i])]
    reports = [i for i in chosen if has_speech_verb(texts[i]) and not long_quotes(texts[i])]
    if not quotes or not reports:  # most summaries: the statements are not read
        return {}
    found: dict[int, int] = {}
    for index in quotes:
        own = statement(texts[index])
        if own is None:
            continue
        given = counts(" ".join(long_quotes(texts[index])))
        report = next(
            (
                other
                for other in reports
                if near(index, other)
                and given <= counts(texts[other])
                and _says_again(
                    own,
                    statement(texts[other]),
                    place_terms(texts[index]) | place_terms(texts[other]),
                )
            ),
            None,
        )
        if report is not None:
            found[index] = report
    return found


def _says_again(quote: Statement, report: Statement | None, places: frozenset[str]) -> bool:
    """True when ``quote`` and ``report`` are one speaker's (``speech_credit.same_speaker``)
    with one polarity and ``QUOTE_SHARED`` stems of the claim in common that are not
    ``places``."""
    return (
        report is not None
        and same_speaker(quote, report)
        and quote.negated == report.negated
        and len((quote.claim & report.claim) - places) >= QUOTE_SHARED
    )


@cached(20_000)
def place_terms(text: str) -> frozenset[str]:
    """The stems of the places ``text`` names (``PLACE_TYPES``)."""
    return frozenset(
        term
        for mention in entity_mentions(text)
        if mention.type in PLACE_TYPES
        for term in terms(mention.text, "ar")
    )
