"""`marsad eval noise`: the blind hand check of March 2018 and the detectors."""

import hashlib
from collections.abc import Callable
from pathlib import Path

from marsad.eval.noise import (
    FRAGMENT_SETS,
    FRAGMENTS,
    FRAGMENTS_MONTH,
    FRAGMENTS_ROUND2,
    FRAGMENTS_ROUND2_SECOND,
    FRAGMENTS_SECOND,
    GOLD,
    GOLD_MONTH,
    SUMMARY_CHECKS,
    agreement,
    analysed,
    flags,
    fragment_score,
    gold_fragment_score,
    gold_scores,
    noise_report,
    read_month,
    summary_check,
)
from marsad.ingest import load_articles
from marsad.model import Article, Digest, Story, SummarySentence
from marsad.pipeline import digest
from marsad.settings import Settings

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"

# SHA-256 of the hand check (tests/data/noise/gold-march-2018.jsonl): re-measure on purpose.

PINNED = "e225ade06fb5c28195a66794baf334290e273664cf133c58bfb0e9f4fb11c92c"


# The February fragment sets (tuning) and their second annotators' relabelling.
PINNED_FRAGMENTS = {
    FRAGMENTS: "d21349372a05715c5d5bdbd28902eb80f0baed124472d7fe94da318a8ac47ce5",
    FRAGMENTS_SECOND: "0aef55c302244553988cb1fd47753d81a16ac9a73d14b193307ce031cc75252c",
    FRAGMENTS_ROUND2: "aa6fac4314920dea65134b1a265c44ffa24a624e1389ac8448c99c37fc6f3a8d",
    FRAGMENTS_ROUND2_SECOND: "aba255709a10b81a1f5f3d15de1cd88fc34998a50ad488bd419850b1bc5dbc3a",
}


def test_gold_is_the_pinned_one() -> None:
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == PINNED
    for path, pinned in PINNED_FRAGMENTS.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == pinned, path.name
    assert {path for pair in FRAGMENT_SETS.values() for path in pair} == set(PINNED_FRAGMENTS)


def test_detectors_flag_what_a_reader_calls_noise() -> None:
    assert flags("دبي، الإمارات العربية المتحدة (CNN)-- قال مسؤول إن الاجتماع انتهى.") == [
        "dateline"
    ]
    assert "heading" in flags("ما الذي ورد في رسالة ترامب؟")
    assert "hashtag" in flags("وتفاعل نشطاء مع #نبيه_بري على تويتر بعد الخطاب.")
    assert "truncated" in flags("وقال المحققون إن الطائرة في الرحلة إم.")
    assert "fragment" in flags("وأضاف أن الفرق وصلت إلى المكان بعد ساعتين من الحادث.")
    assert flags("أعلنت وزارة الصحة أن عدد المصابين ارتفع إلى ثلاثمئة في أسبوع واحد.") == []
    title = "الحكومة تعلن خطة جديدة"
    assert flags(title + ".", frozenset({"الحكومهتعلنخطهجديده"})) == ["teaser"]


def test_noise_report_counts_story_and_summary_sentences_per_outlet() -> None:
    articles = list(load_articles([EXAMPLES], settings=Settings()).articles)
    fragment = "وأضاف أن الفرق وصلت إلى المكان بعد ساعتين من الحادث."
    first = articles[0]
    articles[0] = Article(
        id=first.id,
        title=first.title,
        text=f"{first.text}\n{fragment}",
        source=first.source,
        published=first.published,
    )
    documents = analysed(articles)
    report = noise_report(digest(articles), documents)
    assert sum(row.story.sentences for row in report.values()) == sum(
        len(document.sentences) for document in documents
    )
    assert report[first.source].story.flags["fragment"] >= 1
    summary = sum(len(story.summary) for story in digest(articles).stories)
    assert sum(row.summary.sentences for row in report.values()) == summary


