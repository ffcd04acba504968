"""Which sentences of a story a summary may lean on: not an article far from the story's centre
(another event's article the clustering let in), not a one-line flash that only repeats its
title, not a programme's blurb (``usable``, ``broadcast``); a sentence sharing no term with
the story's other articles, or background in the reporter's words ("يذكر أن …", "وكان … قد …",
a year long past), only when nothing else fits (``peripheral``, ``background``). A far sentence
another article states too (``StoryText.same_fact`` or ``states``) is not far: the fact belongs
to the story; a flash is still a flash (another article's lead tells it as a sentence)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta

import numpy as np
from scipy.sparse import csr_matrix

from marsad.summarize.base import StoryText

# An article is far from the story when the cosine of its TF-IDF sum to the sum of the other
# articles' (each normalised) is below this; only with at least ``MIN_ARTICLES`` articles, since
# with two neither is the centre.
FAR_ARTICLE = 0.2
MIN_ARTICLES = 3
# An article of fewer sentences has too few words to be judged (a video's one-line caption).
JUDGED_SENTENCES = 3
# An article whose lead states a fact another article states is on the story.
LEAD = 2
# ... unless only its lead is tied to the other (no lead of the other states one of its facts)
# and the two were published this far apart: the pair classifier ties the leads of two events
# of one actor (Isco's remark and a dressing-room quarrel two days later; Erdogan on Afrin and
# on drone tanks; an Israeli jailed and an American arrested for trying to join IS, February).
APART = timedelta(hours=24)
# A sentence is far from the story's key terms (terms of at least two of its articles) when
# fewer than this share of its terms are key terms: none (0.2 moved out 121 February summary
# sentences, most of them an outlet's own detail of the event).
FAR_SENTENCE = 0.01
# A one-sentence article whose sentence has this share of its words in the title is a flash.
FLASH_TITLE_SHARE = 0.6
_WORD = re.compile(r"\w+")
# Background a reporter adds after the news (issue 19, eighth round; the February digest's
# summary sentences read): a note ("يذكر أن", "تجدر الإشارة"), a turn to another matter ("من
# جهة أخرى"), the pluperfect ("وكان … قد تزوجا في 2015", "وكانت منال … أبهرت"). "وذكر" (he
# said) and "في وقت سابق" (often earlier the same day) are news, not background.
_BACKGROUND = re.compile(
    r"^\W*(?:و|ف)?(?:يذكر|يُذكر|الجدير بالذكر|جدير بالذكر|تجدر الإشارة|يشار)\s"
    r"|^\W*و?(?:من جهة أخرى|من ناحية أخرى|على صعيد آخر|في سياق آخر|في سياق منفصل|في شأن آخر)"
    r"|^\W*(?:it is worth noting|notably)\b",
    re.IGNORECASE,
)
# The pluperfect is "كان … قد" + a past verb: "وكانت الطائرة تقوم برحلة بين طهران وياسوج" (the
# crashed plane's route, February gold) is the event told in the past progressive.
_PLUPERFECT = re.compile(
    r"^\W*و?(?:كان|كانت|كانوا)\s(?:\S+\s){0,6}?قد\s|^\W*previously\b", re.IGNORECASE
)
# A year at least this many years before the article's is background ("تزوجت … في العام 2000",
# "خطف 276 تلميذة … 2014"), as is the pluperfect; last year is often the news in February (a
# year's results).
PAST_YEARS = 2
_YEAR = re.compile(r"(?<![\d٠-٩])(?:19|20|١٩|٢٠)[\d٠-٩]{2}(?![\d٠-٩])")
# "Since 1973" dates a record the news sets ("أكبر لاعب يتصدر التصنيف منذ انطلاقه في 1973"): not
# a past event.
_SINCE_YEAR = re.compile(
    r"(?:منذ|since)\s+(?:\w+\s+){0,2}?(?:في\s+|عام\s+|العام\s+|سنة\s+)?"
    r"(?:19|20|١٩|٢٠)[\d٠-٩]{2}",
    re.IGNORECASE,
)
# A sentence dated by a weekday or "today" tells the news even when it names a past year or is
# in the pluperfect ("أكثر الصدامات جدية منذ … عام 2014، وقد قتل … ليلة السبت"; "وكانت قوات
# الأمن قد ألقت القبض على أبو الفتوح مساء أمس").
CURRENT_DAY = re.compile(
    r"اليوم|أمس|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الجاري|الحالي"
    r"|\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# A sentence that describes a broadcast, not the news (issue 19, ninth round): an episode and
# its guests (an opening "في هذه الحلقة": "won in this episode" is a contest's news; "نستضيف",
# "نناقش", "يناقش البرنامج"), a show's slot ("الذي يبث على شاشة"), an invitation to watch
# ("تابعوا …" opening), a guest who "will tell us" ("سيروي لنا"). February: Al Arabiya's "مرايا"
# promos ("حلقة جديدة يقدمها الزميل …"), France 24's "في هذا العدد من برنامج حدث اليوم".
_BROADCAST = re.compile(
    r"^\W*و?(?:في|خلال) هذه الحلقة|في هذا العدد من برنامج|حلقة جديدة يقدمها|حلقة اليوم من برنامج"
    r"|(?:^|\s)(?:و|ف)?(?:نستضيف|نناقش|نسلط الضوء|نتناول)\s"
    r"|(?:يناقش|يستضيف|يتناول|يسلط)\s+البرنامج|(?:تناقش|تستضيف|تتناول)\s+الحلقة"
    r"|ضيفا? الحلقة|ضيوف الحلقة|ضيف البرنامج|ضيوف البرنامج|الذي يبث على شاشة|يبث على شاشة"
    r"|^\W*(?:تابعوا|شاهدوا)\s|(?:^|\s)س?(?:يروي|تروي|يحكي|تحكي) لنا|^\W*و?س?(?:يحدثنا|تحدثنا)\s"
    r"|\bin this (?:episode|edition|programme|program)\b|\bour guests?\b|^\W*(?:watch|join us)\b",
    re.IGNORECASE,
)
# Every ``_BROADCAST`` pattern holds one of these words: the pattern is searched only where one
# is (the search over every sentence cost a tenth of summarize() on a February week).
_BROADCAST_WORDS = (
    "حلقة", "برنامج", "نستضيف", "نناقش", "نسلط", "نتناول", "تابعوا", "شاهدوا", " لنا", "حدثنا",
    "شاشة", "episode", "edition", "program", "guest", "watch", "join",
)  # fmt: skip
# Any of them in a lower-cased sentence, in one search (four times faster than a test per word).
_BROADCAST_HINT = re.compile("|".join(map(re.escape, _BROADCAST_WORDS)))


def usable(story: StoryText, scores: np.ndarray | None = None) -> np.ndarray:
    """Mask of the sentences a summary may use: not those of a far article that no other
    article states, not a flash, not a programme's blurb (``broadcast``; a story of blurbs
    alone falls back on every eligible sentence in ``select``). With ``scores``, of two far
    articles (two events glued) the one holding the best-scoring sentence is the story's."""
    articles = [s.article for s in story.sentences]
    names = list(dict.fromkeys(articles))
    if len(names) < 2:
        blurb: np.ndarray = ~broadcast(story)
        return blurb
    if len(names) == 2 and scores is not None:
        far = _far_pair(story, articles, scores)
    else:
        far = _far_articles(story, articles, names)
    mask: np.ndarray = ~_unless_stated(story, far) & ~_flashes(story) & ~broadcast(story)
    return mask


