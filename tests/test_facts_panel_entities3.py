"""The facts panel an editor can trust, issue 18 (entities3): verbs, quantifiers and a club's
indefinite noun read as people, and opinion pieces kept out of the figures and disagreements
(kinds found on February 2018's panels)."""

from __future__ import annotations

from marsad.facts import extract_story_facts, figure_claims
from marsad.facts._figure_place import figure_place
from marsad.facts._opinion import is_opinion
from marsad.facts.entities import entity_mentions
from marsad.facts.quantities import quantities
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.report.view import _figure_detail


def _people(text: str) -> list[str]:
    return [m.text for m in entity_mentions(text) if m.type == "person"]


def test_a_verb_after_a_title_is_no_person() -> None:
    assert _people("وقالت إن الرئيس يكن لها الاحترام العميق") == []
    assert _people("وقال الرئيس ويبدأ التصويت غدا") == []
    assert _people("للعمل كموظف خاص للرئيس الأمريكي، واستقال بورتر، الأربعاء.") == []
    assert _people("إن إدارة الرئيس الأميركي دونالد ترمب تجاهلت كل مطالبنا") == ["دونالد ترمب"]
    # names of three letters with a long vowel, and "يوسف", stay names
    assert _people("وقال الرئيس يوسف الشاهد إن") == ["يوسف الشاهد"]


def test_a_quantifier_or_a_club_noun_after_a_title_is_no_person() -> None:
    assert _people("كما أن دعوة رئيس الهيئة لبعض أعضاء الشرف للعودة") == []
    assert _people("وأن يحقق كأس الملك ناد معين على حساب أندية") == []
    assert _people("قال الرئيس سواء كان ذلك") == []
    # a name opening with ب/ل/ك stays
    assert _people("وقال الرئيس بشار الأسد إن") == ["بشار الأسد"]


def _article(title: str, text: str, url: str | None = None, aid: str = "a1") -> Article:
    return Article(id=aid, source="x", title=title, text=text, url=url)


def test_opinion_pieces_by_label_byline_section_or_first_person() -> None:
    assert is_opinion(_article("رأي: أسباب قد تدفع ليفربول لتقديم عرض جديد", "نص"))
    assert is_opinion(_article("كامليا انتخابي فرد تكتب لـCNN: الدراويش", "نص"))
    assert is_opinion(_article("عنوان", "نص", "https://arabic.cnn.com/2018/02/27/iran-oped"))
    opening = "هذا المقال بقلم فلان، والآراء الواردة أدناه تعبر عن رأي الكاتب"
    assert is_opinion(_article("عنوان", opening))
    essay = "لكنني أتحفظ على القرار. شخصيا لا أرى فائدة. كنت أتمنى غير ذلك."
    assert is_opinion(_article("أموال الهيئة", essay))
    # a report quoting a speaker in the first person, and an interview's headline, are news
    report = "قال الوزير إنني لست راضيا. وأضاف: كنت أتمنى ذلك. وأكد أنا هنا."
    assert not is_opinion(_article("الوزير يتحدث", report))
    assert not is_opinion(_article("زيدان: أنا لست قلقا", essay))
    news = "قتل 20 شخصا في غارات على الغوطة الشرقية، بحسب المرصد. وقال المرصد إن الحصيلة"
    assert not is_opinion(_article("غارات على الغوطة", news, "https://x.com/news/views-of-x"))


def _document(article: Article) -> Document:
    return analyse(CleanArticle(article=article, paragraphs=(article.text,)))


def test_an_opinion_piece_s_figures_are_marked_and_give_no_claims() -> None:
    text = "قتل 20 شخصا في غارات على مدينة دوما في سوريا يوم الأحد."
    news = _document(_article("غارات على دوما", text))
    column = _document(_article("رأي: غارات على دوما", text, aid="a2"))
    figures = [f for f in extract_story_facts([news]).facts if f.kind == "quantity"]
    assert figures and "opinion" not in figures[0].extra
    assert figure_claims([news])
    figures = [f for f in extract_story_facts([column]).facts if f.kind == "quantity"]
    assert figures and figures[0].extra["opinion"] is True
    assert _figure_detail(figures[0]).endswith("an opinion piece's")
    assert figure_claims([column]) == []
    # a figure a news article states too is news
    both = extract_story_facts([news, column]).facts
    assert not any(f.extra.get("opinion") for f in both)


def test_a_short_place_name_is_not_read_off_a_doubled_verb() -> None:
    assert entity_mentions("على أمل أن تكافح التطرف وتعزز المصالحة") == []
    assert [m.canonical for m in entity_mentions("في محافظة تعز وبتعز")] == ["تعز", "تعز"]
    # an inner double and a Latin name stay
    assert [m.canonical for m in entity_mentions("وقال لـCNN في كييف")] == ["CNN", "كييف"]


def _places(text: str, lead: str | None = None) -> list[str | None]:
    """The place of each figure of ``text`` read as a lead's sentence (``lead``: the article's
    place)."""
    places = [m for m in entity_mentions(text) if m.type in ("country", "city", "region")]
    return [figure_place(places, text, m.start, lead) for m in quantities(text) if m.concept]


def test_a_figure_is_placed_in_its_own_clause() -> None:
    # the place set with "في" in the figure's clause, not the nisba of who counts
    text = "تمكنت فرق الإغاثة المصرية من استخراج 10 جثث لأشخاص قتلوا في انهيار عقار في القاهرة"
    assert _places(text) == ["القاهرة"]
    text = "قال الجيش المصري إنه قتل 16 مسلحا خلال العملية التي بدأها في سيناء"
    assert _places(text) == ["سيناء"]
    # a place of another clause is not the figure's: none rather than a wrong one
    text = "وقعت الاشتباكات في مدينة مرسيليا خلال مباراة روسيا، فيما أصيب 35 شخصا"
    assert _places(text) == [None]
    # a decimal point ends no clause
    assert _places("وتسبب التمرد بتشريد 2.6 مليون نازح في نيجيريا") == ["نيجيريا"]
    # a lead sentence naming no place gets the lead's
    assert _places("وقتل 20 شخصا يوم الأحد", "دوما") == ["دوما"]
