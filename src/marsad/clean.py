"""Cleaning: remove scraper noise by general rules and record every removal with its reason.

Rules, in the order they are tried on each line of an article body:
repeated title, repeated paragraph, paragraph pasted inside other paragraphs, teaser (the title
or opening of another article of the same outlet, or a second dateline of the outlet's own),
line in another script than the article, hashtag line, credit line, author's byline or
disclaimer, "read also" block, photo caption, continuation marker, boilerplate (a short line
recurring in several articles of one outlet), question heading, short non-sentence line,
headline-like line inside the body (a related article's title), related-links block (a longer
unpunctuated paragraph holding another article's title among other titles). A leading dateline
("(سبوتنيك - 11 كانون الثاني 2022) …", "نور سلطان - …", "دبي، الإمارات (CNN)-- …") is cut
from a paragraph, and a hashtag used as a tag link ("#عاصي_الحلاني", or "عاصي_الحلاني" whose
"#" was lost) is written as the words it tags. A list or column marker opening a paragraph
("* …", "• …", "ـ كلمة للتاريخ: …") is cut from it, and so is a column label of the outlet
where it runs into a sentence ("… الآوان. كلمة أخيرة نتمنى …").

Cleaning one article alone works; the evidence from a whole corpus (``corpus_evidence``) only
adds the rules that compare articles of one outlet (boilerplate, teasers, related-links blocks,
column labels).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from marsad.lang.arabic import normalize, normalize_lines, written_pattern
from marsad.lang.detect import dominant_script
from marsad.lang.persian import persian_in_arabic, write_arabic_letters
from marsad.model import Article, CleanArticle, Removal, content_id

# Sentence-final punctuation in Arabic and Latin text, possibly followed by closing quotes.
_TERMINAL = re.compile(r"[.!?؟…:;؛][\"”’»)\]]*\s*$")
_CREDIT = re.compile(
    r"^\s*(المصدر|المصادر|مصدر|المصدر والصورة|source|sources|credit|photo|صورة|الصورة)\s*[:：]",
    re.IGNORECASE,
)
# A rights notice: "حقوق النشر محفوظة لكل الصور المنشورة هنا." (BBC, March 2018), "حقوق الصور
# محفوظة لـ …", "جميع الحقوق محفوظة".
_RIGHTS = re.compile(r"حقوق\s+(?:النشر|الطبع|الصور|الصورة|التأليف)\s+محفوظة|جميع\s+الحقوق\s+محفوظة")
# "Read also" and follow prompts: a link list, not the article ("اقرأ أيضا: …", "شاهد أيضاً").
_READ_ALSO = re.compile(
    r"^\s*(?:(اقرأ|إقرأ|اقرا|شاهد|طالع|تابع|اقرأ المزيد|للمزيد|لمزيد من|ذات صلة|مواضيع ذات صلة|"
    r"قد يهمك|قد يهمك أيضا|قد يهمك أيضاً|read more|read also|related|see also|watch)"
    r"(\s+(أيضا|أيضاً|ايضا|كذلك|المزيد|also))?\s*[:：./\-–—]"
    # Without a separator when "also" says it: "إقرأ أيضا اتهام مديري أوبرا باريس …".
    r"|(اقرأ|إقرأ|اقرا|شاهد|طالع)\s+(أيضا|أيضاً|ايضا)\s)",
    re.IGNORECASE,
)
# An author's byline, disclaimer or partner credit ("هذا المقال بقلم …، ولا يعكس بالضرورة رأي
# الشبكة", "نشر هذا المقال بالتعاون مع موقع …"): about the article, not part of its report.
_BYLINE = re.compile(
    r"^\s*(?:هذا\s+|هذه\s+)?(?:المقال|التقرير|مقال|تقرير|المدونة|مدونة)?\s*بقلم\b"
    r"|^\s*(?:نشر|نُشر|ينشر|أعد|اعد)\s+(?:هذا|هذه)\s+(?:المقال|التقرير|المادة|القصة)\s+"
    r"بالتعاون\s+مع\b"
    r"|لا\s+(?:ي|ت)(?:عكس|عبر)\s+(?:بالضرورة\s+)?(?:عن\s+)?(?:رأي|وجهة|موقف|توجه)"
    r"|^\s*the\s+(?:views|opinions)\s+expressed\b",
    re.IGNORECASE,
)
# An outlet saying it cannot verify what it reports, as a paragraph of its own ("ويشار إلى أن
# موقع CNN بالعربية لا يمكنه التأكد بشكل مستقل من الأنباء …", "علماً أن CNN بالعربية لا يمكنها
# التأكد من صحة …"): a standing note about the outlet, not the news. The negated "can verify"
# (a third person: "لا يمكننا" is a quoted "we") comes within the paragraph's first words, so
# the note is the paragraph's main clause, not a clause of a longer report ("…، وهو الأمر الذي
# لم تتمكن CNN من التأكد منه"). February 2018 ANT: 7 such paragraphs, all CNN, all notes.
_CANNOT_VERIFY = re.compile(
    r"^\W*(?:\S+\s+){0,7}?(?:لا\s+[يت]مكن(?:ه|ها)?|لم\s+[يت]تمكن|لا\s+[يت]ستطيع|لم\s+[يت]ستطع)"
    r"\s+(?:\S+\s+){0,2}?(?:من\s+)?(?:التأكد|التحقق)"
)
CANNOT_VERIFY_MAX_WORDS = 30
_INNER_END = re.compile(r"[.!?؟]\s")
# A speech verb or a quote before the note: someone else's words, not the outlet's note.
_QUOTED = re.compile(r"[\"“”«»]|\b(?:و|ف)?(?:قال|أضاف|وأضاف|تابع|أكد|أوضح)")
# A link prompt ending its line: "لمشاهدة التقرير الأساسي لمراسلتنا، اضغط هنا." (CNN, February).
_CLICK_HERE = re.compile(r"(?:اضغط|انقر|إضغط|إنقر)\s+هنا\W*$|\bclick\s+here\W*$", re.IGNORECASE)
_READ_ALSO_LABEL_WORDS = 3
# The same prompt after a clause of the paragraph: "…، اقرأ المزيد: <title>", "… اقرأ التفاصيل:".
# Words one of which every inline link prompt holds (a cheap test before the pattern).
_LINK_PROMPTS = ("اقرأ", "إقرأ", "اقرا", "شاهد", "طالع", "تابع", "التفاصيل", "للمزيد")
_CLAUSE_COMMA_BEFORE_QUOTE = re.compile(r"[،,]\s*([\"”»])$")
# A bare "التفاصيل:" after a comma too ("…17 قتيلاً، الأربعاء، التفاصيل: <title>", January),
# a prompt to follow a link ("شاهد المشروع عبر الرابط: <title>", February) and one to watch a
# linked video ("…بموجات الراديو، شاهد الفيديو: الإمارات تطلق أول قمر …", Al Arabiya, February).
_INLINE_LINK = re.compile(
    r"(?<=[\w\"”»)])(?:\s*[،,.]?\s*(?:اقرأ|إقرأ|اقرا|شاهد|طالع)\s*(?:أيضا|أيضاً|ايضا|المزيد|"
    r"التفاصيل|كذلك|الفيديو|بالفيديو)?|\s*[،,.]\s*(?:التفاصيل|للتفاصيل|للمزيد)"
    r"|\s*[،,.]?\s*(?:اقرأ|إقرأ|شاهد|تابع|طالع)(?:\s+\S+){1,4}?\s+عبر\s+الرابط(?:\s+التالي)?)"
    r"\s*(?:[:：]|\.{2,})\s*\S"
)
_READ_ALSO_REASON = "'read also' or follow prompt"
_LETTERS = "Persian letters written as Arabic letters"
_PARENTHESIZED = re.compile(r"^\s*[(\[{].{0,40}[)\]}]\s*$")
_TRAILING_CREDIT = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]\s*$")
_LEADING_PAREN_DATELINE = re.compile(r"^\s*\(([^()]{3,120})\)\s*")
_LEADING_DASH_DATELINE = re.compile(r"^\s*((?:[^\s.,،:]+\s){0,2}[^\s.,،:]+)\s[-–—]\s")
# "دبي، الإمارات العربية المتحدة (CNN)-- …": up to six words of place, the agency in
# parentheses, then one or two dashes. The agency is group 1.
# Words are separated by spaces or a comma (a glued "\w+\s*" repeated would backtrack through
# every way to cut a long word, and that made cleaning four times slower).
_AGENCY_DATELINE = re.compile(
    r"^\s*(?:[^\s(),،]+[\s,،]+){0,6}\(([^()]{2,30})\)\s*[-–—]{1,2}\s*"
    # The same with its parenthesis left open and no place: "(CNN-- …".
    r"|^\s*\(([A-Za-z]{2,10})\s*[-–—]{1,2}\s*"
)
_COMPACT = re.compile(r"\W+")
# A list or column marker opening a paragraph: bullets, dashes, an Arabic tatweel standing alone,
# a quote mark ">" (March 2018 summaries opened "*لن …", "** هكذا …", "ـ كلمة …", "• مرر …").
# A dash glued to a digit is a minus sign and a tatweel glued to a letter is part of a word.
_LIST_MARKER = re.compile(
    r"^\s*(?:[*•▪●◦■□◆◇♦○►▶➢➤‣⁃∙·★☆✓✔>][\s*•▪●◦■□◆◇♦○►▶➢➤‣⁃∙·★☆✓✔>\-–—ـ]*"
    r"|[-–—](?![\d٠-٩])[\s*•▪●◦■□◆◇♦○►▶➢➤‣⁃∙·★☆✓✔>\-–—ـ]*"
    r"|ـ+\s[\s*•▪●◦■□◆◇♦○►▶➢➤‣⁃∙·★☆✓✔>\-–—ـ]*)"
)
# A numbered or ordinal item opening a paragraph ("1 - مشروع …", "2) انقر …", "أولا- إخضاع …",
# "ثانيا: …"). One or two digits and no digit after the mark: a year ("2017 - …") opens a
# dateline and "1.5 مليار" a figure.
_NUMBERED_ITEM = re.compile(
    r"^\s*(?:[\d٠-٩]{1,2}\s*[-–.)]"
    r"|(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\u064b?\s*[-–:])(?![\d٠-٩])"
)
_DATE_HINT = re.compile(
    r"\d|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|"
    r"نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين"
)
# Diacritics (tanween, shadda) and tatweel are not \w for Python: "#مجهولاً_يقوم" is one tag.
_HASHTAG = re.compile(r"[#＃]([^\W_][\w\u0640\u064b-\u065f\u0670]*)")
# A Latin tag whose "#" a right-to-left copy moved to its end ("معرض 2018_AFED#", "لموقع
# ABetaInfo#", "في يوم MyFreedomDay#"; February and March 2018 ANT).
_TRAILING_HASHTAG = re.compile(r"(?<![\w#＃])([A-Za-z0-9][A-Za-z0-9_]*)[#＃](?!\w)")
# The same for an Arabic tag: the "#" that opens it on the right in right-to-left display
# follows its last letter in the text when the copy keeps the visual order ("شخصياً#",
# '"سأدعمه شخصياً#"'). No Arabic word ends in "#", and a tag's words keep their diacritics
# and tatweel, which are no \w.
_TAG_LETTERS = "\u0621-\u063a\u0641-\u064a"  # Arabic letters, without the tatweel
_TAG_MARKS = "\u0640\u064b-\u065f\u0670"  # tatweel and diacritics
_TRAILING_ARABIC_HASHTAG = re.compile(
    rf"(?<![\w{_TAG_MARKS}#＃])([{_TAG_LETTERS}][{_TAG_LETTERS}{_TAG_MARKS}]*"
    rf"(?:_[{_TAG_LETTERS}{_TAG_MARKS}]+)*)[#＃](?![\w#＃])"
)
# Arabic words joined by underscores, outside a hashtag ("#" named as such keeps its form).
_TAG_WORDS = re.compile(r"(?<![#＃\w])([\u0621-\u065f\u0670]+(?:_[\u0621-\u065f\u0670]+)+)")
_HANDLE = re.compile(r"(?<!\w)@\w+")
# The letters glued before a "#", and the Arabic proclitics that may stand there as part of the
# tagged word: a conjunction و/ف, a preposition ب/ل/ك, the article ال, or a tatweel after them.
_WORD_BEFORE = re.compile(r"[^\W_][\w\u0640\u064b-\u065f\u0670]*$")
_PROCLITICS = re.compile("[وف]?[بلك]?(?:ال)?\u0640*")
# A hashtag that is itself the subject ("هاشتاغ "#…"", "وسم (#…)", "حملة #…") stays as written.
_HASHTAG_NAMED = re.compile(r"(هاشتاغ|هاشتاق|هشتاغ|وسم|الوسم|حملة|hashtag)\W{0,3}$", re.IGNORECASE)
# Interrogatives that open a question heading ("ما الذي ورد في رسالة ترامب؟").
_QUESTION_OPENING = re.compile(
    r"^\s*(ما|ماذا|من|مَن|كيف|هل|لماذا|لما|متى|أين|اين|كم|أي|أيّ|ما هي|ما هو|what|why|how|who|"
    r"when|where|which|is|are|can|will|does|do)\s",
    re.IGNORECASE,
)
# A related article's title often puts a place or a topic before the question ("المغرب: هل تشكل
# قرارات الملك مدخلا لحل مشكل حراك الريف؟", BBC; "للمزيد: هل يدعم النظام السوري الأكراد …؟",
# France 24): one to three words and a colon, not "و/ف" going on with the text nor a verb of
# saying that quotes a speaker's question ("قال الوزير: هل …؟", "قالت: هل …؟"; a label's
# word opening on و/ف, "واشنطن:", is kept too: the rule errs on keeping). February 2018 ANT:
# the 5 such lines of 14 words or fewer, read, are all another article's title (round 26).
_LABELLED_QUESTION = re.compile(
    r"^\s*(?![وف])(?!(?:قال|تقول|يقول|تساءل|يتساءل|سأل|يسأل|أضاف|اضاف|كتب|غرد)[تا]?[\s:])"
    r"[^\s:،,.?!؟\"'()]+(?: [^\s:،,.?!؟\"'()]+){0,2} ?:\s*(?=\S)"
)
_QUESTION_END = re.compile(r"[?؟][\"”’»)\]]*\s*$")
_QUESTION_HEADING_WORDS = 14
_ALWAYS_CAPTION_MAX_WORDS = 15
# Lines of at most this many words with no sentence punctuation are headings, prompts or widgets
# (subheadings in ANT run up to 8 words, e.g. "أكثر من 700 قتيل مدني خلال أسبوعين").
SHORT_LINE_WORDS = 8
# A longer body line without a sentence's end is a related article's title up to this length:
# on February 2018 ANT, 34 of 40 sampled such lines of 9-16 words were (83 of all 126 at BBC).
LINK_TITLE_MAX_WORDS = 16
# A line that goes on with the text: it opens with "and"/"so" or is a numbered or bulleted item.
_CONTINUES_TEXT = re.compile(r"^\s*(?:[وف][\u0621-\u064a]|\d+\s*[-.)–]|[-–•*])")
_OPENS_WA_FA = re.compile(r"^\s*[وف][\u0621-\u064a]")
BYLINE_MAX_WORDS = 60
# Paragraphs shorter than this (letters and digits only) are too short to call "pasted twice".
MIN_PASTED_CHARS = 30
# A short line is boilerplate when it recurs in this many distinct articles of one outlet.
RECURRING_MIN_ARTICLES = 3
# A column label: one to three words before a colon opening a line ("كلمة أخيرة: …"), not "و/ف"
# going on with the text, in RECURRING_MIN_ARTICLES distinct articles of one outlet and alone on
# its line in one of them. On February 2018 ANT only Al Arabiya's "كلمة أخيرة" (4 articles);
# "للمزيد:" (France 24, 10) never stands alone. Its run-in copies ("… الآوان. كلمة أخيرة نتمنى
# …") are cut: 9 in February.
_LABEL_HEAD = re.compile(r"^((?![وف])[^\s:,.?!\"'()]+(?: [^\s:,.?!\"'()]+){0,2}) ?:")
LABEL_MAX_CHARS = 30
RECURRING_MAX_WORDS = 12
# "City - " datelines open one of the first paragraphs (after a standfirst at most).
DATELINE_PARAGRAPHS = 2
# A teaser repeats another article's title (at least this long, letters and digits only) or
# the first OPENING_CHARS letters and digits of its opening paragraph.
MIN_TITLE_CHARS = 20
OPENING_CHARS = 60
# A teaser may open with a prompt of up to this many words before the title it repeats.
TEASER_PROMPT_WORDS = 3
# Titles in ANT run up to 20 words, under 150 letters and digits.
MAX_TITLE_CHARS = 150
# Compacting drops spaces and punctuation, about a fifth of a normalized line: a head this long
# almost always shows a paragraph is longer than a title.
_KEY_HEAD_CHARS = 5 * (MAX_TITLE_CHARS + MIN_TITLE_CHARS) // 4
# A related-links block: several titles scraped into one unpunctuated paragraph ("دور السعودية
# والإمارات الولايات المتحدة تطالب … إلى اليمنفي حرب اليمن …", BBC, February 2018), one of them
# the title of another article of the outlet. Longer than a link title, at most three titles.
RELATED_BLOCK_MAX_WORDS = 3 * LINK_TITLE_MAX_WORDS
# Two titles sharing this share of the shorter one's words are one story (an update quoting
# its earlier version is not a teaser). On February 2018 ANT, teaser titles share at most 0.3.
SAME_STORY_TITLE_OVERLAP = 0.5


@dataclass(slots=True, kw_only=True)
class _Lines:
    """One article's lines in matching forms, and the compact forms of the lines kept so far."""

    normalized: list[str]
    compacts: list[str]
    title_key: str
    script: str | None
    boilerplate: frozenset[str]
    teasers: frozenset[int]
    agency: str | None = None
    kept: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Marks:
    """What the corpus rules need of one article: its short lines, the keys of its title and
    opening, and the keys of its later paragraphs (hashed: they cross process boundaries)."""

    article: str
    source: str
    body_key: str
    short_lines: frozenset[str]
    openings: frozenset[int]
    paragraphs: frozenset[int]
    title_words: frozenset[str]
    # The title's letters and digits, and those of each paragraph that may be a related-links
    # block (rare: a substring test against the outlet's titles finds the block).
    title: str = ""
    blocks: tuple[str, ...] = ()
    # Words before a colon opening a line (normalized), and those alone on their line.
    labels: frozenset[str] = frozenset()
    label_lines: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """What a corpus tells about its articles: each outlet's boilerplate lines, and the
    paragraph keys of each article that repeat another article's title or opening."""

    boilerplate: dict[str, frozenset[str]] = field(default_factory=dict)
    teasers: dict[str, frozenset[int]] = field(default_factory=dict)
    labels: dict[str, frozenset[str]] = field(default_factory=dict)

    def for_articles(self, articles: Iterable[Article]) -> Evidence:
        """The part of the evidence that these articles need (small enough to ship)."""
        chosen = list(articles)
        sources = {article.source for article in chosen}
        return Evidence(
            boilerplate={s: self.boilerplate[s] for s in sources if s in self.boilerplate},
            teasers={a.id: self.teasers[a.id] for a in chosen if a.id in self.teasers},
            labels={s: self.labels[s] for s in sources if s in self.labels},
        )