def broadcast(story: StoryText) -> np.ndarray:
    """Mask of the sentences that describe a broadcast (``_BROADCAST``: an episode, its
    guests, a show's slot, "watch …"): a programme's blurb gives no summary sentence, least
    of all the opening ("إعداد توفيق مجيد في هذا العدد من برنامج حدث اليوم …", France 24)."""
    return np.array([_describes_broadcast(s.text) for s in story.sentences], dtype=bool)


def _describes_broadcast(text: str) -> bool:
    """True when a sentence matches ``_BROADCAST`` (searched only where a word of it is)."""
    lower = text.lower()
    return bool(_BROADCAST_HINT.search(lower)) and bool(_BROADCAST.search(text))


def peripheral(story: StoryText) -> np.ndarray:
    """Mask of the sentences none of whose terms another article of the story has (and that
    no other article states): chosen only after every other sentence was considered. On
    February, 9 of the 12 summary sentences it moved out were asides or fragments ("حسب ما
    نقلت وكالة الصحافة الفرنسية.", "وينكر الطرفان جميع الادعاءات …"); banning them outright
    would also drop an outlet's own detail when the budget has room."""
    articles = [s.article for s in story.sentences]
    if len(set(articles)) < 2:
        return np.zeros(len(articles), dtype=bool)
    return _unless_stated(story, _far_sentences(story, articles))


def _unless_stated(story: StoryText, far: np.ndarray) -> np.ndarray:
    """``far`` without the sentences another, not far, article states too."""
    rows = np.flatnonzero(far)
    if not rows.size:
        return far
    articles = story.article_numbers
    stated = story.same_fact[rows] | (story.states[rows] >= story.attribution_threshold)
    others = (articles[None, :] != articles[rows, None]) & ~far[None, :]
    kept = far.copy()
    kept[rows] = ~(stated & others).any(axis=1)
    return kept


