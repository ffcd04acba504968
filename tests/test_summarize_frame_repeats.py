"""One event told twice by its frame: a later shown sentence whose event frame, figures, doers
and places an earlier one gives is left out (issue 19, round 16, second wave), on real February
2018 sentences."""

import sys
from datetime import UTC, datetime

import pytest

from marsad.summarize.base import StoryText
from marsad.summarize.frame_repeats import frame_repeats
from storydocs import logit_story
from storydocs import sentence_index as _index
from storydocs import shown_texts as _shown

# 9c20af64: Sky's and Al Arabiya's leads of Fatah condemning the Qatari envoy. Sky's names
# Abbas and Sunday besides Al Arabiya's Gaza, Qatar and the Palestinians.
SKY = (
    "استنكرت حركة فتح، الأحد، تصريحات دبلوماسي قطري وجه فيها لوما للرئيس الفلسطيني محمود عباس، "
    "معتبرة أن تصريحاته تتناقض مع ما تدعيه قطر لنفسها من دور إنساني في قطاع غزة."
)
ARABIYA = (
    'استنكرت حركة "فتح" تصريحات مسؤول ديبلوماسي قطري حمّل السلطة الفلسطينية جزءا من المسؤولية '
    "عن تفاقم الأزمات الإنسانية في قطاع غزة، واعتبرت الحركة هذه التصريحات تجاوزاً مقصوداً يهدف "
    "إلى تكريس الانقسام."
)
# 3967be12: dozens of detainees freed is not all of them to be freed (one frame, "release").
DOZENS = (
    "أفرجت السلطات السودانية عن عشرات المعتقلين، من الذين اعتقلوا الشهر الماضي، خلال احتجاجات "
    "على غلاء أسعار الخبز."
)
ALL = (
    "تتوالى التغيرات الدراماتيكية في المشهد السوداني، جديدها قرار بالإفراج عن المعتقلين "
    "السياسيين كافة."
)
OTHER = "قال وزير المالية إن الحكومة ستعرض ميزانية العام المقبل على البرلمان الأسبوع المقبل."
SUNDAY = datetime(2018, 2, 25, 12, tzinfo=UTC)


def _story(articles: list[tuple[str, list[str]]], value: float) -> StoryText:
    """The February Fatah leads were at -0.2 both ways."""
    return logit_story(articles, value, SUNDAY)


def _near(_one: int, _two: int) -> bool:
    return True


def test_a_later_sentence_with_the_frame_and_nothing_of_its_own_is_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _story([("skynews", [SKY]), ("alarabia", [ARABIYA]), ("bbc", [OTHER])], -0.2)
    sky, arabiya, other = _index(story, SKY), _index(story, ARABIYA), _index(story, OTHER)
    # OTHER is another fact: at -0.2 `lead_repeats` would read this nameless lead as told
    same = story.pair_logits["same"] if story.pair_logits else None
    assert same is not None
    same[other, :] = same[:, other] = -3.0
    assert frame_repeats(story, [sky, arabiya], _near) == {arabiya: sky}
    shown = _shown(story)
    assert SKY in shown and OTHER in shown and ARABIYA not in shown
    # without the rule both leads are shown (and without `lead_repeats`, round 17, which reads
    # Al Arabiya's lead, adding no name, day or figure, as Sky's fact too)
    monkeypatch.setattr(sys.modules["marsad.summarize.select"], "frame_repeats", lambda *args: {})
    monkeypatch.setattr(sys.modules["marsad.summarize.select"], "lead_repeats", lambda *args: {})
    assert ARABIYA in _shown(story)


def test_a_later_sentence_with_a_doer_or_day_of_its_own_stays() -> None:
    story = _story([("alarabia", [ARABIYA]), ("skynews", [SKY])], -0.2)
    assert not frame_repeats(story, [_index(story, ARABIYA), _index(story, SKY)], _near)


def test_a_part_of_a_group_is_no_repeat_of_all_of_it() -> None:
    story = _story([("alarabia", [ALL]), ("bbc", [DOZENS])], 0.0)
    assert not frame_repeats(story, [_index(story, ALL), _index(story, DOZENS)], _near)


def test_a_pair_under_the_logit_floor_or_far_apart_stays() -> None:
    story = _story([("skynews", [SKY]), ("alarabia", [ARABIYA])], -1.5)
    assert not frame_repeats(story, [_index(story, SKY), _index(story, ARABIYA)], _near)
    story = _story([("skynews", [SKY]), ("alarabia", [ARABIYA])], -0.2)
    order = [_index(story, SKY), _index(story, ARABIYA)]
    assert not frame_repeats(story, order, lambda _one, _two: False)


def test_one_articles_summary_is_its_scorers_choice() -> None:
    story = _story([("skynews", [SKY, ARABIYA])], -0.2)
    assert SKY in _shown(story) and ARABIYA in _shown(story)