def clean_articles(
    articles: Sequence[Article], *, context: Sequence[Article] = ()
) -> tuple[CleanArticle, ...]:
    """Clean every article with the evidence of the whole input; ``context`` adds articles
    (the store's recent ones) that are compared with but not cleaned."""
    evidence = corpus_evidence(marks_of(article) for article in (*articles, *context))
    return tuple(clean_with(article, evidence) for article in articles)


def clean_with(article: Article, evidence: Evidence) -> CleanArticle:
    """Clean one article with corpus evidence (see ``corpus_evidence``)."""
    return clean_article(
        article,
        boilerplate=evidence.boilerplate.get(article.source, frozenset()),
        teasers=evidence.teasers.get(article.id, frozenset()),
        labels=evidence.labels.get(article.source, frozenset()),
    )


def clean_article(
    article: Article,
    *,
    boilerplate: frozenset[str] = frozenset(),
    teasers: frozenset[int] = frozenset(),
    labels: frozenset[str] = frozenset(),
) -> CleanArticle:
    """Split an article body into kept paragraphs and recorded removals. ``labels``: the
    outlet's column labels (normalized), cut where they run into a sentence."""
    lines = [line.strip() for line in article.text.splitlines()]
    lines = [line for line in lines if line]
    normalized = normalize_lines(lines)
    context = _Lines(
        normalized=normalized,
        compacts=[_COMPACT.sub("", line) for line in normalized],
        title_key=compact(article.title),
        script=dominant_script(article.title + "\n" + article.text),
        boilerplate=boilerplate,
        teasers=teasers,
    )
    kept: list[str] = []
    items: list[int] = []
    removed: list[Removal] = []
    after_read_also = False
    persian = persian_in_arabic(article.text, article.lang)
    for index, line in enumerate(lines):
        if after_read_also and not _ends_sentence(line):
            reason: str | None = "link title after a 'read also' label"
        else:
            reason = _noise_reason(line, index, context, lead=not kept)
        after_read_also = (
            reason == _READ_ALSO_REASON and len(line.split()) <= _READ_ALSO_LABEL_WORDS
        )
        if reason:
            removed.append(Removal(article=article.id, text=line, reason=reason))
            continue
        context.kept.append(context.compacts[index])
        line, marker = _cut_list_marker(line)
        if marker:
            removed.append(Removal(article=article.id, text=marker, reason="list marker"))
        if _in_list(bool(marker), line, kept, items):
            items.append(len(kept))
        line, dateline = _cut_dateline(line, lead=len(kept) < DATELINE_PARAGRAPHS, context=context)
        if dateline:
            removed.append(Removal(article=article.id, text=dateline, reason="dateline"))
        line, tags = _unwrap_hashtags(line)
        removed += [Removal(article=article.id, text=tag, reason="hashtag") for tag in tags]
        line, link = _cut_inline_link(line)
        if link:
            removed.append(Removal(article=article.id, text=link, reason=_READ_ALSO_REASON))
        for label in labels:
            if label in context.normalized[index]:
                line, cut = _cut_label(line, label)
                removed += [Removal(article=article.id, text=c, reason="column label") for c in cut]
        if persian:
            line, words = write_arabic_letters(line)
            if words:
                removed.append(Removal(article=article.id, text=" ".join(words), reason=_LETTERS))
        kept.append(line)
    return CleanArticle(
        article=article, paragraphs=tuple(kept), removed=tuple(removed), items=frozenset(items)
    )