def test_a_fragment_after_its_own_predecessor_is_not_summary_noise() -> None:
    lead = "أعلنت وزارة الصحة أن عدد المصابين بالحمى ارتفع إلى ثلاثمئة خلال أسبوع واحد."
    fragment = "وأضاف أن فرقا طبية أرسلت إلى القرى الجنوبية لمعالجة المصابين."
    other = "وشهدت المدينة الساحلية أمطارا غزيرة أدت إلى إغلاق الطرق الرئيسية يوم الأحد."
    articles = (
        Article(id="a", title="الحمى", text=f"{lead}\n{fragment}", source="outlet-a"),
        Article(id="b", title="الأمطار", text=other, source="outlet-b"),
    )

    def summary(*sentences: tuple[str, str, int]) -> Digest:
        shown = tuple(
            SummarySentence(text=text, article=article, sentence=index, sources=(article,))
            for text, article, index in sentences
        )
        story = Story(id="s", title="الحمى", language="ar", articles=articles, summary=shown)
        return Digest(stories=(story,))

    after = noise_report(summary((lead, "a", 0), (fragment, "a", 1), (other, "b", 0)))
    assert after["outlet-a"].summary.flags["fragment"] == 0
    alone = noise_report(summary((other, "b", 0), (fragment, "a", 1)))
    assert alone["outlet-a"].summary.flags["fragment"] == 1


def test_cleaning_against_the_blind_hand_check(shared_data: Callable[[str], Path]) -> None:
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    scores, size = gold_scores(read_month(data, GOLD_MONTH))
    by_name = {score.name: score for score in scores}
    assert size == 300
    cleaning = by_name["marsad cleaning"]
    # Measured 2026-12-05 (docs/evaluation.md): precision 0.938, recall 0.540 (0.871 and 0.540
    # before the rules that hold on both February sets; 0.891, 0.504 the round before).
    # Round 21 (clean8): 0.919 (68 of 74): one more sentence flagged, an item under a list's
    # lead-in ending in ":" (``clean._in_list``), which the annotation guide reads as fine when
    # it is a full sentence ("A quote or list item that is a full sentence is fine") and the
    # brief of issue 16 counts as noise shown without its lead-in.
    assert cleaning.precision >= 0.91
    assert cleaning.recall >= 0.53
    n, observed, kappa = agreement()
    assert n == 100 and observed >= 0.9 and kappa >= 0.8
    # The report for the needs_context rules tuned on February (2026-12-05): 33 of the 77
    # March fragments, 38 flagged (before the rules that hold on both February sets: 32 of 77,
    # 43 flagged; the round before: 28 of 77, 37 flagged).
    fragments = gold_fragment_score(read_month(data, GOLD_MONTH))
    assert fragments.gold == 77
    assert fragments.true_positive >= 33 and fragments.precision >= 0.85


