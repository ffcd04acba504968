"""Quotes: direct quotes in « », “ ” or "..." and reported speech, with the speaker.

The public entry, and the article loop; the readers live in the modules beside it:
``_speech_verbs`` (the verbs), ``_quote_spans`` (one sentence's quotes), ``_verb_subject``,
``_speaker_names`` and ``_titled_names`` (who a verb's subject is), ``_named_after`` (a
speaker named after the quote), ``_according`` ("بحسب X"), ``_carried`` (a speaker carried
across sentences), ``_article_names`` (names the article writes), ``_speaker_words`` and
``_quote_words`` (shared word tests and lists).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial

from marsad.facts._agreement import BOTH, opening_genders
from marsad.facts._article_names import ArticleNames, article_names, remember_kind
from marsad.facts._carried import (
    Roles,
    _tells_report,
    another_person,
    described_title,
    kind_named,
    opening_subject,
    role_of_opener,
    same_subject,
    without_circumstance,
)
from marsad.facts._kind_bodies import bare_kind, remember_bodies
from marsad.facts._kind_opener import kind_opener
from marsad.facts._loose_words import without_loose_words
from marsad.facts._name_words import named_speaker
from marsad.facts._nation_role import nation_role
from marsad.facts._occasions import without_occasion
from marsad.facts._particle_names import family_speaker, honorific_opener
from marsad.facts._quote_spans import (
    bare_opener,
    bare_verb_genders,
    quote_mentions,
    relayed,
    report_issuer,
)
from marsad.facts._quote_words import (
    BODY_HEADS,
    BODY_KINDS,
    CONTINUATION_PARAGRAPHS,
    MIN_QUOTE_WORDS,
)
from marsad.facts._said_in import issuer as issuer_of
from marsad.facts._said_in import said_in_it
from marsad.facts._speaker_names import sentence_subject
from marsad.facts._speaker_words import _kin, could_name, is_title, without_adverb
from marsad.facts._speech_verbs import SPEECH_VERBS, QuoteMention, has_speech_verb
from marsad.facts._statements import (
    bare_statement,
    could_issue,
    statement_issuer,
    tells_statement,
)
from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize
from marsad.model import Sentence

__all__ = [
    "MIN_QUOTE_WORDS",
    "SPEECH_VERBS",
    "ArticleNames",
    "QuoteMention",
    "article_names",
    "article_quotes",
    "could_name",
    "has_speech_verb",
    "quote_mentions",
    "sentence_subject",
    "without_adverb",
]


def article_quotes(
    sentences: Sequence[Sentence],
    entities_of: Mapping[int, Sequence[EntityMention]],
    people: Sequence[str] = (),
) -> list[tuple[Sentence, QuoteMention]]:
    """The quotes of an article's sentences (``entities_of``: each sentence's entities by its
    index; ``people``: the persons it names). A continuation ("وأضافت أن") takes the person
    the sentence right before opens with when that sentence quotes no one ("وأعرب مومتزيس
    عن قلقه ..." then "وقال إن ..."), else the last speaker whose verb had its gender, named
    in this paragraph or the one before, unless someone unknown spoke since."""
    names = ArticleNames([s.text for s in sentences], people)
    found: list[tuple[Sentence, QuoteMention]] = []
    chain: dict[str, tuple[str | None, int]] = {}  # gender: speaker, paragraph named in
    kinds: dict[str, str] = {}  # "وزاره": the last body or source named with that word
    issuer: str | None = None  # whose statement the article quoted last
    reporter: str | None = None  # whose report ("أفاد تقرير للبيت الأبيض") it quoted last
    bodies: dict[str, str | None] = {}  # "صحيفه": the one body the text names with that word
    last = -2  # index of the last sentence with a quote
    roles = Roles(sentences, names)
    crossed: set[str] = set()  # genders whose speaker another person was named after
    described: set[str] = set()  # titles given as speakers ("الوزير التركي"): no one's name

    def known(name: str) -> bool:
        last = normalize(name.split()[-1])
        return last in names or names.known(last) is not None

    before: tuple[Sentence, list[EntityMention]] | None = None  # the sentence before
    for position, sentence in enumerate(sentences):
        entities = sorted(entities_of.get(sentence.index, ()), key=lambda m: m.start)
        if sentence.index - last > 1 and before is not None and has_speech_verb(sentence.text):
            opener = opening_subject(before[0].text, before[1], names, fronted=True)
            if opener:
                # the verb after must agree with the opener's ("طالب ترامب" then "وقال")
                genders = opening_genders(without_circumstance(before[0].text), opener)
                chain = dict.fromkeys(genders, (opener, before[0].paragraph))
                crossed.clear()
            elif body_opener := kind_opener(before[0].text):
                # a body no entity names, read from its words ("وكشفت صحيفة "..." أن")
                body, genders = body_opener
                chain = dict.fromkeys(genders, (body, before[0].paragraph))
                crossed.clear()
            elif titled := honorific_opener(before[0].text):
                # "كشفت مدير عام الهيئة د. X بن Y، ..." then "وقالت:": a name no entity finds
                person, genders = titled
                chain = dict.fromkeys(genders, (person, before[0].paragraph))
                crossed.clear()
        prior, before = before, (sentence, entities)
        texts_before = partial(_texts_before, sentences, position)
        # "وأضاف" further on: the annotation guide, too, looks back one paragraph only.
        previous = {
            gender: speaker
            for gender, (speaker, paragraph) in chain.items()
            if sentence.paragraph - paragraph <= CONTINUATION_PARAGRAPHS and gender not in crossed
        }
        old_chain = dict(chain)
        quotes = quote_mentions(
            sentence.text,
            entities,
            previous_by_gender=previous,
            names=names,
            after_quote=sentence.index - last == 1,
        )
        quotes = [roles.resolve(sentence, quote, entities) for quote in quotes]
        near = prior if prior and sentence.paragraph - prior[0].paragraph <= 1 else None
        if near is not None:
            quotes = [role_of_opener(sentence.text, q, near, names) for q in quotes]
        if any(q.speaker is None and described_title(sentence.text, q.start) for q in quotes):
            # "وقال اللاعب السويسري": the one person named with that nationality before
            first = opening_subject(near[0].text, near[1], names) if near else None
            quotes = [
                nation_role(q, described_title(sentence.text, q.start), texts_before, first, names)
                for q in quotes
            ]
        quotes = [same_subject(sentence.text, quote, entities, names) for quote in quotes]
        quotes = [family_speaker(sentence.text, q, texts_before) for q in quotes]
        if any(quote.speaker is None and quote.cited for quote in quotes):
            bare = bare_verb_genders(sentence.text, entities)
            quotes = [bare_opener(sentence.text, q, bare, previous) for q in quotes]
        for e in entities:
            if e.type == "organization":
                remember_kind(kinds, e.canonical)
        refused = False  # a clause taken for a name: someone unknown spoke
        issuer = statement_issuer(sentence.text, BODY_HEADS) or issuer
        for at, quote in enumerate(quotes):
            if (
                quote.speaker
                and (trimmed := without_loose_words(quote.speaker, known)) != quote.speaker
            ):
                # "البيان أنهما", "لشركة كامبريدج": words of the clause, cut off or nobody's
                refused = trimmed is None
                quote = quotes[at] = replace(
                    quote, speaker=trimmed, continued=quote.continued and trimmed is not None
                )
            if quote.speaker and (trimmed := without_adverb(quote.speaker)) != quote.speaker:
                refused = trimmed is None
                quote = quotes[at] = replace(quote, speaker=trimmed)
            if quote.speaker and (trimmed := without_occasion(quote.speaker)) != quote.speaker:
                # "لفرانس برس", "سابيو لرويترز", "مؤتمر صحافي": to whom or where, not who
                refused = trimmed is None
                quote = quotes[at] = replace(
                    quote, speaker=trimmed, continued=quote.continued and trimmed is not None
                )
            if quote.report:
                # "وأشار التقرير إلى": the words of the report's issuer named before, else
                # nobody's (not one who spoke of a report: "وقال دبلوماسي إن بيان إيران")
                refused = reporter is None
                quote = quotes[at] = replace(quote, speaker=reporter, continued=False)
            if quote.speaker and bare_statement(quote.speaker):
                # "وأضاف البيان": the words of the issuer named before, else nobody's
                refused = issuer is None
                quote = quotes[at] = replace(quote, speaker=issuer, continued=False)
            if quote.speaker and (as_name := named_speaker(quote.speaker, _kin)) != quote.speaker:
                # Whatever gave the speaker (a role, a continuation, the subject): a span with
                # a verb or a verbal noun is no name ("يفقد ريال"); nobody's, as just below.
                refused = as_name is None
                quote = quotes[at] = replace(
                    quote, speaker=as_name, continued=quote.continued and as_name is not None
                )
            if quote.speaker and not could_name(quote.speaker):
                # A word of the sentence, not a name: nobody's (read after the roles and
                # the subject, which would fill an empty speaker with a guess).
                refused = " " in quote.speaker
                quote = quotes[at] = replace(quote, speaker=None, continued=False)
            elif (
                quote.speaker
                and (kind := bare_kind(quote.speaker)) is not None
                # the last body the article named with that word, else its one body so named
                and (earlier := kinds.get(kind) or bodies.get(kind))
            ):
                quote = quotes[at] = replace(quote, speaker=earlier)
            elif quote.speaker:
                remember_kind(kinds, quote.speaker)
            elif quote.cited and (earlier := kind_named(sentence.text, quote, bodies)):
                quote = quotes[at] = replace(quote, speaker=earlier, continued=False)
            elif (
                quote.cited
                and said_in_it(sentence.text, quote.start)
                and (author := issuer_of(sentence.text, entities, names))
            ):
                # "وأصدرت نقابة المهن الموسيقية بيانا، قالت فيه إن": who issued it
                quote = quotes[at] = replace(quote, speaker=author, continued=False)
            elif (
                quote.cited
                and not quote.continued
                and not refused
                and (role := described_title(sentence.text, quote.start))
                # the sentence before opens with someone the title may stand for, whom no
                # rule could tell for sure: nobody's rather than a title beside his name
                and not (near and opening_subject(near[0].text, near[1], names))
            ):
                quote = quotes[at] = replace(quote, speaker=role)
                described.add(role)
            found.append((sentence, quote))
            if quote.speaker and tells_statement(sentence.text) and could_issue(quote.speaker):
                issuer = quote.speaker  # "وقالت الشركة في بيان"
            if quote.speaker and quote.cited and _tells_report(sentence.text, quote.start):
                reporter = quote.speaker  # "أفاد تقرير للبيت الأبيض بأن"
            if quote.cited or quote.speaker or refused:
                kept = quote.continued and quote.gender in chain
                named = chain[quote.gender][1] if kept else sentence.paragraph
                chain[quote.gender] = (quote.speaker, named)
                if quote.speaker and relayed(sentence.text, quote.start):
                    # "ونقلت وكالة ... عن مصدر قضائي" then "وشدد على أن": the verb agrees
                    # with the agency, the words are the source's, whose gender is unread
                    chain.update(dict.fromkeys(BOTH, (quote.speaker, named)))
            if quote.speaker and not is_title(quote.speaker) and quote.speaker not in described:
                names.learn(quote.speaker)
            last = sentence.index
        if not any(q.speaker for q in quotes) and (
            told := _statement_opener(sentence, entities, names)
        ):
            issuer = told  # "أعلنت القوات المسلحة ... في بيان" then "وذكر البيان بأن"
        roles.see(sentence, entities, [q for q in quotes if q.speaker not in described])
        remember_bodies(bodies, sentence.text, BODY_KINDS)
        if not quotes and "تقرير" in sentence.text:
            reporter = report_issuer(sentence.text, entities, names) or reporter
        if not quotes:
            # "وبين أن ..." or "وتحدثت لبي بي سي عن ..." with no quote: the speaker named
            # before is still the subject, so a "وأفاد" after it is still his; a speaker
            # already out of reach is not brought back ("وبدأ في تصور ..." four paragraphs
            # after Trump's words, its subject an artist no lexicon knows)
            for gender in bare_verb_genders(sentence.text, entities):
                if gender in chain and gender not in crossed and _in_reach(chain[gender], sentence):
                    chain[gender] = (chain[gender][0], sentence.paragraph)
        if quotes and quotes[-1].speaker is None and not refused:
            # "وأعرب مومتزيس عن قلقه "العميق ..."" then "وقال إن": the person the sentence
            # opens with.
            opener = opening_subject(sentence.text, entities, names, fronted=True)
            if opener:
                chain[quotes[-1].gender] = (opener, sentence.paragraph)
        # "وقال ترامب إن ..." then "وأضاف": the sentence names its speaker anew, so a person
        # named between an earlier quote of his and this one no longer parts the chain.
        anew = {quote.gender for quote in quotes if quote.speaker and not quote.continued}
        for gender, link in chain.items():
            if link != old_chain.get(gender) or gender in anew:
                crossed.discard(gender)
            elif another_person(link[0], entities):
                crossed.add(gender)
    return found


def _texts_before(sentences: Sequence[Sentence], position: int) -> list[str]:
    """The texts of the article's sentences before ``position`` (read by a rule only when
    it needs them)."""
    return [s.text for s in sentences[:position]]


def _in_reach(link: tuple[str | None, int], sentence: Sentence) -> bool:
    """True when the speaker of ``link`` was named close enough before ``sentence`` for a
    bare verb to continue him (the reach ``article_quotes`` gives "وأضاف")."""
    return sentence.paragraph - link[1] <= CONTINUATION_PARAGRAPHS


def _statement_opener(
    sentence: Sentence, entities: Sequence[EntityMention], names: ArticleNames
) -> str | None:
    """The one a sentence that tells of a statement opens with, when it names no issuer of
    its own and gave no quote a speaker: the issuer of a later "وأضاف البيان"."""
    if not tells_statement(sentence.text) or statement_issuer(sentence.text, BODY_HEADS):
        return None
    opener = opening_subject(sentence.text, entities, names)
    if opener is None or _joined(sentence.text, opener, entities):
        return None
    return opener


def _joined(text: str, name: str, entities: Sequence[EntityMention]) -> bool:
    """True when another one is joined to ``name`` by و ("أصدرت فرنسا وألمانيا وبريطانيا
    بيانا مشتركا"): the statement is theirs together, not the first one's."""
    ends = [e.end for e in entities if e.canonical == name or e.text == name]
    at = text.find(name)
    end = ends[0] if ends else at + len(name)
    if not ends and at < 0:
        return False
    rest = text[end:].lstrip()
    after = len(text) - len(rest)  # where the word after the name starts
    return rest.startswith("و") and any(e.start == after for e in entities)