def _noise_reason(line: str, index: int, context: _Lines, *, lead: bool) -> str | None:
    compact = context.compacts[index]
    words = len(line.split())
    if not compact:
        return "no letters or digits"
    if context.title_key and compact == context.title_key:
        return "title repeated in the body"
    if compact in context.kept:
        return "paragraph repeated"
    if _pasted_elsewhere(compact, context.compacts, index, "".join(context.kept)):
        return "paragraph pasted again inside other paragraphs"
    if not lead and _is_teaser(index, line, context):
        return "teaser: the title or opening of another article of this outlet"
    line_script = dominant_script(line)
    if context.script and line_script and line_script != context.script:
        return "line in another language than the article"
    if _only_tags(line):
        return "hashtag line"
    if words <= BYLINE_MAX_WORDS and _is_byline(line):
        return "author's byline or disclaimer"
    if words <= CANNOT_VERIFY_MAX_WORDS and _cannot_verify(line):
        return "disclaimer: the outlet cannot verify what it reports"
    if words <= BYLINE_MAX_WORDS and _CLICK_HERE.search(line):
        return _READ_ALSO_REASON
    if words > LINK_TITLE_MAX_WORDS and _ends_sentence(line):
        return None  # a paragraph of sentences: every rule below is for short lines
    if not lead and context.teasers and _is_related_block(index, context):
        return "related-links block: titles of other articles of this outlet run together"
    if (_CREDIT.match(line) or _RIGHTS.search(line)) and words <= RECURRING_MAX_WORDS:
        return "credit line"
    if _READ_ALSO.match(line) and (words <= LINK_TITLE_MAX_WORDS or not _ends_sentence(line)):
        return _READ_ALSO_REASON
    if _PARENTHESIZED.match(line):
        return "continuation marker or bracketed note"
    credit = _TRAILING_CREDIT.search(line)
    if credit and words <= _ALWAYS_CAPTION_MAX_WORDS and not _ends_sentence(line[: credit.start()]):
        return "photo caption with credit"
    if context.normalized[index] in context.boilerplate:
        return "boilerplate line recurring in several articles of this outlet"
    if not lead and index < len(context.compacts) - 1 and _is_question_heading(line, words):
        return "question heading"
    if words <= SHORT_LINE_WORDS and not _ends_sentence(line):
        return "short line that is not a sentence (heading, prompt or widget)"
    if not lead and (_is_link_title(line, words) or _in_link_run(line, words, index, context)):
        return "title-like line inside the body (a link to another article or a heading)"
    return None