def test_blind_checks_of_summary_sentences() -> None:
    (
        before,
        after,
        final,
        round4,
        round5,
        round6,
        round7,
        round8,
        round9,
        round10,
        round11,
        round12,
        round13,
        round14,
        round15,
        round16,
        round17,
        round18,
        round19,
        round20,
        round21,
        round22,
        round23,
        round24,
        round25,
        round26,
        round27,
        round28,
        round29,
        round30,
        round30_context,
        round31,
        round31_context,
    ) = (summary_check(path) for path in SUMMARY_CHECKS)
    # Measured 2026-12-04 (docs/evaluation.md): 22, 17 and 38 labelled noise; 12, 12 and 8 of
    # 200 as shown (fragments that follow their own predecessor in the summary read as meant).
    assert (before.sentences, before.noise, before.shown_noise) == (200, 22, 12)
    assert (after.sentences, after.noise, after.shown_noise) == (200, 17, 12)
    assert (final.sentences, final.noise, final.shown_noise) == (200, 38, 8)
    # 2026-12-04, at ec15918: 32 labelled, 9 as shown (5 fragments, 3 truncated, 1 hashtag).
    assert (round4.sentences, round4.noise, round4.shown_noise) == (200, 32, 9)
    # 2026-12-05, at 2f5b068: 40 labelled, 13 as shown (7 fragments alone, 4 list markers, a
    # title repeated, a cut at an initial).
    assert (round5.sentences, round5.noise, round5.shown_noise) == (200, 40, 13)
    # 2026-12-05, at db0847e: 49 labelled, 19 as shown (fragments alone, 3 cuts: mid-sentence,
    # an attribution tail, a dotted acronym "بي.في.إيه" joined since), by a sixth annotator; a
    # second one on 80 agreed on all 80.
    assert (round6.sentences, round6.noise, round6.shown_noise) == (200, 49, 19)
    # 2026-12-05, at bd94216: 24 labelled, 10 as shown (8 fragments alone, a hashtag whose
    # underscores stayed, a rights notice; both cleaned since), by an eighth annotator; a ninth
    # on 80 agreed on 77.
    assert (round7.sentences, round7.noise, round7.shown_noise) == (200, 24, 10)
    # 2026-12-05, at a1752e3 (after round 12 of the fragment rules): 51 labelled, 19 as shown
    # (16 fragments alone, a BBC link title, a column label, a hashtag), by a stricter tenth
    # annotator (a definite noun the sentence does not introduce); an eleventh on 80: 78 agree.
    assert (round8.sentences, round8.noise, round8.shown_noise) == (200, 51, 19)
    # 2026-12-05, at 94b8e88 (round 13: a noun told before, tag links in quotes, column labels,
    # BBC link titles): 30 labelled, 9 as shown (8 fragments alone, a hashtag named as one), by
    # a twelfth annotator; a thirteenth on 80: 75 agree (5 shown against 4).
    assert (round9.sentences, round9.noise, round9.shown_noise) == (200, 30, 9)
    # 2026-12-05, at ef9958b (round 14: "for example", "as for", an unnamed new decision,
    # "another X"; quotes of the lead, another event's sentences): 45 labelled, 20 as shown (19
    # fragments alone, 1 garbled quote), by a strict fourteenth annotator (a definite noun the
    # sentence does not name: "الغاز", "البطولة"); a fifteenth on 80: 74 agree (4 shown against 8).
    assert (round10.sentences, round10.noise, round10.shown_noise) == (200, 45, 20)
    # 2026-12-05, at 84a95de (round 15: no cut at a name's initial or at a ".." pause; the
    # latest toll, no pending state after the outcome): 33 labelled, 11 as shown (8 fragments
    # alone, a "watch the video" link, an infographic pointer, a list cut at ".."), by a
    # sixteenth annotator; a seventeenth on 80: 76 agree (5 shown against 4, kappa 0.86).
    assert (round11.sentences, round11.noise, round11.shown_noise) == (200, 33, 11)
    # 2026-12-05, at 50c3a82 (round 16: "this X" anywhere, a pair taken as known, a clip shown,
    # the page's pictures): 46 labelled, 19 as shown (16 fragments alone, 3 cut at ".."), by a
    # strict eighteenth annotator (a "the X" not introduced, a verb with no subject); a
    # nineteenth on 80: 74 agree (3 shown against 3, kappa 0.78).
    assert (round12.sentences, round12.noise, round12.shown_noise) == (200, 46, 19)
    # 2026-12-05, at f271895 (round 16's third wave: a body named by its kind as the speaker,
    # "in reply to that"): 42 labelled, 12 as shown (9 fragments alone, 3 cut at ".."), by a
    # twentieth annotator; a twenty-first on 80: 77 agree (2 shown against 4, kappa 0.86).
    assert (round13.sentences, round13.noise, round13.shown_noise) == (200, 42, 12)
    # 2026-12-05, at 4cc8daa (round 17: "thereby", "because", "during the X", a wider event
    # frame, frame repeats): 36 labelled, 15 as shown (14 fragments alone, one of them a bare
    # bullet; 1 cut at "و..."), by a strict twenty-second annotator; a twenty-third on 80: 80
    # agree (6 shown against 6, kappa 1.00).
    assert (round14.sentences, round14.noise, round14.shown_noise) == (200, 36, 15)
    # 2026-12-06, at d1bb164 (all of round 17: speech credits, lead repeats, a turn to another
    # matter): 29 labelled, 13 as shown (10 fragments alone, a split quote's second half, a list's
    # last name, a related-article title, a "#" left in a quote), by a twenty-fourth annotator; a
    # twenty-fifth on 80: 76 agree (7 shown against 5, kappa 0.64).
    assert (round15.sentences, round15.noise, round15.shown_noise) == (200, 29, 13)
    # 2026-12-06, at e571994 (round 18: a last name told only before waits for its predecessor,
    # a summary opens with an article's first sentence, an earlier like event recalled is off
    # the event): 55 labelled, 22 as shown (all fragments alone; all 22 were also shown alone at
    # d1bb164), by a twenty-sixth annotator; a twenty-seventh on 80: 77 agree (7 shown against
    # 4, kappa 0.71).
    assert (round16.sentences, round16.noise, round16.shown_noise) == (200, 55, 22)
    # 2026-12-06, at d390370 (round 19: a kind noun the titles and the summary shown before do
    # not tell waits for its predecessor, a speaker's word quoted again, a rounded figure): 22
    # labelled, 9 as shown (8 fragments alone, an infographic pointer; all 9 were also shown at
    # e571994), by a twenty-eighth annotator; a twenty-ninth on 80: 77 agree (3 shown against 6,
    # kappa 0.65).
    assert (round17.sentences, round17.noise, round17.shown_noise) == (200, 22, 9)
    # 2026-12-06, at b18f6ad (round 20's first wave): 24 labelled, 11 as shown (10 fragments
    # alone, a "#" left in a quote; all 11 were also shown at d390370), by a thirtieth
    # annotator; a thirty-first on 80: 74 agree (9 shown against 3, kappa 0.47).
    assert (round18.sentences, round18.noise, round18.shown_noise) == (200, 24, 11)
    # 2026-12-06, at ad0f95b (round 21): 59 labelled, 22 as shown (all fragments shown alone;
    # all 22 were also shown at b18f6ad), by a strict thirty-second annotator; a thirty-third
    # on 80: 77 agree (6 shown against 7, kappa 0.92).
    assert (round19.sentences, round19.noise, round19.shown_noise) == (200, 59, 22)
    # 2026-12-06, at 0951f3b (round 22): 68 labelled, 23 as shown (22 fragments alone, a list's
    # signpost; all 23 were also shown at 4ed5001), by a thirty-fourth annotator; a thirty-fifth
    # on 80: 79 agree on shown noise (14 against 13, kappa 0.96).
    assert (round20.sentences, round20.noise, round20.shown_noise) == (200, 68, 23)
    # 2026-12-06, at 4fb4c99 (round 23): 44 labelled, 15 as shown (14 fragments alone, a
    # dedication cut at ".."), by a thirty-sixth annotator; a thirty-seventh on 80: 79 agree on
    # shown noise (4 against 5, kappa 0.88).
    assert (round21.sentences, round21.noise, round21.shown_noise) == (200, 44, 15)
    # 2026-12-06, at f4b2492 (round 24): 69 labelled, 23 as shown (all fragments alone), by a
    # thirty-eighth annotator; a thirty-ninth on 80: 79 agree on shown noise (14 against 13,
    # kappa 0.96).
    assert (round22.sentences, round22.noise, round22.shown_noise) == (200, 69, 23)
    # 2026-12-06, at 7e0fe9a (round 25): 49 labelled, 15 as shown (14 fragments alone, a
    # heading-teaser, two cut), by a fortieth annotator; a forty-first on 80: 80 agree on shown
    # noise (4 and 4, kappa 1.0). Every one of the 200 sentences was also in f4b2492's summaries.
    assert (round23.sentences, round23.noise, round23.shown_noise) == (200, 49, 15)
    # 2026-12-07, at 3c98140 (round 26): 50 labelled, 14 as shown (12 fragments alone, a list
    # label run into its sentence, one cut and leaning back), by a forty-second annotator; a
    # forty-third on 80: 79 agree on shown noise (4 against 5, kappa 0.88).
    assert (round24.sentences, round24.noise, round24.shown_noise) == (200, 50, 14)
    # 2026-12-07, at 5c78a5c (round 27): 59 labelled, 17 as shown (15 fragments alone, a
    # related-article headline, a video caption, a cut at a question mark), by a forty-fourth
    # annotator; a forty-fifth on 80: 80 agree on shown noise (7 and 7, kappa 1.0).
    assert (round25.sentences, round25.noise, round25.shown_noise) == (200, 59, 17)
    # 2026-12-07, at 0345e9b (round 28): 66 labelled, 18 as shown (all fragments alone: a
    # definite noun or demonstrative not introduced, a verb with no subject, a list item), by a
    # forty-sixth annotator; a forty-seventh on 80: 78 agree on shown noise (5 and 5, kappa 0.79).
    assert (round26.sentences, round26.noise, round26.shown_noise) == (200, 66, 18)
    # 2026-12-07, at 1e52547 (round 29): 73 labelled, 23 as shown (all fragments alone: "التقرير",
    # "الرحلة", "المدينة", "هذه القضية", "الاختبار", "الاتفاق" not introduced; "حينها"; three
    # opinion-column lines cut at ".."), by a forty-eighth annotator; a forty-ninth on 80: 79 agree
    # on shown noise (3 and 4, kappa 0.85).
    assert (round27.sentences, round27.noise, round27.shown_noise) == (200, 73, 23)
    # 2026-12-07, at 462e1a0 (round 30): 55 labelled, 22 as shown (16 fragments alone: "the law",
    # "the regulation", "the network", "the video", "this step", "the experts" not introduced, a verb
    # with no subject, a how-to step; 6 cut: three opinion-column lines at "..", a clause after a
    # full stop, a "?" inside a sentence, "Pop.Up"), by a fiftieth annotator; a fifty-first on 80:
    # 80 agree on shown noise (10 and 10, kappa 1.0).
    assert (round28.sentences, round28.noise, round28.shown_noise) == (200, 55, 22)
    # 2026-12-07, at b1b1719 (round 31): 50 labelled, 17 as shown (15 fragments alone: "the visit",
    # "the incident", "the training session", "the Spanish player", "the city", "the anniversary"
    # not introduced, "إلى ذلك", a column's opener; 2 cut at "..." or ".." inside a sentence; a
    # report's credit line), by a fifty-second annotator; a fifty-third on 80: 79 agree on shown
    # noise (7 and 8, kappa 0.93).
    assert (round29.sentences, round29.noise, round29.shown_noise) == (200, 50, 17)
    # 2026-12-07, at 514cb8f (round 32): 30 labelled, 12 as shown alone (9 fragments alone: "ذلك",
    # "the stumble", "the other films", "the other Syrian", "also offers" with no subject, a clause
    # after a full stop, column lines; 6 cut: opinion columns at "..", a sentence cut at a full
    # stop; 3 both), by a fifty-fourth annotator; a fifty-fifth
    # on 80: 78 agree on shown noise (6 and 8, kappa 0.84).
    assert (round30.sentences, round30.noise, round30.shown_noise) == (200, 30, 12)
    # The same 200 read in context (the story's title and the summary sentences before each), by a
    # fifty-sixth annotator: 5 (a "ذلك" the summary does not give, a column's taunt with no
    # speaker, a column cut at "..", a sentence cut in two, a press review's opening rundown); a
    # fifty-seventh on 80: 79 agree (3 and 4, kappa 0.85).
    assert (round30_context.sentences, round30_context.noise) == (200, 5)
    assert round30_context.shown_noise == 5 and round30_context.labels["fragment"] == 3
    # 2026-12-07, at 621ee1c (round 33): 300 new sentences (seed 2049) read in context by a
    # fifty-eighth (1-150) and a fifty-ninth (151-300) annotator: 8 (5 fragments, a video prompt,
    # a question crosshead, a list item cut at a full stop, a how-to step); a sixtieth on 1-80:
    # 78 agree (1 and 3, kappa 0.49).
    assert (round31_context.sentences, round31_context.noise) == (300, 8)
    assert round31_context.shown_noise == 8 and round31_context.labels["fragment"] == 5
    # The same 300 read alone by a sixty-first (1-150) and a sixty-second (151-300): 62 labelled,
    # 26 as shown alone (25 fragments); a sixty-third on 1-80 and a sixty-fourth on 151-230: 156 of
    # 160 agree (kappa 0.82).
    assert (round31.sentences, round31.noise, round31.shown_noise) == (300, 62, 26)
    assert after.labels["teaser"] == 0 and before.labels["teaser"] == 1


