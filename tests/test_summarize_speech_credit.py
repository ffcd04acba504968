"""One statement reported by two outlets in their own words is credited to both: the same
speaker (by name, never a ministry for its unnamed minister) saying the same claim, with one
polarity (issue 19, round 17), on February 2018 sentences and their shapes."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from marsad.settings import Settings
from marsad.summarize import speech_credit
from marsad.summarize.base import StoryText
from marsad.summarize.select import _summary_sentence
from marsad.summarize.speech_credit import same_claim, same_speaker, spoken, statement
from storydocs import sentences_document

# Joyce's resignation (Sky, 23 February; the second with his full name, as the BBC names him):
# the surname alone and the full name.
SKY_JOYCE = (
    "وقال جويس إنه سيقدم استقالته يوم الاثنين من زعامة الحزب الوطني، وهو الشريك الأصغر في "
    "ائتلاف يمين الوسط بزعامة رئيس الوزراء مالكولم ترنبول."
)
BBC_JOYCE = (
    "وقال بارنبي جويس إنه سيقدم استقالته يوم الاثنين من زعامة الحزب الوطني، الشريك الأصغر في "
    "الائتلاف الحكومي الذي يتزعمه رئيس الوزراء مالكوم تورنبول."
)
# Lavrov and his ministry (shape of February's Russian statements on Syria).
MINISTER = "وقال وزير الخارجية إن روسيا لن تسمح بتقسيم سوريا"
MINISTRY = "وقالت وزارة الخارجية في بيان إن روسيا لن تسمح بتقسيم سوريا"
LAVROV = "أكد وزير الخارجية الروسي سيرغي لافروف أن روسيا لن تسمح بتقسيم سوريا."
LAVROV_YES = "أكد لافروف أن روسيا تسمح بتقسيم سوريا."


def _said(text: str) -> speech_credit.Statement:
    found = statement(text)
    assert found is not None
    return found


def test_a_surname_is_the_speaker_its_full_name_names() -> None:
    assert same_speaker(_said(SKY_JOYCE), _said(BBC_JOYCE))
    assert same_claim(_said(SKY_JOYCE), _said(BBC_JOYCE))


def test_a_ministry_is_not_its_unnamed_minister() -> None:
    minister, ministry, lavrov = _said(MINISTER), _said(MINISTRY), _said(LAVROV)
    assert not same_speaker(minister, ministry)
    assert not same_speaker(lavrov, ministry)
    assert same_speaker(minister, minister)
    # without the office marker the minister's words are all in the ministry's name
    stripped = replace(minister, speaker=minister.speaker - {speech_credit._OFFICE})
    assert same_speaker(stripped, ministry)


def test_a_denied_claim_is_not_the_claim() -> None:
    assert same_speaker(_said(LAVROV), _said(LAVROV_YES))
    assert not same_claim(_said(LAVROV), _said(LAVROV_YES))


def test_no_speaker_or_a_short_claim_is_no_statement() -> None:
    assert statement("وأضاف أن الأمر انتهى بالنسبة له ولعائلته.") is None  # a continuation
    assert statement("تحطمت طائرة ركاب إيرانية صباح الأحد.") is None  # no speech verb
    assert statement("وقال جويس إنه سيستقيل.") is None  # one stem: says too little to compare


# 502f2625: the Syrian Observatory on strikes on al-Shifuniya (CNN's and Sky's sentences, 25
# February): one speaker ("المرصد" / "المرصد السوري"), one claim in other words.
CNN_OBSERVATORY = (
    "وقال المرصد في التقرير المنشور على موقعه الرسمي إن مقاتلات النظام استهدفت منطقة "
    "الشيفونية، دون تقديم تفاصيل عن سقوط ضحايا أو خسائر مادية."
)
SKY_OBSERVATORY = (
    "وأوضح المرصد السوري أن الغارات الجوية استهدفت منطقة الشيفونية في ضواحي دوما بالغوطة الشرقية."
)
PUBLISHED = datetime(2018, 2, 25, 12, tzinfo=UTC)


def _story() -> StoryText:
    documents = [
        sentences_document("cnn", "cnn", PUBLISHED.isoformat(), "عنوان", [CNN_OBSERVATORY]),
        sentences_document("sky", "skynews", PUBLISHED.isoformat(), "عنوان", [SKY_OBSERVATORY]),
    ]
    return StoryText.build(documents, attribution_threshold=Settings().attribution_threshold)


def test_another_outlet_reporting_the_statement_is_credited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _story()
    shown = next(i for i, s in enumerate(story.sentences) if s.article == "cnn")
    sky = next(i for i, s in enumerate(story.sentences) if s.article == "sky")
    assert spoken(story, shown) == [sky]
    assert "sky" in _summary_sentence(story, shown).sources
    # they share three stems ("استهدف", "منطق", "شيفوني"): four would be none of the pair
    monkeypatch.setattr(speech_credit, "MIN_SHARED", 4)
    assert spoken(story, shown) == []
    assert "sky" not in _summary_sentence(story, shown).sources


# 767907ae: Turkey's deputy prime minister on the Czech court (Sky / CNN, 27 February): the two
# claims share two stems only ("قرار", "إرهاب"), under ``MIN_SHARED``: not compared further.
def test_two_shared_stems_are_too_few() -> None:
    sky = _said(
        'وقال نائب رئيس الحكومة، بكير بوزداغ للصحفيين في أنقرة، "واضح جدا أن هذا القرار هو قرار '
        'يدعم الإرهاب".'
    )
    cnn = _said(
        "قال نائب رئيس الوزراء التركي، بكير بوزداغ، إن الحكم الذي أصدرته محكمة تشيكية لإطلاق "
        'سراح القيادي الكردي السوري، صالح مسلم، هو "قرار لدعم الإرهاب".'
    )
    assert same_speaker(sky, cnn)
    assert len(sky.claim & cnn.claim) == 2
    assert not same_claim(sky, cnn)