def _is_teaser(index: int, line: str, context: _Lines) -> bool:
    """A paragraph that repeats another article's title or opening (corpus evidence), or that
    opens with the outlet's own dateline a second time: an article has one dateline."""
    if context.teasers and not context.teasers.isdisjoint(
        _paragraph_keys(context.normalized[index], context.compacts[index])
    ):
        return True
    dateline = _AGENCY_DATELINE.match(line)
    return bool(context.agency and dateline and _agency(dateline) == context.agency)


def _is_related_block(index: int, context: _Lines) -> bool:
    """An unpunctuated paragraph longer than a title that holds, among other words, the title of
    another article of the outlet (corpus evidence): the titles of a link list run together."""
    return _block_candidate(context.normalized[index]) and (
        _block_key(context.compacts[index]) in context.teasers
    )


def _block_candidate(normalized: str) -> bool:
    """Longer than a link title, at most RELATED_BLOCK_MAX_WORDS words, no sentence's end."""
    spaces = normalized.count(" ")
    return LINK_TITLE_MAX_WORDS <= spaces < RELATED_BLOCK_MAX_WORDS and not _ends_sentence(
        normalized[-8:]
    )


def _block_key(compact: str) -> int:
    # Another key space than the teaser keys: the teaser rule must not match a block.
    return _key("related-links block:" + compact)