def article_closeness(story: StoryText) -> dict[str, float]:
    """Each article's cosine to the centroid of the story's other articles (TF-IDF sums)."""
    articles = [s.article for s in story.sentences]
    names = list(dict.fromkeys(articles))
    if len(names) < 2:
        return dict.fromkeys(names, 1.0)
    sums = np.asarray((_members(articles) @ story.vectors).todense())
    sums /= np.linalg.norm(sums, axis=1, keepdims=True) + 1e-12
    total = sums.sum(axis=0)
    closeness = {}
    for n, name in enumerate(names):
        others = total - sums[n]
        closeness[name] = float(sums[n] @ others / (np.linalg.norm(others) + 1e-12))
    return closeness


def _members(articles: list[str]) -> csr_matrix:
    """Articles × sentences: 1 where the sentence is the article's (articles in story order)."""
    names = list(dict.fromkeys(articles))
    number = {name: n for n, name in enumerate(names)}
    rows = np.array([number[a] for a in articles])
    return csr_matrix(
        (np.ones(len(articles)), (rows, np.arange(len(articles)))),
        shape=(len(names), len(articles)),
    )


def _far_articles(story: StoryText, articles: list[str], names: list[str]) -> np.ndarray:
    """Sentences of articles far from the others (``FAR_ARTICLE``) none of whose sentences
    states a fact another article states: a short video piece on the event is far by its words
    but its lead states the event."""
    if len(names) < MIN_ARTICLES:
        return np.zeros(len(articles), dtype=bool)
    closeness = article_closeness(story)
    length = Counter(articles)
    low = np.array(
        [closeness[a] < FAR_ARTICLE and length[a] >= JUDGED_SENTENCES for a in articles],
        dtype=bool,
    )
    if not low.any():
        return low
    anchored = _tied(story)
    far: np.ndarray = low & np.array([a not in anchored for a in articles], dtype=bool)
    return far


def _anchored(story: StoryText) -> set[str]:
    """The articles one of whose lead sentences (``LEAD``) states a fact another article
    states: far by their words, they still tell the story's event."""
    shares: list[bool] = np.asarray(story.same_fact.any(axis=1), dtype=bool).tolist()
    return {
        s.article
        for s, shared in zip(story.sentences, shares, strict=True)
        if shared and s.index < LEAD
    }


def _tied(story: StoryText) -> set[str]:
    """The ``_anchored`` articles that tell the story's event: one whose lead states a fact of
    an article whose lead states one of its own facts, or of an article published within
    ``APART`` of it (or undated). A lead tied one way to an article a day or more apart is
    another event of the same actor the pair classifier read as one."""
    anchored = _anchored(story)
    if not anchored:
        return anchored
    articles = np.array([s.article for s in story.sentences])
    leads = np.array([s.index < LEAD for s in story.sentences], dtype=bool)
    published = {d.id: d.article.published for d in story.documents}
    tied = set()
    for name in anchored:
        own = articles == name
        partners = set(articles[story.same_fact[own & leads].any(axis=0)].tolist()) - {name}
        back = set(articles[story.same_fact[own].any(axis=0) & leads].tolist()) - {name}
        if partners & back or any(_near(published[name], published[p]) for p in partners):
            tied.add(name)
    return tied


def _near(one: datetime | None, other: datetime | None) -> bool:
    """True when two publication times are within ``APART`` of each other, or one is unknown."""
    return one is None or other is None or abs(one - other) < APART


