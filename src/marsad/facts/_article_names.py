"""Names an article writes: a person's last word for the whole name, a body's kind."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from marsad.caches import cached
from marsad.facts._pair_names import after_verb_particle, preposition_noun
from marsad.facts._quote_words import (
    HONORIFICS,
    KINDS,
    NAME_WORDS,
    NO_TOKEN,
    NOT_NAMES,
    RANKS,
    SPEAKER_HEADS,
    WEEKDAYS,
)
from marsad.facts._speaker_words import apposition_title, body_first
from marsad.facts._speech_verbs import is_speech_verb
from marsad.facts.entities import two_people
from marsad.facts.gazetteer import PLACE_TYPES, gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.names import fold
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize, words_of
from marsad.lang.words import word_set


def remember_kind(kinds: dict[str, str], name: str) -> None:
    words = name.split()
    if len(words) >= 2 and normalize(words[0]) in KINDS:
        kinds[normalize(words[0])] = name


_LONG_WAW_NAME = 6
_COMPOUND = frozenset({"عبد", "ابو"})  # first words of compound first names


def _place_word(word: str) -> bool:
    """True for a word the lexicon knows as a country or city alone ("روسيا", "لندن"): the
    word before it is a verb or a preposition whose subject or object it is ("دعت روسيا",
    "داخل تركيا", "تحمل لندن"), never a first name with it as the family name."""
    entry = gazetteer().phrases.get((fold(word),))
    return entry is not None and entry.type in PLACE_TYPES


def article_names(texts: Sequence[str]) -> dict[str, str]:
    """Words an article writes as a name, by matching form, with the fuller name: a word
    after a first name ("بارنبي جويس", "عامر المري"), so that "وقال جويس" has a speaker.
    A first name is a word that is no stop word, title, verb or ال- word; a word the article
    also writes with the article ("النجم", "اللجنة") is a common noun."""
    names: dict[str, str] = {}
    sentences = [tokenize(text) for text in texts]
    definite = {t.norm[2:] for tokens in sentences for t in tokens if t.norm.startswith("ال")}
    skip = definite | ARABIC | WEEKDAYS
    for tokens in sentences:
        for at in range(1, len(tokens)):
            word = tokens[at].norm
            if word in skip or word in names or len(word) < 3 or word[0] == "و":
                continue  # "غاغا وفريقها", "غاغا السبت": no part of the name
            if _pair_name(tokens, at, definite.__contains__) and not _place_word(word):
                names[word] = f"{tokens[at - 1].text} {tokens[at].text}"
    return names


class ArticleNames(Mapping[str, str]):
    """``article_names`` of an article, looked up word by word (the sentences holding the word
    only): a quote asks about a few words, and reading every pair costs more."""

    def __init__(self, texts: Sequence[str], people: Sequence[str] = ()) -> None:
        self._texts = texts
        self._words = [words_of(text) for text in texts]
        self._found: dict[str, str | None] = {}
        # The people the article names, by their last word ("الجبير" → "عادل الجبير"), and
        # the first words of their names: "عادل الجبير" read as the person "عادل" alone.
        full = [name for name in people if " " in name and not body_first(name)]
        self._people = {normalize(name.split()[-1]): name for name in full}
        # A family name two people share ("أيمن الحريري", "رفيق الحريري") is nobody's alone.
        self._shared = {
            last
            for last in self._people
            if two_people(name for name in full if normalize(name.split()[-1]) == last)
        }
        for last in self._shared:
            del self._people[last]
        self._first = {normalize(name.split()[0]) for name in people}
        self._last_words: dict[str, str | None] = {}

    def learn(self, name: str) -> None:
        """Take a speaker found in the article as one of its people ("محمد العريان", named
        with his title, then "وأضاف العريان")."""
        words = name.split()
        if 2 <= len(words) <= NAME_WORDS and all(w[0].isalpha() for w in words):
            last = normalize(words[-1])
            if last in self._people and two_people((self._people[last], name)):
                self._shared.add(last)  # a second person of that family: nobody's now
                del self._people[last]
                self._found.pop(last, None)
            if last not in self._shared:
                self._people.setdefault(last, name)
            self._first.add(normalize(words[0]))
            self._last_words.clear()

    def known(self, word: str) -> str | None:
        """The full name of a person found so far whose last word this is ("نادال")."""
        return self._people.get(word)

    def person(self, word: str) -> str | None:
        """The full name of a person whose last word this is: among ``people``, or a definite
        word the article writes right after a person's first name ("عادل الجبير")."""
        if word in self._shared:
            return None
        if word in self._people:
            return self._people[word]
        if not word.startswith("ال") or len(word) < 5:
            return None
        if word not in self._last_words:
            self._last_words[word] = self._after_first_name(word)
        return self._last_words[word]

    def _after_first_name(self, word: str) -> str | None:
        for text, words in zip(self._texts, self._words, strict=True):
            if word not in words:
                continue
            tokens = tokenize(text)
            for at in range(1, len(tokens)):
                if tokens[at].norm == word and (
                    tokens[at - 1].norm in self._first or _titled_first_name(tokens, at - 1)
                ):
                    return f"{tokens[at - 1].text} {tokens[at].text}"
                if tokens[at].norm == word and at >= 2 and tokens[at - 2].norm in _COMPOUND:
                    # "عبد الرحمن الحميدي", then "وقال الحميدي"
                    return " ".join(t.text for t in tokens[at - 2 : at + 1])
        return self._beside_title(word)

    def _beside_title(self, word: str) -> str | None:
        """``word`` given in full beside a title (``_named_beside_title``), read only when no
        sentence gives it after a known first name: that one is the surer reading."""
        for text, words in zip(self._texts, self._words, strict=True):
            if word not in words:
                continue
            tokens = tokenize(text)
            for at in range(1, len(tokens)):
                if tokens[at].norm == word and (named := _named_beside_title(tokens, at)):
                    return named
        return None

    def __getitem__(self, word: str) -> str:
        if word not in self._found:
            self._found[word] = self._look(word)
        found = self._found[word]
        if found is None:
            raise KeyError(word)
        return found

    def _definite(self, word: str) -> bool:
        return any("ال" + word in words for words in self._words)

    def _look(self, word: str) -> str | None:
        if word in self._shared:
            return None
        # A word opening with و is "and ..." unless long and written after a first name
        # ("سيرينا ويليامز", then "وتوجهت ويليامز").
        short_and = word[:1] == "و" and len(word) < _LONG_WAW_NAME
        if word in ARABIC or word in WEEKDAYS or len(word) < 3 or short_and:
            return None
        if self._definite(word) or _place_word(word):
            return None
        for text, words in zip(self._texts, self._words, strict=True):
            if word not in words:
                continue
            tokens = tokenize(text)
            for at in range(1, len(tokens)):
                if tokens[at].norm == word and _pair_name(tokens, at, self._definite):
                    return f"{tokens[at - 1].text} {tokens[at].text}"
        return None

    def __iter__(self) -> Iterator[str]:
        return iter(article_names(self._texts))

    def __len__(self) -> int:
        return len(article_names(self._texts))