def test_needs_context_against_the_february_fragments(shared_data: Callable[[str], Path]) -> None:
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    result, lost = fragment_score(read_month(data, FRAGMENTS_MONTH))
    # Measured 2026-12-05 (docs/evaluation.md): precision 0.924, recall 0.702 (85 of 121) with a
    # verb of will before a verbal noun (round 10); 0.923, 0.694 (84 of 121) with an
    # outlet or a plan taken as known (round 9); 0.921, 0.678 (82 of 121) with a demonstrative whose noun
    # the title does not name (round 8); 0.948, 0.598 (73 of 122), with
    # the rules that hold on the second set too; before: 0.884 and 0.623, 0.883 and 0.557
    # (2026-12-04), 0.775 and 0.508 (the round before). 5 sentences lost since the list-marker
    # cut (ce833a0) changed their text; more would mean the splitting moved.
    assert lost <= 8
    assert result.gold >= 118
    assert result.precision >= 0.88
    assert result.recall >= 0.70
    # What a summary of several articles keeps after its predecessor: also points_back.
    several, _ = fragment_score(read_month(data, FRAGMENTS_MONTH), several=True)
    assert several.true_positive > result.true_positive and several.recall >= 0.75
    n, observed, kappa = agreement(FRAGMENTS, FRAGMENTS_SECOND, label="fragment")
    assert n == 100 and observed >= 0.9 and kappa >= 0.8