def _is_byline(line: str) -> bool:
    # The substring tests spare most lines the pattern (cleaning runs on every line).
    hint = "بقلم" in line or "عكس" in line or "عبر" in line or "بالتعاون" in line
    hint = hint or "expressed" in line
    return hint and bool(_BYLINE.search(line))


def _cannot_verify(line: str) -> bool:
    """A one-sentence paragraph whose main clause says the outlet cannot verify the news."""
    if "التأكد" not in line and "التحقق" not in line:
        return False
    match = _CANNOT_VERIFY.match(line)
    return bool(match and not _QUOTED.search(line, 0, match.end()) and not _INNER_END.search(line))


def _is_link_title(line: str, words: int) -> bool:
    """A body line as long as a headline without a sentence's end that does not continue the
    text ("و…", a numbered item): the title of a related article, or a crosshead."""
    return (
        words <= LINK_TITLE_MAX_WORDS
        and not _ends_sentence(line)
        and not _CONTINUES_TEXT.match(line)
    )


def _in_link_run(line: str, words: int, index: int, context: _Lines) -> bool:
    """A title-like line that opens with "و/ف" as part of a word ("فيسبوك يعتزم …", "وزراء
    خارجية روسيا …") next to a title-like line: one of a run of related articles' titles. On
    February 2018 ANT, 4 such lines, all BBC link titles."""
    if words > LINK_TITLE_MAX_WORDS or _ends_sentence(line) or not _OPENS_WA_FA.match(line):
        return False
    around = (
        context.normalized[i] for i in (index - 1, index + 1) if 0 <= i < len(context.normalized)
    )
    return any(_is_link_title(other, len(other.split())) for other in around)


