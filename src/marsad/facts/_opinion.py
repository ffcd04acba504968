"""Opinion pieces: an outlet's column, analysis or guest essay. Its figures are the writer's
argument, not a report, so they stay out of the facts panel and the disagreements."""

from __future__ import annotations

import re
from itertools import islice

from marsad.model import Article

# A title that labels the piece: "رأي: أسباب قد تدفع ليفربول ..." , "تحليل: إليكم 8 حقائق",
# "وجهة نظر - ...", "Opinion: ...", "Analysis: ...".
_LABEL = re.compile(
    r"^\s*(?:رأي|تحليل|مقال|مقالة|وجهة\s+نظر|عمود|opinion|analysis|commentary|op-ed)\s*[:：\-–—|]",
    re.IGNORECASE,
)
# A guest writer in the title: "كامليا انتخابي فرد تكتب لـCNN: ...", "... يكتب للعربية.نت".
_WRITES_FOR = re.compile(r"(?:^|\s)[يت]كتب\s+ل(?:ـ|\s)?\S")
# The outlet's opinion section in the address: a path segment ("/opinion/", "/blogs/") or a
# slug's last word (".../2018/02/27/sufi-protest-iran-oped"); a slug's inner word is the news's.
_SECTION = re.compile(r"/(?:opinions?|op-?eds?|columns?|blogs?|views)/|[-_/]op-?ed(?:[./?#]|$)")
# The byline and disclaimer at the opening of the text (cleaning removes them from the body):
# "هذا المقال بقلم ...، والآراء الواردة أدناه تعبر عن رأي الكاتبة، ولا تعكس بالضرورة ...",
# "التحليل بقلم المحرر ...". A disclaimer alone also marks a column.
_BYLINE = re.compile(r"(?:^|\s)(?:\S+\s+){0,2}بقلم\s")
_DISCLAIMER = re.compile(
    r"الآراء\s+الواردة|لا\s+[يت](?:عكس|عبر)\s+(?:بالضرورة\s+)?(?:عن\s+)?(?:رأي|وجهة|موقف|توجه)"
    r"|the\s+(?:views|opinions)\s+expressed",
    re.IGNORECASE,
)
# The outlet's note anywhere in the text (a reprinted column carries it at its end): a
# sentence saying the piece is its writer's view ("جميع المقالات المنشورة تمثل رأي كتابها
# فقط", "تعبر عن رأي كاتبها") or does not necessarily say the outlet's ("لا يعكس بالضرورة
# رأي الشبكة"); "بالضرورة" is required there, a quoted "لا تعبر عن رأي الحكومة" is a news's.
_WRITERS_VIEW = re.compile(
    r"(?:[تي]مثل|[تي]عبر\s+عن|[تي]عكس)\s+(?:إلا\s+)?(?:آراء|رأي|وجهة\s+نظر)\s+"
    r"(?:كاتب|كتاب|كتّاب|صاحب|أصحاب)\S*"
    r"|لا\s+[يت](?:عكس|عبر)\s+بالضرورة\s+(?:عن\s+)?(?:رأي|وجهة|موقف|توجه)"
)
# A reprint line, a sentence of its own at the start or the end of the text: "*نقلاً عن عكاظ
# السعودية"; inside a sentence ("وفق ما أوردت رويترز نقلا عن صحيفة") it is a report's source.
_REPRINT = re.compile(
    r"(?:^|[.!؟?*\n])[\s*]*نق?لاً?\s+عن\s+(?:[^\s.!؟?*]+\s+){0,4}?[^\s.!؟?*]+\s*(?:[.!؟?*\n]|$)"
)
REPRINT_EDGE_CHARS = 200
# A programme's promo: its first words are about "this episode" ("تتناول هذه الحلقة من
# برنامج ...", "حلقة جديدة يقدمها الزميل ... في برنامج #مرايا"); further on they are a news
# report's about a show ("وشهدت حلقة السبت من البرنامج ...").
_EPISODE = re.compile(
    r"^\s*(?:\S+\s+){0,2}(?:هذه\s+الحلقة|الحلقة\s+(?:الجديدة\s+)?من|حلقة\s+(?:جديدة|اليوم|الليلة)\s)"
)
# The byline is read in the text's first characters only: further on "بقلم" is a quoted
# writer's ("استطلاعاً مصوّراً بقلم ..." in a reprinted report), not this piece's.
OPENING_CHARS = 160