def test_needs_context_against_the_second_february_round(
    shared_data: Callable[[str], Path],
) -> None:
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    documents = analysed(read_month(data, FRAGMENTS_MONTH))
    result, lost = fragment_score(documents, FRAGMENTS_ROUND2)
    assert "round 2" in result.name
    # Scored before any rule was written from it (2026-12-05): precision 0.644, recall 0.496
    # (58 of 117, 90 flagged); with the rules written from its errors 0.893 and 0.573 (67 of
    # 117, 75 flagged); with round 8's demonstratives 0.895 and 0.664 (77 of 116, 86 flagged);
    # with round 9's outlets and plans taken as known 0.899 and 0.690 (80 of 116, 89 flagged);
    # with round 10's verb of will before a verbal noun 0.900 and 0.698 (81 of 116, 90 flagged);
    # with round 15's ".." pauses joined 0.900 and 0.704 (81 of 115). That join re-splits three
    # labelled sentences, no longer found by their hash (5 -> 8: two date headings now joined to
    # the event they head, "أبريل 2016.. شنت …", and a fragment now the end of its quote); the
    # labels are not edited.
    assert lost <= 8
    assert result.gold >= 113
    assert result.precision >= 0.88
    assert result.recall >= 0.69
    n, observed, kappa = agreement(FRAGMENTS_ROUND2, FRAGMENTS_ROUND2_SECOND, label="fragment")
    assert n == 100 and observed >= 0.95 and kappa >= 0.9