def _is_question_heading(line: str, words: int) -> bool:
    """A one-sentence paragraph that asks a question and starts with an interrogative, maybe
    after a short label (``_LABELLED_QUESTION``), in the middle of an article: a crosshead ("ما
    الذي ورد في رسالة ترامب؟") or a related article's title ("المغرب: هل …؟"), not a quoted
    question."""
    return (
        words <= _QUESTION_HEADING_WORDS
        and bool(_QUESTION_END.search(line))
        and bool(_QUESTION_OPENING.match(_LABELLED_QUESTION.sub("", line, count=1)))
        and not _ends_sentence(line.rstrip()[:-1].rstrip('"”’»)] '))
    )


def _only_tags(line: str) -> bool:
    """A line made of hashtags and handles (a tag list or a share widget)."""
    if "#" not in line and "＃" not in line and "@" not in line:
        return False
    rest = _HANDLE.sub("", _HASHTAG.sub("", line))
    return rest != line and not _COMPACT.sub("", rest)


def _unwrap_hashtags(line: str) -> tuple[str, list[str]]:
    """Tag links written as words ("#عاصي_الحلاني" -> "عاصي الحلاني"), also in quotes (شركة "
    #مايكروسوفت ", Al Arabiya's tag links); a hashtag named as such ("هاشتاغ "#…"", "وسم (#…)")
    stays. Returns the line and the tags that were unwrapped."""
    unwrapped: list[str] = []

    def replace(match: re.Match[str]) -> str:
        if _HASHTAG_NAMED.search(line[: match.start()]):
            return match.group(0)
        unwrapped.append(match.group(0))
        words = match.group(1).replace("_", " ")
        return " " + words if _glued_to_a_word(line, match.start()) else words

    if "#" in line or "＃" in line:
        line = _HASHTAG.sub(replace, line)
        line = _TRAILING_HASHTAG.sub(replace, line)
        line = _TRAILING_ARABIC_HASHTAG.sub(replace, line)

    def untag(match: re.Match[str]) -> str:
        unwrapped.append(match.group(1))
        return match.group(1).replace("_", " ")

    if "_" in line:  # a tag whose "#" the scraper lost: "أعلن صندوق_الاستثمارات_العامة"
        line = _TAG_WORDS.sub(untag, line)
    return line, unwrapped


def _glued_to_a_word(line: str, at: int) -> bool:
    """True when the "#" at ``at`` follows a whole word with no space ("السوري#فيصل_خرتش"), not
    a proclitic that belongs to the tag ("و#العراق", "بـ#الإرهاب"): the tag is a word of its own."""
    if at == 0 or line[at] not in "#＃":
        return False
    before = _WORD_BEFORE.search(line, 0, at)
    return bool(before and not _PROCLITICS.fullmatch(before.group(0)))


def _cut_label(line: str, label: str) -> tuple[str, list[str]]:
    """The column label cut where it opens the line before more text ("كلمة أخيرة: كرة القدم
    …") or runs into the sentence after another's end ("… الآوان. كلمة أخيرة نتمنى …"); the
    label alone on its line stays (its line is no sentence a summary shows)."""
    cut: list[str] = []

    def drop(match: re.Match[str]) -> str:
        cut.append(match.group(2).strip())
        return match.group(1)

    return _label_pattern(label).sub(drop, line), cut


@cache
def _label_pattern(label: str) -> re.Pattern[str]:
    """``label`` (normalized) as written in the original text: any alef, yeh, teh marbuta or
    hamza carrier, diacritics and tatweel between letters, then an optional colon."""
    body = written_pattern(label)
    return re.compile(rf"(^\s*|[.!?؟…]\s+)({body}(?:\s*:)?\s+)(?=\S)")


