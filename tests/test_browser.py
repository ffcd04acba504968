"""The web page in headless Chromium (Debian's /usr/bin/chromium through Playwright)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import need_chromium
from marsad.ingest import load_articles
from marsad.model import Article
from marsad.newsroom import ingest
from marsad.report.messages import Messages
from marsad.settings import Settings
from marsad.store import Store, open_store

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
# Screenshots land here for people to look at (out/ is ignored by git).
SHOTS = Path(__file__).parents[1] / "out" / "test-screenshots"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    """The examples plus one English story, served by uvicorn on 127.0.0.1 in a thread."""
    need_chromium()
    from marsad.service.app import create_app
    from marsad.service.local import serve_in_thread

    store = open_store(str(tmp_path_factory.mktemp("browser") / "marsad.db"))
    ingest(store, list(load_articles([EXAMPLES], settings=Settings()).articles))
    english = Article(
        id="en-1",
        title="Floods kill twelve in the north",
        text="Floods hit the northern province on Monday, killing twelve people. "
        "Rescue teams used boats to reach villages cut off by the river.",
        source="Wire A",
        lang="en",
    )
    ingest(store, [english])
    try:
        with serve_in_thread(create_app(store)) as base:
            yield base, store
    finally:
        store.close()


def _story_id(store: Store, language: str) -> str:
    return store.stories(language=language).stories[0].id


def test_story_page_shows_summary_sources_and_disagreements(
    site: tuple[str, Store], browser: Any
) -> None:
    base, store = site
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    page.goto(f"{base}/story/{_story_id(store, 'ar')}")
    story = page.locator("article.story")
    assert story.get_attribute("dir") == "rtl"
    assert (
        page.evaluate("getComputedStyle(document.querySelector('article.story')).direction")
        == "rtl"
    )
    assert page.locator("h1").inner_text().startswith("شويغو")
    sentences = page.locator("li.summary-sentence")
    assert sentences.count() >= 3
    assert page.locator("li.summary-sentence.corroborated").count() >= 1
    chip = sentences.first.locator("details.source summary").first
    quote = sentences.first.locator("blockquote.source-sentence").first
    assert not quote.is_visible()
    chip.click()
    assert quote.is_visible() and len(quote.inner_text()) > 40
    conflicts = page.locator("li.discrepancy.conflict")
    assert conflicts.count() >= 1
    claims = conflicts.first.locator("tr.claim")
    assert claims.count() >= 2
    first_box, second_box = claims.nth(0).bounding_box(), claims.nth(1).bounding_box()
    assert first_box["y"] < second_box["y"]  # one claim per row of the table
    value, sentence = claims.first.locator("td").first, claims.first.locator("td").last
    assert value.bounding_box()["x"] > sentence.bounding_box()["x"]  # right to left
    assert page.locator("ol.timeline.drawn li").count() >= 2
    assert page.locator("dl.entities dd").count() >= 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "story-ar.png"), full_page=True)
    page.close()


def test_source_link_highlights_the_sentence_in_its_article(
    site: tuple[str, Store], browser: Any
) -> None:
    base, store = site
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(f"{base}/story/{_story_id(store, 'ar')}")
    page.locator("details.source summary").first.click()
    page.locator("a.in-article").first.click()
    page.wait_for_load_state()
    target = page.locator(".sentence:target")
    assert target.count() == 1 and len(target.inner_text()) > 40
    page.screenshot(path=str(SHOTS / "article-ar.png"))
    page.close()


def test_list_search_and_phone_width(site: tuple[str, Store], browser: Any) -> None:
    base, _store = site
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base + "/")
    assert page.locator("li.story-row").count() == 2
    page.fill("input[name=q]", "كازاخستان")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    rows = page.locator("li.story-row")
    assert rows.count() == 1 and rows.first.get_attribute("dir") == "rtl"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # no sideways scrolling on a phone
    page.screenshot(path=str(SHOTS / "list-phone.png"), full_page=True)
    page.goto(base + "/?language=en")
    page.locator("a.story-title").first.click()
    page.wait_for_load_state()
    assert page.locator("article.story").get_attribute("dir") == "ltr"
    page.screenshot(path=str(SHOTS / "story-en-phone.png"), full_page=True)
    page.close()


OUTLET_NAMES = {"مصدر أ", "أردو بوينت", "مصدر ب", "مصدر ج", "الجزيرة"}


def _biggest(store: Store) -> Any:
    """The Arabic story with the most articles (the example's outlets, by name)."""
    return max(store.stories(language="ar").stories, key=lambda row: row.article_count)


def _no_csp_violations(page: Any) -> list[str]:
    """Collects the console's Content-Security-Policy complaints while the page is used."""
    complaints: list[str] = []
    page.on(
        "console",
        lambda message: (
            complaints.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return complaints


def test_story_page_is_arabic_first_with_outlet_names_and_pictures(
    site: tuple[str, Store], browser: Any
) -> None:
    base, store = site
    row = _biggest(store)
    page = browser.new_page(viewport={"width": 1000, "height": 1400})
    complaints = _no_csp_violations(page)
    page.goto(f"{base}/story/{row.id}")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    headings = page.locator("h2").all_inner_texts()
    assert headings[0] == "الملخص" and "المقالات" in headings and "من يذكر ماذا" not in headings
    # The summary comes before the article list.
    summary_top = page.locator("ol.summary").bounding_box()["y"]
    assert summary_top < page.locator("ul.articles").bounding_box()["y"]
    # Outlet names from the example's sources.json, never file names.
    text = page.locator("body").inner_text()
    assert set(row.outlets) <= OUTLET_NAMES and all(outlet in text for outlet in row.outlets)
    assert "305ec36cb8c8ae82" not in text
    t = Messages("ar")
    assert t.count("article", row.article_count) in text
    assert t.count("outlet", len(row.outlets)) in text
    # The agreement grid: one cell per outlet and summary sentence, filled where it states it.
    sentences = page.locator("li.summary-sentence")
    chips = [s.locator("summary.chip").count() for s in sentences.all()]
    grid = page.locator("figure.agreement svg")
    assert grid.locator("rect.cell").count() == len(row.outlets) * sentences.count()
    assert grid.locator("rect.cell.on").count() == sum(chips)
    first_column = grid.locator("text.head").first
    assert first_column.text_content() == "1"
    last_column = grid.locator("text.head").last
    # Right to left: the first sentence's column is the rightmost.
    assert first_column.bounding_box()["x"] > last_column.bounding_box()["x"]
    titles = grid.locator("rect.cell.on title").all_text_contents()
    assert any(title.endswith("يذكر الجملة 1") for title in titles)
    # The timeline: event days and publication days on one axis.
    timeline = page.locator("figure.timeline-chart svg")
    assert timeline.locator("circle.event").count() >= 2
    assert timeline.locator("rect.published").count() >= 3
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "story-ar-pictures.png"), full_page=True)
    grid.screenshot(path=str(SHOTS / "grid-ar.png"))
    page.locator("ul.discrepancies").screenshot(path=str(SHOTS / "disagreements-ar.png"))
    # Again from the browser's cache (a 304): the page keeps its own policy and its stylesheet.
    page.reload()
    assert page.evaluate("getComputedStyle(document.body).fontSize") == "17px"
    assert complaints == []
    page.close()


def test_english_switch_keeps_the_language_across_links(
    site: tuple[str, Store], browser: Any
) -> None:
    base, store = site
    row = _biggest(store)
    page = browser.new_page(viewport={"width": 1000, "height": 1400})
    complaints = _no_csp_violations(page)
    page.goto(f"{base}/story/{row.id}")
    page.click("a.lang-switch")
    page.wait_for_load_state()
    assert page.url.endswith("?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("html").get_attribute("dir") == "ltr"
    # The interface is English; the Arabic story stays right to left.
    assert page.locator("h2").first.inner_text() == "Summary"
    assert page.locator("article.story").get_attribute("dir") == "rtl"
    meta = page.locator("article.story > p.meta").first
    english = Messages("en")
    assert meta.get_attribute("dir") == "ltr"
    assert english.count("article", row.article_count) in meta.inner_text()
    assert "Disagreements" in page.locator("h2").all_inner_texts()
    titles = page.locator("figure.agreement rect.cell.on title").all_text_contents()
    assert any(title.endswith("states sentence 1") for title in titles)
    page.screenshot(path=str(SHOTS / "story-en-interface.png"), full_page=True)
    # Links keep the language: the brand leads to the English list, and back again.
    page.click("a.brand")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("button[type=submit]").inner_text() == "Search"
    stories = store.stories().total
    assert english.count("story", stories) in page.locator("p.counts").inner_text()
    page.screenshot(path=str(SHOTS / "list-en.png"), full_page=True)
    page.click("a.lang-switch")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "ar"
    counts = page.locator("p.counts").inner_text()
    assert Messages("ar").count("story", stories) in counts  # قصتان, 3 قصص, …
    assert complaints == []
    page.close()
