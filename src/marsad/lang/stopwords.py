"""Function words left out of matching terms. Our own short lists: the common Arabic
stop-word packages are GPL. Arabic entries are normalized when loaded (see arabic.normalize)."""

from __future__ import annotations

from marsad.lang.arabic import normalize

_ARABIC_WORDS = """
في من على الى عن مع ان او ام ثم لا لم لن ما ماذا هل قد كان كانت يكون تكون كانوا
هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللواتي هو هي هم هن انا نحن انت انتم
له لها لهم لهن به بها بهم فيه فيها فيهم منه منها منهم عليه عليها عليهم اليه اليها اليهم
عند عندما حتى اذا اذ اي كل بعض غير بين بعد قبل خلال حيث كما لكن لان و ف ب ل ك
وفي ومن وعلى والى وعن ومع وان وقد ولا ولم ولن وما وهو وهي وهم وكان وكانت وهذا وهذه
بان بانه بانها انه انها لانه كذلك ايضا فقط منذ لدى لدي نحو دون ضد عبر اما الا الي
مثل وذلك هناك هنا وقال وقالت قال قالت يوم اليوم امس
"""

_ENGLISH_WORDS = """
a an the and or but if of to in on at by for with from as is are was were be been being
it its this that these those he she they them his her their we our you your i me my
not no nor so than then there here also has have had do does did will would can could
shall should may might must into over after before about against between during under
said says say who whom which what when where why how all any both each few more most
other some such only own same too very just
"""

ARABIC = frozenset(normalize(word) for word in _ARABIC_WORDS.split())
ENGLISH = frozenset(_ENGLISH_WORDS.split())


def stopwords_for(language: str) -> frozenset[str]:
    """The stop-word set of a language code ("ar", "en"); empty for others."""
    return {"ar": ARABIC, "en": ENGLISH}.get(language, frozenset())