def _pair_name(tokens: list[Token], at: int, definite: Callable[[str], bool]) -> bool:
    """True when the word at ``at`` and the one before it are written as a first name and a
    name ("بارنبي جويس"), not a noun phrase ("لجنة النقل", "مقال نشرته")."""
    first, word = tokens[at - 1], tokens[at]
    if not (first.text[0].isalpha() and word.text[0].isalpha()) or not _first_name(first.norm):
        return False
    if definite(first.norm) or after_verb_particle(tokens, at - 1) or preposition_noun(word.text):
        return False
    after = tokens[at + 1] if at + 1 < len(tokens) else NO_TOKEN
    # "يوب هاينكس المدير الفني": a title in apposition after the name, no construct
    construct = (
        after.norm.startswith("ال")
        and after.norm not in WEEKDAYS
        and not apposition_title(after.text)
    )
    return not construct and not word.norm.endswith(("ته", "ها", "هم"))


def _titled_first_name(tokens: list[Token], at: int) -> bool:
    """ "المنتج صادق الصباح", "محافظ المصرف المركزي البحريني، رشيد المعراج": a word that can
    be a first name after a title or a comma, though no lexicon knows it."""
    if at < 1 or not _first_name(tokens[at].norm) or not tokens[at].text[0].isalpha():
        return False
    before = tokens[at - 1]
    if tokens[at].norm == "باسم" and before.norm in _SPOKESMEN:
        return False  # "المتحدث باسم الأمم المتحدة": on behalf of, not the first name باسم
    if before.text in ("،", ",") and at >= 2:
        # after a title that ends with a nisba: "البحريني،"
        title_end = tokens[at - 2].norm
        return title_end.startswith("ال") and title_end.endswith("ي")
    return apposition_title(before.text)


def _named_beside_title(tokens: list[Token], at: int) -> str | None:
    """The full name of the family name at ``at`` when a title marks it as a person's, though
    no lexicon knows the first name: "أنيس العياري اللاعب السابق", "العميد خالد ناصر
    الرزوقي"; then "وقال العياري" has a speaker."""
    first, family = tokens[at - 1], tokens[at]
    # The family name is a definite nisba ("العياري", "الرزوقي"), not itself a title ending
    # so ("ذكره المحامي"): the nisba shape keeps noun phrases out ("يضم المنتخب اللاعب").
    if not family.norm.endswith("ي") or apposition_title(family.text):
        return None
    if not first.text[0].isalpha() or not _first_name(first.norm):
        return None
    # A first name, the family name, then a title or trade in apposition: Arabic news
    # introduces a person as "name, title" ("أنيس العياري اللاعب السابق للمنتخب التونسي").
    after = tokens[at + 1] if at + 1 < len(tokens) else NO_TOKEN
    if apposition_title(after.text):
        return f"{first.text} {family.text}"
    # A rank or honorific, a first name, the father's name, the family name: Gulf and Arab
    # names are written in three parts after the rank ("العميد خالد ناصر الرزوقي").
    if at >= 3 and tokens[at - 3].norm in HONORIFICS | RANKS and _first_name(tokens[at - 2].norm):
        return " ".join(t.text for t in tokens[at - 2 : at + 1])
    return None


_SPOKESMEN = word_set("متحدث متحدثة المتحدث المتحدثة ناطق ناطقة الناطق الناطقة")


@cached(100_000)
def _first_name(word: str) -> bool:
    return (
        len(word) >= 3
        and not word.startswith(("ال", "و", "بال", "لل"))
        and word not in ARABIC
        and word not in SPEAKER_HEADS
        and word not in NOT_NAMES
        and not is_speech_verb(word)
    )