# A first-person essay: the writer's "I"/"we" in the narration, outside quotation marks
# ("لكنني أتحفظ على قرار", "شخصيًّا لا", "اليوم فزنا" is not read: a verb's suffix), with
# hardly a reported speech verb; a report quotes others in the first person only after one.
_FIRST_PERSON = re.compile(
    r"(?:^|\s)(?:و|ف|ل)?(?:أنا|انا|إنني|انني|أنني|لكنني|لكني|أعتقد|اعتقد|أظن|أرى|"
    r"شخصي(?:ا|ًا|ًّا|اً)|رأيي|أتمنى|أتساءل|أتحفظ|كنت|لست|أقول|أتذكر|أذكر|نحن|إننا|أننا|"
    r"لكننا|علينا|لدينا|أعرف|أدري)(?=[\s،,.!؟?:]|$)"
)
_REPORTED = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|يقول|تقول|يضيف|تضيف|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|صرح|"
    r"صرحت|أعلن|أعلنت|ذكر|ذكرت|أشار|أشارت|نقلت|نقل|بحسب|وفق|حسب|وفقا)(?=[\s،,.:]|$)"
)
_QUOTED = re.compile(r'"[^"\n]*"|«[^»\n]*»|“[^”\n]*”')
# Read on February 2018 ANT (2,291 articles): 20 articles have 3 such words or more and at
# most one speech verb, 18 of them columns (the other two: a how-to piece, a short interview);
# a headline "name: words" is an interview, not an essay.
ESSAY_FIRST_PERSON = 3
ESSAY_MAX_REPORTED = 1
_SAYS_TITLE = re.compile(r"^[^:：]{2,40}[:：]")


def is_opinion(article: Article) -> bool:
    """True for an opinion piece: its title's label or guest writer, its address's opinion
    section, a byline with the outlet's disclaimer at the opening of its text, or a
    first-person essay (``_essay``)."""
    if _LABEL.search(article.title) or _WRITES_FOR.search(article.title):
        return True
    if article.url and _SECTION.search(article.url.lower()):
        return True
    opening = article.text[:OPENING_CHARS]
    if _BYLINE.match(opening) or _DISCLAIMER.search(opening) or is_reprint_or_note(article):
        return True
    return is_promo(article) or _essay(article)


def is_reprint_or_note(article: Article) -> bool:
    """The outlet's writer's-view note anywhere, or a reprint line ("نقلاً عن <newspaper>")
    as a sentence of its own at the start or the end of the text."""
    text = article.text
    if _WRITERS_VIEW.search(text):
        return True
    edges = (text[:REPRINT_EDGE_CHARS], text[-REPRINT_EDGE_CHARS:])
    return any(_REPRINT.search(edge) for edge in edges)


def is_promo(article: Article) -> bool:
    """A programme's promo: the text opens on "this episode" of a show, not on an event."""
    return bool(_EPISODE.match(article.text))


def _essay(article: Article) -> bool:
    """The writer's first person at least ``ESSAY_FIRST_PERSON`` times outside quotes, with
    at most ``ESSAY_MAX_REPORTED`` speech verbs, under a headline that quotes nobody."""
    if _SAYS_TITLE.match(article.title):
        return False
    narration = _QUOTED.sub(" ", article.text)
    first = _FIRST_PERSON.finditer(narration)
    if len(list(islice(first, ESSAY_FIRST_PERSON))) < ESSAY_FIRST_PERSON:
        return False
    reported = _REPORTED.finditer(narration)
    return len(list(islice(reported, ESSAY_MAX_REPORTED + 1))) <= ESSAY_MAX_REPORTED