def background(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that give background, not the news
    (``_BACKGROUND``; or, without a weekday or "today", the pluperfect or only years
    ``PAST_YEARS`` or more before the article's, "since" years aside), in stories of two
    articles or more, unless another article states it too (the February gold's annotators
    counted background several outlets carry, "Egypt signed the first peace treaty in 1979",
    as a unit): chosen only after the news, as ``peripheral``. A toll is no exemption:
    "وكان حاجز التفتيش … تعرض لهجوم انتحاري أسفر عن سقوط ستة قتلى في 25 كانون الثاني" is an
    earlier attack's."""
    found = np.zeros(len(story.sentences), dtype=bool)
    if len(story.documents) < 2:  # one article's summary is its own (EASC R1 0.495 -> 0.484)
        return found
    year = {d.id: d.article.published.year for d in story.documents if d.article.published}
    for n, sentence in enumerate(story.sentences):
        if sentence.index and story.eligible[n]:  # the lead tells the news
            found[n] = _reads_as_background(sentence.text, year.get(sentence.article))
    rows = np.flatnonzero(found)
    if rows.size:  # what another outlet states too is what outlets carry, not an aside
        articles = story.article_numbers
        stated = story.same_fact[rows] | (story.states[rows] >= story.attribution_threshold)
        found[rows] = ~(stated & (articles[None, :] != articles[rows, None])).any(axis=1)
    return found


def _reads_as_background(text: str, published: int | None) -> bool:
    """True when a sentence reads as background by its own words (``background``'s rules;
    ``published``: its article's year, None when unknown)."""
    if _BACKGROUND.search(text):
        return True
    if past_years(text, published) or _PLUPERFECT.search(text):
        return not CURRENT_DAY.search(text)
    return False


def past_years(text: str, published: int | None) -> bool:
    """True when the years a sentence names, "since" years aside, are all ``PAST_YEARS`` or
    more before its article's."""
    if not published or not _YEAR.search(text):  # most sentences name no year
        return False
    years = [int(y.translate(_DIGITS)) for y in _YEAR.findall(_SINCE_YEAR.sub("", text))]
    return bool(years) and max(years) <= published - PAST_YEARS


def _far_pair(story: StoryText, articles: list[str], scores: np.ndarray) -> np.ndarray:
    """Sentences of the second of two articles far from each other (``FAR_ARTICLE``), each of
    at least ``JUDGED_SENTENCES`` sentences, neither's lead stating a fact the other states:
    two events glued (Boko Haram's kidnapping in Nigeria and its raids in Cameroon; Erdogan
    on Afrin and on drone tanks, February). The first is the one of the best-scoring sentence
    the summary may use."""
    far = np.zeros(len(articles), dtype=bool)
    length = Counter(articles)
    if min(length.values()) < JUDGED_SENTENCES:
        return far
    if _pair_cosine(story, articles) >= FAR_ARTICLE:
        return far
    if _tied(story):
        return far
    ranked = np.where(story.eligible, scores, -np.inf)
    centre = articles[int(np.argmax(ranked))]
    return np.array([a != centre for a in articles], dtype=bool)


def _pair_cosine(story: StoryText, articles: list[str]) -> float:
    """``article_closeness`` of either of two articles: the cosine of their normalised TF-IDF
    sums, on the dense vectors when the story has them (most two-article stories; scipy's
    sparse products cost more than the arithmetic)."""
    first = np.array([a == articles[0] for a in articles], dtype=bool)
    if story.dense is not None:
        one, two = story.dense[first].sum(axis=0), story.dense[~first].sum(axis=0)
    else:
        one = np.asarray(story.vectors[first].sum(axis=0)).ravel()
        two = np.asarray(story.vectors[~first].sum(axis=0)).ravel()
    norms = (np.linalg.norm(one) + 1e-12) * (np.linalg.norm(two) + 1e-12)
    return float(one @ two / norms)


def _far_sentences(story: StoryText, articles: list[str]) -> np.ndarray:
    """Sentences few of whose terms appear in another article of the story (dense when the
    story's vectors are: scipy's sparse products cost more than the arithmetic there)."""
    starts = np.flatnonzero([n == 0 or a != articles[n - 1] for n, a in enumerate(articles)])
    if story.dense is not None and len(starts) == len(set(articles)):  # articles contiguous
        dense = story.dense > 0
        in_articles = np.logical_or.reduceat(dense, starts, axis=0).sum(axis=0)
        key = dense @ (in_articles > 1)
        total = dense.sum(axis=1)
    else:
        present = (story.vectors > 0).astype(float)
        in_articles = np.asarray(((_members(articles) @ present) > 0).sum(axis=0)).ravel()
        key = np.asarray(present @ (in_articles > 1).astype(float)).ravel()
        total = np.asarray(present.sum(axis=1)).ravel()
    has_terms = np.array([bool(s.terms) for s in story.sentences])
    far: np.ndarray = has_terms & (key < FAR_SENTENCE * total)
    return far


def _flashes(story: StoryText) -> np.ndarray:
    """The sentence of an article that is one sentence repeating its title."""
    flash = np.zeros(len(story.sentences), dtype=bool)
    count = Counter(s.article for s in story.sentences)
    bodies = {d.id: d for d in story.documents}
    for n, sentence in enumerate(story.sentences):
        if count[sentence.article] > 1:
            continue
        document = bodies[sentence.article]
        if sentence.text.strip() != document.body.strip():
            continue
        words = _WORD.findall(sentence.text)
        title = set(_WORD.findall(document.article.title))
        if words and sum(w in title for w in words) / len(words) >= FLASH_TITLE_SHARE:
            flash[n] = True
    return flash
