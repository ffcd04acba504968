"""The facts panel an editor can trust, issue 18 (entities9): places read off adjectives or
inside a name, names that run on into the next words, figures' qualifiers, sub-units of money
and case numbers (kinds found on February 2018's panels)."""

from __future__ import annotations

from marsad.facts import extract_story_facts
from marsad.facts._place_senses import describes_other
from marsad.facts.entities import entity_mentions
from marsad.facts.quantities import quantities
from marsad.lang import analyse
from marsad.model import Article, CleanArticle


def _described(text: str) -> dict[str, bool]:
    return {m.canonical: describes_other(m, text) for m in entity_mentions(text)}


def test_a_nisba_of_a_person_or_a_named_thing_is_no_place() -> None:
    assert _described("عبر اللاعب البرازيلي ويليان") == {"البرازيل": True}
    assert _described("قبل أن يتعادل اليونايتد عبر البلجيكي روميلو لوكاكو") == {"بلجيكا": True}
    assert _described("وتعاقدت جامعة هارفارد الأمريكية") == {"الولايات المتحدة": True}
    assert _described('كشفت عنها صحيفة "التايمز" البريطانية') == {"بريطانيا": True}
    assert _described("المدير العام لقناة الجزيرة القطرية")["قطر"]
    # an adjective of a common noun, an office's country, a city's country stay places
    assert _described("قصفت الطائرات الروسية مدينة حلب السورية") == {
        "روسيا": False, "حلب": False, "سوريا": False,
    }  # fmt: skip
    assert not _described("واعتبر المندوب الفرنسي في الكلمة")["فرنسا"]
    assert _described("ذكرت وسائل إعلام ألمانية") == {"ألمانيا": False}


def test_a_place_inside_a_competition_or_a_club_is_no_place() -> None:
    assert _described("يؤهلهم لدوري أبطال أوروبا الموسم المقبل") == {"أوروبا": True}
    assert _described("لقب دوري الدرجة الأولى الفرنسي لكرة القدم") == {"فرنسا": True}
    assert _described("بعد أن تفوق على غريمه ريال مدريد") == {"مدريد": True}
    assert _described("واصل باريس سان جرمان مسيرته")["باريس"]
    assert _described("التقى المنتخبان في خليجي 5 الذي") == {"الخليج": True}
    assert _described("وكالة المغرب العربي للأنباء") == {"المغرب العربي": True}
    assert _described("السفن التي تعبر قناة السويس في مصر") == {"مصر": False}


def test_the_panel_leaves_out_a_place_only_described() -> None:
    text = "فاز الفريق بهدف سجله اللاعب البرازيلي ويليان في الدوري الإسباني. وزار الفريق مصر."
    article = Article(id="a1", source="x", title="مباراة", text=text)
    document = analyse(CleanArticle(article=article, paragraphs=(text,)))
    facts = extract_story_facts([document]).facts
    places = {f.text for f in facts if f.kind == "entity"}
    assert places == {"مصر"}


def test_latin_america_is_no_united_states() -> None:
    assert [m.canonical for m in entity_mentions("أصبح شائعا في أمريكا اللاتينية")] == [
        "أمريكا اللاتينية"
    ]


def _people(text: str) -> list[str]:
    return [m.canonical for m in entity_mentions(text) if m.type == "person"]


def test_a_name_ends_at_a_particle_a_verb_a_title_or_a_body() -> None:
    assert _people("وحسب النائب العام، فإن قراره جاء تنفيذا للقانون") == []
    assert _people("أكد المدير الفني لفريق تشيلسي") == []
    assert _people("وقال رئيس حي إيتربيك في بروكسل") == []
    assert _people("أعلن ذلك اللواء محمد عبدالسلام رئيس نادي المقاصة") == ["محمد عبدالسلام"]
    assert _people("وقال الوزير سيرغي لافروف أبلغ نظيره") == ["سيرغي لافروف"]
    assert _people("وقال الرئيس علي عبدالله صالح") == ["علي عبدالله صالح"]


def _figures(text: str) -> list[tuple[object, str | None, str | None]]:
    return [(m.value, m.counted, m.qualifier) for m in quantities(text) if m.sure]


def test_qualifiers_after_and_before_a_figure() -> None:
    assert _figures("قتل 10 أشخاص على الأقل في الهجوم") == [(10, "killed", "at_least")]
    assert _figures("قتل على الأقل 10 أشخاص") == [(10, "killed", "at_least")]
    assert _figures("نسبة المشاركة لم تبلغ 10% في") == [(10, "percent", "less_than")]


def test_sub_units_of_money_and_case_numbers() -> None:
    assert _figures("ارتفع السعر 50 هللة") == [(50, "money", None)]
    assert _figures("بزيادة 25 قرشا للتر") == [(25, "money", None)]
    assert _figures("رفضت المحكمة الطعن رقم 43866 لسنة 70 ق") == []
