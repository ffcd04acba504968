"""Normalization, language detection and matching terms."""

import re

from hypothesis import given
from hypothesis import strategies as st

from marsad.lang.arabic import (
    light_normalize,
    normalize,
    normalize_digits,
    strip_invisible,
    written_pattern,
)
from marsad.lang.detect import detect_language, dominant_script
from marsad.lang.terms import terms, tokens


def test_alef_forms_become_bare_alef() -> None:
    assert normalize("أإآٱ") == "اااا"


def test_yeh_teh_marbuta_and_hamza_carriers() -> None:
    assert normalize("مستشفى الجامعة مؤتمر رئيس") == normalize("مستشفي الجامعه موتمر رييس")


def test_diacritics_and_tatweel_removed() -> None:
    assert normalize("أُرسِلَتْ جـــنودٌ") == "ارسلت جنود"


def test_arabic_indic_and_persian_digits() -> None:
    assert normalize("٢٠٣٠ جندي و۱۶۴ شخصا") == "2030 جندي و164 شخصا"
    assert normalize_digits("١٠ أيام") == "10 أيام"


def test_arabic_punctuation_and_quotes() -> None:
    assert normalize("قال: «انتهت»، ثم؟ “نعم”؛") == 'قال: "انتهت", ثم? "نعم";'


def test_invisible_and_bidi_controls_removed() -> None:
    spoofed = "كازاخ\u200dستان\u202e\ufeff"
    assert strip_invisible(spoofed) == "كازاخستان"
    assert normalize(spoofed) == "كازاخستان"


def test_light_normalize_keeps_teh_marbuta_for_the_stemmer() -> None:
    assert light_normalize("الكازاخستانيّة أُرسلت") == "الكازاخستانية ارسلت"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


def test_clitics_share_a_stem() -> None:
    # A lone ل is left on purpose by Snowball: it is often a root letter (لبنان).
    forms = ["كازاخستان", "وكازاخستان", "بكازاخستان", "فكازاخستان", "وبكازاخستان"]
    assert len({terms(form, "ar") for form in forms}) == 1


def test_stop_words_are_not_terms() -> None:
    assert terms("في هذا الذي من على", "ar") == ()
    assert terms("the forces of the state", "en") == ("forc", "state")


def test_tokens_keep_arabic_letters_and_digits() -> None:
    assert tokens("قُتل ١٦٤ شخصاً.") == ["قتل", "164", "شخصا"]


def test_language_detection() -> None:
    assert detect_language("أعلنت وزارة الدفاع الروسية أن قوات بقيادة روسيا بدأت انسحابها") == "ar"
    assert detect_language("Russia says its troops have started to leave Kazakhstan today") == "en"
    assert detect_language("ok", default="ar") == "ar"


def test_dominant_script() -> None:
    assert dominant_script("Russia sends peacekeeping forces") == "latin"
    assert dominant_script("ذا فويس The Voice برنامج المسابقات") == "arabic"
    assert dominant_script("2022 - 11") is None


@given(st.lists(st.text().map(lambda s: " ".join(s.splitlines())), max_size=5))
def test_normalize_lines_is_normalize_of_each_line(lines: list[str]) -> None:
    from marsad.lang.arabic import normalize_lines

    assert normalize_lines(lines) == [normalize(line) for line in lines]


@given(st.text(alphabet="abcXYZé ابتثجحخ١٢ .،-", max_size=40))
def test_dominant_script_agrees_with_the_letter_counts(text: str) -> None:
    from marsad.lang.arabic import script_profile
    from marsad.lang.detect import dominant_script

    arabic, latin = script_profile(text)
    expected = None if arabic == latin == 0 else ("arabic" if arabic >= latin else "latin")
    assert dominant_script(text) == expected


def test_short_texts_normalize_as_the_chain_of_steps_does_for_every_character() -> None:
    # Words and names take one str.translate (SHORT_TEXT): the same form as the steps give,
    # for each character on its own, after a letter (combining marks compose) and in a word.
    from marsad.lang.arabic import SHORT_TEXT, _nfkc, _normalize_steps

    # Surrogates cannot be encoded; past the basic plane each character is tested alone.
    codes = [*range(0xD800), *range(0xE000, 0x110000)]
    texts = [chr(code) if code > 0xFFFF else f"ا{chr(code)}و{chr(code)}ة" for code in codes]
    assert max(map(len, texts)) <= SHORT_TEXT
    fast = list(map(normalize, texts))
    assert fast == [_normalize_steps(_nfkc(text)) for text in texts]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=24))
def test_short_texts_normalize_as_the_chain_of_steps_does(text: str) -> None:
    from marsad.lang.arabic import _nfkc, _normalize_steps

    assert normalize(text) == _normalize_steps(_nfkc(text))


_MARKED = st.text(
    alphabet="أإآىةؤئابت ١٢xY\u0640\u064b\u0651\u0670\u06d6\u200d\u202e\ufeff\u00ad\n", max_size=80
)


@given(_MARKED)
def test_matching_forms_drop_what_each_step_dropped(text: str) -> None:
    # One pass drops the invisible marks, the diacritics and the tatweel: as the three steps
    # one after another did.
    import re
    import unicodedata

    diacritics = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
    nfkc = unicodedata.normalize("NFKC", text)
    stepped = diacritics.sub("", strip_invisible(nfkc)).replace("\u0640", "")
    alef = stepped.translate(str.maketrans("أإآٱ", "اااا"))
    assert light_normalize(text) == alef.translate(str.maketrans("١٢", "12"))
    assert normalize(text) == normalize(stepped)


def test_written_pattern_finds_a_normalized_phrase_as_written() -> None:
    # Every spelling normalize folds to the form, with diacritics or tatweel inside; not another
    # word ("أخرى" normalizes to "اخري").
    pattern = re.compile(written_pattern(normalize("كلمة أخيرة ٣")))
    for written in ("كلمة أخيرة ٣", "كلمـة   أخيرة 3", "كلمه اخيره ۳", "كلمةٌ إخيرة ٣"):
        assert pattern.fullmatch(written), written
        assert normalize(written) == normalize("كلمة أخيرة ٣")
    assert not pattern.fullmatch("كلمة أخرى ٣")