def _cut_inline_link(line: str) -> tuple[str, str | None]:
    """A paragraph ending in a link to another article ("…بين المستخدمين، اقرأ المزيد: فيسبوك
    تغير من سياساتها.. محتوى أكثر من الأصدقاء"; CNN, February) keeps its report and loses the
    prompt and the title after it."""
    if (":" not in line and ".." not in line) or not any(w in line for w in _LINK_PROMPTS):
        return line, None
    match = _INLINE_LINK.search(line)
    if not match or len(line[match.end() :].split()) > LINK_TITLE_MAX_WORDS:
        return line, None
    kept = _CLAUSE_COMMA_BEFORE_QUOTE.sub(r"\1", line[: match.start()].rstrip(" ،,"))
    link = line[match.start() :].lstrip(" ،,.").strip()
    return (kept + "." if kept and not _ends_sentence(kept) else kept), link


def _pasted_elsewhere(compact: str, compacts: list[str], index: int, kept: str) -> bool:
    """True when the paragraph's text stands, whole, in the kept paragraphs before it or in
    the paragraphs after it joined (a lead pasted twice, possibly glued to the next one).
    An exact copy of one later paragraph is left for that copy's turn."""
    if len(compact) < MIN_PASTED_CHARS:
        return False
    if compact in kept:
        return True
    later = compacts[index + 1 :]
    return compact not in later and compact in "".join(later)


def _cut_list_marker(line: str) -> tuple[str, str | None]:
    """Cut a bullet or column marker opening a paragraph ("** هكذا نجد أن …"): a summary
    sentence that opens with one reads as scraped. Returns the remaining line and the marker."""
    match = _LIST_MARKER.match(line)
    if not match:
        return line, None
    rest = line[match.end() :]
    if not _COMPACT.sub("", rest) or rest[0] in "ـ":
        return line, None
    return rest, match.group(0).strip()


def _in_list(marked: bool, line: str, kept: list[str], items: list[int]) -> bool:
    """A bulleted or numbered paragraph right after a lead-in that ends in ":" ("ومن أبرز
    مميزات الطائرة الرئاسية:", "وذلك يعني:") or right after another such item: news sets an
    enumeration out as one line per item under its lead-in, and an item says nothing without
    it. A marked line with no lead-in (a column's "** هكذا …") is not an item."""
    if not kept or not (marked or _NUMBERED_ITEM.match(line)):
        return False
    return (bool(items) and items[-1] == len(kept) - 1) or kept[-1].rstrip().endswith(":")


def _cut_dateline(line: str, *, lead: bool, context: _Lines) -> tuple[str, str | None]:
    """Cut a leading dateline: "(agency - date) text" anywhere, "City - text" and
    "City (Agency)-- text" in the lead paragraphs only. Returns the remaining line and the cut
    text; the agency of a lead dateline is remembered (a second one opens another article)."""
    paren = _LEADING_PAREN_DATELINE.match(line)
    if paren and _DATE_HINT.search(paren.group(1)) and len(line[paren.end() :].split()) >= 5:
        return line[paren.end() :], paren.group(0).strip()
    if not lead:
        return line, None
    agency = _AGENCY_DATELINE.match(line)
    if agency and len(line[agency.end() :].split()) >= 5:
        context.agency = context.agency or _agency(agency)
        return line[agency.end() :], agency.group(0).strip()
    dash = _LEADING_DASH_DATELINE.match(line)
    if dash and len(line[dash.end() :].split()) >= 5:
        return line[dash.end() :], dash.group(0).strip()
    return line, None


def _agency(dateline: re.Match[str]) -> str:
    return _COMPACT.sub("", dateline.group(1) or dateline.group(2)).casefold()


def _ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def compact(text: str) -> str:
    """Letters and digits only, normalized: glue and punctuation differences vanish."""
    return _COMPACT.sub("", normalize(text))


