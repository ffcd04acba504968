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
    claims = conflicts.first.locator(".claim")
    assert claims.count() >= 2
    first_box, second_box = claims.nth(0).bounding_box(), claims.nth(1).bounding_box()
    assert abs(first_box["y"] - second_box["y"]) < 5  # side by side
    assert first_box["x"] > second_box["x"]  # right to left: the first claim is on the right
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
