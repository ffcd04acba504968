"""Opinion pieces read by the outlet's note anywhere in the text, a reprint line and a
programme's promo (issues 18/19, opinion2), and a story of opinion pieces labelled as such."""

from __future__ import annotations

from dataclasses import replace

import marsad
from marsad.facts._opinion import is_opinion, is_promo, is_reprint_or_note
from marsad.model import Article, Digest, Story, SummarySentence
from marsad.pipeline import _news_first
from marsad.report.html import render_html
from marsad.report.markdown import render_markdown
from marsad.report.messages import TEXTS
from marsad.report.view import story_view


def _article(text: str, title: str = "عنوان", aid: str = "a1") -> Article:
    return Article(id=aid, source="x", title=title, text=text)


_NEWS = "قال الوزير إن 20 شخصا قتلوا في الهجوم أمس. وأضاف أن التحقيق جار."


def test_a_writer_s_view_note_at_the_end_marks_a_column() -> None:
    column = "الجمهور هو اللاعب رقم 12 في الفريق. *نقلاً عن اليوم السعودية ** "
    assert is_opinion(_article(column + "جميع المقالات المنشورة تمثل رأي كتابها فقط."))
    note = "نص طويل عن الدوري. *خاص العربية.نت ** جميع المقالات المنشورة تمثل رأي كتابها فقط."
    assert is_opinion(_article(note))
    assert is_reprint_or_note(_article("نص. " * 80 + "لا يعكس بالضرورة رأي الشبكة."))
    assert not is_opinion(_article(_NEWS))
    # a quoted "does not reflect the view" is a news's: no "بالضرورة", no writer
    quoted = _NEWS * 4 + ' وقال إن التصريحات "لا تعبر عن رأي الحكومة".'
    assert not is_opinion(_article(quoted))


def test_a_reprint_line_is_a_sentence_of_its_own_at_an_edge() -> None:
    assert is_reprint_or_note(_article("المدرجات خاوية والجمهور غاضب. *نقلاً عن عكاظ السعودية"))
    # inside a sentence it is a report's source
    mid = "وفق ما أوردت رويترز نقلا عن صحيفة محلية. وقال المسؤول إن الشركة ستدفع."
    assert not is_reprint_or_note(_article(mid))


def test_a_programme_promo_opens_on_this_episode() -> None:
    promo = 'حلقة جديدة يقدمها الزميل، فلان، بعنوان "الحدث"، في برنامج #مرايا اليومي.'
    assert is_promo(_article(promo))
    assert is_promo(_article("تتناول هذه الحلقة من برنامج الحدث قضية اللاجئين."))
    show = "يبدو أن المنافسة تشتد. وشهدت حلقة السبت من البرنامج تحالفا بين المدربين."
    assert not is_promo(_article(show))


def _sentence(text: str, aid: str) -> SummarySentence:
    return SummarySentence(text=text, article=aid, sentence=0, sources=(aid,))


def test_a_column_s_sentence_does_not_open_a_summary_with_news() -> None:
    summary = [_sentence("رأي الكاتب", "col"), _sentence("الحدث", "news")]
    assert [s.article for s in _news_first(summary, {"col"})] == ["news", "col"]
    assert [s.article for s in _news_first(summary, set())] == ["col", "news"]
    only = [_sentence("رأي الكاتب", "col")]
    assert list(_news_first(only, {"col"})) == only


def test_a_story_of_opinion_pieces_says_so_in_json_and_page() -> None:
    story = Story(id="s", title="t", language="ar", articles=(_article("x"),), opinion=True)
    data = story.to_dict()
    assert data["opinion"] is True
    assert Story.from_dict(data).opinion
    assert not Story.from_dict({**data, "opinion": None}).opinion
    assert story_view(story).opinion
    assert TEXTS["opinion"] == ("مقالات رأي", "opinion pieces")


def test_the_html_and_markdown_reports_label_a_story_of_opinion_pieces() -> None:
    column = Story(id="s", title="t", language="ar", articles=(_article("x"),), opinion=True)
    news = replace(column, id="n", opinion=False)
    assert 'class="opinion">مقالات رأي<' in render_html(Digest(stories=(column,)))
    assert 'class="opinion">opinion pieces<' in render_html(
        Digest(stories=(column,)), language="en"
    )
    assert 'class="opinion"' not in render_html(Digest(stories=(news,)))
    assert "Opinion pieces · " in render_markdown(Digest(stories=(column,)))
    assert "Opinion pieces" not in render_markdown(Digest(stories=(news,)))


def test_a_digest_opens_a_mixed_story_on_news_and_labels_a_story_of_columns() -> None:
    column = Article(
        id="c1",
        source="paper-b",
        title="Opinion: the northern floods",
        text="The floods in the northern province show years of neglect of the river defences "
        "by officials. The villages cut off by the rising river deserved far better planning "
        "from the province.",
    )
    news = Article(
        id="n1",
        source="wire-a",
        title="Floods kill twelve in northern province",
        text="Floods hit the northern province on Monday, killing twelve people and forcing "
        "thousands from their homes. Rescue teams used boats to reach villages cut off by the "
        "rising river.",
    )
    mixed = marsad.digest([column, news]).stories
    assert len(mixed) == 1 and not mixed[0].opinion
    # the column's own sentence (its argument) ranks first; the news's event opens instead
    assert "n1" in mixed[0].summary[0].sources
    alone = marsad.digest([column]).stories
    assert alone[0].opinion and alone[0].to_dict()["opinion"] is True
