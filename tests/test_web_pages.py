"""The web page's interface language: Arabic first, English on request, kept across links."""

from __future__ import annotations

import pytest

pytest.importorskip("httpx")  # TestClient needs it (a dev extra)
from fastapi.testclient import TestClient

from marsad.report.messages import Messages
from marsad.service.app import create_app
from marsad.store import Store


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def _story_id(client: TestClient) -> str:
    return str(client.get("/stories").json()["stories"][0]["id"])


def test_pages_are_arabic_unless_english_is_asked_for(client: TestClient) -> None:
    story = _story_id(client)
    arabic = client.get(f"/story/{story}").text
    assert '<html lang="ar" dir="rtl">' in arabic
    assert ">الملخص</h2>" in arabic and ">Summary</h2>" not in arabic
    assert '<dt lang="ar">أشخاص</dt>' in arabic  # entity types in the interface language
    assert f'<a class="lang-switch" href="/story/{story}?lang=en" hreflang="en"' in arabic
    english = client.get(f"/story/{story}", params={"lang": "en"}).text
    assert '<html lang="en" dir="ltr">' in english and ">Summary</h2>" in english
    assert f'<a class="lang-switch" href="/story/{story}" hreflang="ar"' in english
    # The story's own text keeps its direction whatever the interface.
    assert f'id="story-{story}" lang="ar" dir="rtl"' in english
    # Links keep the language; an unknown one is Arabic.
    assert 'href="/?lang=en" class="brand"' in english
    assert 'href="/article/' in english and "?lang=en#s" in english
    assert '<html lang="ar" dir="rtl">' in client.get("/", params={"lang": "xx"}).text


def test_the_list_counts_in_the_interface_language(client: TestClient) -> None:
    listed = client.get("/stories").json()
    stories, articles = len(listed["stories"]), listed["stories"][0]["article_count"]
    arabic = client.get("/").text
    for t, page in ((Messages("ar"), arabic), (Messages("en"), client.get("/?lang=en").text)):
        assert f"<bdi>{t.count('story', stories)}</bdi>" in page
        assert f"<bdi>{t.count('article', articles)}</bdi>" in page
    assert "<bdi>قصة واحدة</bdi>" in client.get("/", params={"q": "شويغو"}).text
    english = client.get("/", params={"lang": "en", "q": "كازاخستان"}).text
    assert '<input type="hidden" name="lang" value="en">' in english  # a search stays English
    assert '<a class="lang-switch" href="/?q=%D9%83' in english  # the switch keeps the search


def test_each_language_is_its_own_cached_page_and_a_304_keeps_the_policy(
    client: TestClient,
) -> None:
    story = _story_id(client)
    arabic = client.get(f"/story/{story}")
    english = client.get(f"/story/{story}", params={"lang": "en"})
    assert arabic.headers["etag"] != english.headers["etag"]
    again = client.get(f"/story/{story}", headers={"If-None-Match": arabic.headers["etag"]})
    assert again.status_code == 304
    # A browser merges a 304's headers into its copy: the page's policy, not the API's.
    assert again.headers["content-security-policy"] == arabic.headers["content-security-policy"]
    assert "style-src 'self'" in again.headers["content-security-policy"]


def test_missing_pages_isolate_the_id_in_the_interface_language(client: TestClient) -> None:
    missing = client.get("/story/nope", params={"lang": "en"})
    assert missing.status_code == 404
    assert '<bdi class="ident">nope</bdi> is not in this store.' in missing.text
    arabic = client.get("/article/nope").text
    assert "لا يوجد مقال بهذا المعرّف" in arabic and '<bdi class="ident">nope</bdi>' in arabic