def _key(text: str) -> int:
    """A stable 64-bit key of a compact text (Python's own hash differs between processes)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def _paragraph_keys(normalized: str, compact: str) -> tuple[int, ...]:
    """Keys under which a paragraph (normalized, and its compact form) could repeat a title
    (whole, or after a prompt of a few words: "قد يهمك.. …", "كذلك.. …") or an opening."""
    size = len(compact)
    if size < MIN_TITLE_CHARS:
        return ()
    keys = [_key(compact[:OPENING_CHARS])] if size >= OPENING_CHARS else []
    if size > MAX_TITLE_CHARS + MIN_TITLE_CHARS:  # too long for a title, even after a prompt
        return tuple(keys)
    keys.append(_key(compact))
    if normalized.endswith("."):  # a sentence, not a title behind a prompt
        return tuple(keys)
    words = normalized.split(maxsplit=TEASER_PROMPT_WORDS)
    prompt = 0
    for word in words[: min(TEASER_PROMPT_WORDS, len(words) - 1)]:
        prompt += len(_COMPACT.sub("", word))
        if size - prompt >= MIN_TITLE_CHARS:
            keys.append(_key(compact[prompt:]))
    return tuple(keys)


def _key_form(normalized: str) -> str:
    """The compact form of a line as far as ``_paragraph_keys`` reads it: whole when the line
    could be a title, else a head long enough to show it is not (compacting long paragraphs
    whole was most of the cost of the corpus marks)."""
    head = _COMPACT.sub("", normalized[:_KEY_HEAD_CHARS])
    if len(normalized) <= _KEY_HEAD_CHARS or len(head) > MAX_TITLE_CHARS + MIN_TITLE_CHARS:
        return head
    return _COMPACT.sub("", normalized)  # a long line of mostly punctuation


def _title_words(title: str) -> frozenset[str]:
    return frozenset(word for word in normalize(title).split() if len(word) > 2)


def marks_of(article: Article) -> Marks:
    """The article's marks for ``corpus_evidence``."""
    lines = [line for line in article.text.splitlines() if line.strip()]
    normalized = normalize_lines(lines)
    compacts = [_key_form(line) for line in normalized]
    openings: set[int] = set()
    title = compact(article.title)
    if len(title) >= MIN_TITLE_CHARS:
        openings.add(_key(title))
    opening = next((c for c in compacts if len(c) >= OPENING_CHARS and c != title), None)
    if opening:
        openings.add(_key(opening[:OPENING_CHARS]))
    # Normalized lines have single spaces: their words are their spaces plus one.
    short = frozenset(form for form in normalized if form.count(" ") < RECURRING_MAX_WORDS)
    heads = [
        _LABEL_HEAD.match(form[:LABEL_MAX_CHARS])
        for form in normalized
        if ":" in form[:LABEL_MAX_CHARS]
    ]
    labels = frozenset(head.group(1) for head in heads if head)
    label_lines = frozenset(
        head.group(1) for head in heads if head and not head.string[head.end() :].strip()
    )
    return Marks(
        article=article.id,
        source=article.source,
        body_key=content_id(*normalized),
        short_lines=short,
        openings=frozenset(openings),
        paragraphs=frozenset(
            key
            for line, form in zip(normalized[1:], compacts[1:], strict=True)
            for key in _paragraph_keys(line, form)
        ),
        title=title if len(title) >= MIN_TITLE_CHARS else "",
        blocks=tuple(_COMPACT.sub("", line) for line in normalized[1:] if _block_candidate(line)),
        title_words=_title_words(article.title),
        labels=labels,
        label_lines=label_lines,
    )


def corpus_evidence(marks: Iterable[Marks]) -> Evidence:
    """Boilerplate lines per outlet (short lines of at least ``RECURRING_MIN_ARTICLES``
    distinct bodies) and, per article, the paragraph keys that repeat the title or opening of
    another article of its outlet about another story."""
    counts: dict[str, Counter[str]] = {}
    label_counts: dict[str, Counter[str]] = {}
    alone: dict[str, set[str]] = {}
    seen_bodies: set[str] = set()
    every = list(marks)
    openers: dict[tuple[str, int], list[Marks]] = {}
    for item in every:
        for key in item.openings:
            openers.setdefault((item.source, key), []).append(item)
        if item.body_key in seen_bodies:  # the same article filed twice is one occurrence
            continue
        seen_bodies.add(item.body_key)
        counts.setdefault(item.source, Counter()).update(item.short_lines)
        if item.labels:
            label_counts.setdefault(item.source, Counter()).update(item.labels)
            alone.setdefault(item.source, set()).update(item.label_lines)
    titles: dict[str, dict[str, list[Marks]]] = {}
    for item in every:
        if item.title:
            heads = titles.setdefault(item.source, {})
            heads.setdefault(item.title[:MIN_TITLE_CHARS], []).append(item)
    teasers: dict[str, frozenset[int]] = {}
    for item in every:
        found = frozenset(
            key
            for key in item.paragraphs
            if any(_other_story(item, other) for other in openers.get((item.source, key), ()))
        )
        found |= _related_blocks(item, titles.get(item.source, {}))
        if found:
            teasers[item.article] = found
    boilerplate = {
        source: frozenset(line for line, n in counter.items() if n >= RECURRING_MIN_ARTICLES)
        for source, counter in counts.items()
    }
    labels = {
        source: frozenset(
            label
            for label, n in counter.items()
            if n >= RECURRING_MIN_ARTICLES and label in alone[source]
        )
        for source, counter in label_counts.items()
    }
    return Evidence(
        boilerplate=boilerplate,
        teasers=teasers,
        labels={source: found for source, found in labels.items() if found},
    )


def _related_blocks(item: Marks, titles: dict[str, list[Marks]]) -> frozenset[int]:
    """Block keys of the article's candidate paragraphs that hold, with more text around it, the
    title of another article of its outlet about another story. ``titles``: the outlet's
    titled marks by their first ``MIN_TITLE_CHARS`` characters (no title is shorter), so each
    place in a block looks up the titles that may start there, not every title of the outlet
    (a scan of every title per block grew with the corpus: 13,708 Sky News titles on all ANT)."""
    return frozenset(
        _block_key(block) for block in item.blocks if _holds_title(item, block, titles)
    )


def _holds_title(item: Marks, block: str, titles: dict[str, list[Marks]]) -> bool:
    """True when ``block`` holds, with more text around it, the title of another story."""
    for start in range(len(block) - MIN_TITLE_CHARS + 1):
        for other in titles.get(block[start : start + MIN_TITLE_CHARS], ()):
            if (
                block.startswith(other.title, start)
                and len(other.title) < len(block)
                and _other_story(item, other)
            ):
                return True
    return False


def _other_story(item: Marks, other: Marks) -> bool:
    """Another article (not a copy of this one) whose title is about something else."""
    if other.article == item.article or other.body_key == item.body_key:
        return False
    smaller = min(len(item.title_words), len(other.title_words))
    shared = len(item.title_words & other.title_words)
    return not smaller or shared / smaller < SAME_STORY_TITLE_OVERLAP
