"""The interface's words in Arabic and English: one catalogue for the web page and the HTML report.

A message is a plain string, or for a count one string per CLDR plural category: Arabic has
six (zero, one, two, few, many, other: 0, 1, 2, 3-10, 11-99, 100-102 …), English two. The
category of a count comes from Babel's CLDR plural rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"  # Arabic first: the interface is Arabic unless English is asked for
_NAMES = {"ar": "العربية", "en": "English"}

# key → (Arabic, English)
TEXTS: dict[str, tuple[str, str]] = {
    "digest": ("ملخص مرصد", "marsad digest"),
    "stories_title": ("القصص", "stories"),
    "summary": ("الملخص", "Summary"),
    "articles": ("المقالات", "Articles"),
    "disagreements": ("نقاط الخلاف", "Disagreements"),
    "timeline": ("التسلسل الزمني", "Timeline"),
    "facts": ("الوقائع", "Facts"),
    "entities": ("الأسماء", "Entities"),
    "quotes": ("اقتباسات", "Quotes"),
    "copies": ("النسخ والنص المشترك", "Copies and wire text"),
    "storylines": ("الأحداث المتواصلة", "Storylines"),
    "storyline_link": ("قصص الحدث المتواصل", "the storyline's stories"),
    "storyline": ("حدث متواصل", "storyline"),
    "opinion": ("مقالات رأي", "opinion pieces"),
    "removed": ("ما حذفه التنظيف", "Removed by cleaning"),
    "rejected": ("مدخلات مرفوضة", "Rejected inputs"),
    "no_stories": ("لا قصص.", "No stories."),
    "no_match": ("لا قصص تطابق البحث.", "No stories match."),
    "no_summary": ("لا ملخص.", "No summary."),
    "nothing_removed": ("لم يُحذف شيء.", "Nothing was removed."),
    "untitled": ("(بلا عنوان)", "(untitled)"),
    "date_unknown": ("تاريخ غير معروف", "date unknown"),
    "language": ("اللغة", "Language"),
    "published": ("النشر", "published"),
    "updated": ("التحديث", "updated"),
    "first": ("الأول", "first"),
    "in_article": ("في المقال", "in the article"),
    "sentence_not_found": ("لم تُعثر على الجملة", "sentence not found"),
    "speaker_unknown": ("قائل غير معروف", "speaker unknown"),
    "who_states_what": ("من يذكر ماذا", "Who states what"),
    "also_told": ("وروته أيضا بصيغة أخرى أو جزئيا", "Also told, in part or in other words, by"),
    "grid_caption": (
        "كل عمود جملة من الملخص، وكل صف مصدر؛ الخانة الملوّنة: المصدر يذكر الجملة.",
        "Each column is a summary sentence, each row an outlet; a filled cell: the outlet "
        "states the sentence.",
    ),
    "timeline_caption": (
        "الدوائر: أحداث ذكرتها المقالات؛ المربعات: أيام نشر المقالات.",
        "Circles: events the articles report; squares: the days the articles were published.",
    ),
    "grid_cell": ("{outlet} يذكر الجملة {number}", "{outlet} states sentence {number}"),
    "grid_cell_not": (
        "{outlet} لا يذكر الجملة {number}",
        "{outlet} does not state sentence {number}",
    ),
    "sentence_label": ("الجملة {number}", "sentence {number}"),
    "value": ("القيمة", "Value"),
    "outlets_heading": ("المصادر", "Outlets"),
    "date": ("التاريخ", "Date"),
    "sentence": ("الجملة", "Sentence"),
    "kind_conflict": ("تعارض", "conflict"),
    "kind_update": ("تحديث لاحق", "update"),
    "kind_scope": ("نطاق مختلف", "different scope"),
    "kind_internal": ("تعارض داخلي", "internal"),
    "search": ("بحث", "Search"),
    "search_placeholder": ("ابحث في القصص", "search the stories"),
    "outlet_placeholder": ("المصدر", "outlet"),
    "all_languages": ("كل اللغات", "all languages"),
    "any_time": ("أي وقت", "any time"),
    "changed_in": ("تغيّرت خلال {value}", "changed in {value}"),
    "published_from": ("نُشرت من", "published from"),
    "before": ("قبل", "before"),
    "page_of": ("صفحة {page} من {pages}", "page {page} of {pages}"),
    "newer": ("→ الأحدث", "← newer"),
    "older": ("الأقدم ←", "older →"),
    "story": ("القصة", "story"),
    "not_found_story": ("لا توجد قصة بهذا المعرّف", "No such story"),
    "not_found_article": ("لا يوجد مقال بهذا المعرّف", "No such article"),
    "not_in_store": ("ليس في هذا المخزن.", "is not in this store."),
    "more_in_json": ("والمزيد في ملخص JSON", "more in the JSON digest"),
    "utc": ("بالتوقيت العالمي", "UTC"),
    "entity_person": ("أشخاص", "people"),
    "entity_organization": ("جهات", "organizations"),
    "entity_country": ("دول", "countries"),
    "entity_city": ("مدن", "cities"),
    "entity_region": ("مناطق", "regions"),
    "entity_role": ("مناصب", "roles"),
    "fact_figure": ("رقم", "figure"),
    "fact_date": ("تاريخ", "date"),
    "fact_entity": ("اسم", "entity"),
    "fact_quote": ("اقتباس", "quote"),
    "copy_exact": ("المقال نفسه", "same article"),
    "copy_near": ("نسخ متقاربة", "near copies"),
    "copy_shared-text": ("الصياغة نفسها", "same wording"),
    "certainty_inferred": ("مستنتج", "inferred"),
    "certainty_unknown": ("غير مؤكد", "unknown"),
    "certainty_stated": ("مذكور", "stated"),
    "certainty_resolved": ("محسوب", "resolved"),
    "certainty_low": ("مرجّح", "low certainty"),
}

# key → (Arabic forms by CLDR category, English forms); "{n}" is the count.
COUNTS: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "article": (
        {
            "zero": "لا مقالات",
            "one": "مقال واحد",
            "two": "مقالان",
            "few": "{n} مقالات",
            "many": "{n} مقالًا",
            "other": "{n} مقال",
        },
        {"one": "{n} article", "other": "{n} articles"},
    ),
    "outlet": (
        {
            "zero": "لا مصادر",
            "one": "مصدر واحد",
            "two": "مصدران",
            "few": "{n} مصادر",
            "many": "{n} مصدرًا",
            "other": "{n} مصدر",
        },
        {"one": "{n} outlet", "other": "{n} outlets"},
    ),
    "story": (
        {
            "zero": "لا قصص",
            "one": "قصة واحدة",
            "two": "قصتان",
            "few": "{n} قصص",
            "many": "{n} قصة",
            "other": "{n} قصة",
        },
        {"one": "{n} story", "other": "{n} stories"},
    ),
    "rejected_input": (
        {
            "zero": "لا مدخلات مرفوضة",
            "one": "مدخل مرفوض واحد",
            "two": "مدخلان مرفوضان",
            "few": "{n} مدخلات مرفوضة",
            "many": "{n} مدخلًا مرفوضًا",
            "other": "{n} مدخل مرفوض",
        },
        {"one": "{n} rejected input", "other": "{n} rejected inputs"},
    ),
    "more_fact": (
        {
            "zero": "لا وقائع أخرى",
            "one": "واقعة أخرى",
            "two": "واقعتان أخريان",
            "few": "{n} وقائع أخرى",
            "many": "{n} واقعة أخرى",
            "other": "{n} واقعة أخرى",
        },
        {"one": "{n} more fact", "other": "{n} more facts"},
    ),
}


@lru_cache(maxsize=1024)  # babel evaluates its rule each call: 0.3 ms, 2-3 times a list row
def plural_category(language: str, count: int) -> str:
    """The CLDR plural category of ``count`` in ``language`` (``few`` for 3 in Arabic)."""
    return _locale(language).plural_form(abs(count))


@lru_cache(maxsize=8)
def _locale(language: str) -> Locale:
    from babel import Locale

    return Locale.parse(language)


def short_date(day: date, language: str) -> str:
    """A day as readers of ``language`` write it briefly: ``13 يناير``, ``13 Jan``."""
    from babel.dates import format_date

    return format_date(day, "d MMM", locale=_locale(language))


def long_date(day: date, language: str) -> str:
    """A day with its year: ``13 يناير 2022``, ``13 January 2022``."""
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale=_locale(language))


@dataclass(frozen=True, slots=True)
class Messages:
    """The catalogue in one language; templates call it: ``t("summary")``,
    ``t.count("article", 3)``."""

    language: str = DEFAULT_LANGUAGE

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"no messages in {self.language!r}; languages: {', '.join(LANGUAGES)}")

    @property
    def direction(self) -> str:
        """``rtl`` for Arabic, ``ltr`` for English."""
        return "rtl" if self.language == "ar" else "ltr"

    @property
    def name(self) -> str:
        """The language's own name (``العربية``, ``English``)."""
        return _NAMES[self.language]

    @property
    def other(self) -> Messages:
        """The catalogue in the other language (the page's switch)."""
        return Messages("en" if self.language == "ar" else "ar")

    def __call__(self, key: str, **values: object) -> str:
        """The message ``key``, its ``{placeholders}`` filled from ``values``."""
        arabic, english = TEXTS[key]
        text = arabic if self.language == "ar" else english
        return text.format(**values) if values else text

    def count(self, key: str, n: int) -> str:
        """``n`` things in the form the language's plural rules pick (``3 مقالات``)."""
        arabic, english = COUNTS[key]
        forms = arabic if self.language == "ar" else english
        return forms.get(plural_category(self.language, n), forms["other"]).format(n=n)

    def label(self, group: str, value: str) -> str:
        """The label of a value the pipeline names in English (``label("kind", "update")``:
        a disagreement's kind, a date's certainty); the value itself when none is known."""
        key = f"{group}_{value}"
        return self(key) if key in TEXTS else value


def messages(language: str | None) -> Messages:
    """The catalogue for a requested language; anything unknown falls back to Arabic."""
    base = (language or "").split("-")[0].lower()
    return Messages(base if base in LANGUAGES else DEFAULT_LANGUAGE)
