"""The story list's rows, rendered once per story version and kept: the same bytes as the
list's own loop rendered them before, and a changed story rendered again."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

pytest.importorskip("httpx")  # TestClient needs it (a dev extra)
from fastapi.testclient import TestClient

from marsad.report.messages import Messages
from marsad.report.view import direction_of, outlet_name
from marsad.service.app import create_app
from marsad.service.web import _environment, _linker, _row_renderer
from marsad.store import Store, StoryRow

# The row as list.html.j2's loop wrote it before rows were rendered apart (the reference).
INLINE_ROW = """\
{% for item in rows %}
<li class="story-row" lang="{{ item.row.language }}" dir="{{ item.direction }}">
<a class="story-title" href="{{ link('/story/' ~ item.row.id) }}">{{ item.row.title|isolate(item.direction) }}</a>
<p class="meta" lang="{{ t.language }}" dir="{{ t.direction }}"><bdi>{{ t.count("article", item.row.article_count) }}</bdi> · <bdi>{{ t.count("outlet", item.outlets|length) }}</bdi>{% if item.row.first_published %} · {{ t("published") }} <bdi class="date" dir="ltr">{{ item.row.first_published.strftime("%Y-%m-%d") }}{% if item.row.last_published and item.row.last_published.date() != item.row.first_published.date() %} – {{ item.row.last_published.strftime("%Y-%m-%d") }}{% endif %}</bdi>{% endif %} · {{ t("updated") }} <bdi class="date" dir="ltr">{{ item.row.updated_at.strftime("%Y-%m-%d %H:%M") }} UTC</bdi>{% if item.row.storyline and item.row.storyline != item.row.id or filters.storyline %} · <a class="storyline" href="{{ link('/', storyline=item.row.storyline) }}">{{ t("storyline") }}</a>{% endif %}</p>
<p class="outlets">{% for outlet in item.outlets[:8] %}<bdi class="chip">{{ outlet }}</bdi> {% endfor %}{% if item.outlets|length > 8 %}<span class="meta">+{{ item.outlets|length - 8 }}</span>{% endif %}</p>
</li>
{% endfor %}
"""
_LIST = re.compile(r'<ol class="story-list">\n(.*?)</ol>', re.DOTALL)
_DAY = datetime(2018, 2, 11, 9, 30, tzinfo=UTC)


def _inline(rows: Sequence[StoryRow], t: Messages, storyline: str) -> str:
    items = [
        {
            "row": row,
            "direction": direction_of(row.language),
            "outlets": [outlet_name(o) for o in row.outlets],
        }
        for row in rows
    ]
    template = _environment().from_string(INLINE_ROW)
    return template.render(rows=items, t=t, link=_linker(t), filters={"storyline": storyline})


def _rows() -> list[StoryRow]:
    """Rows of every shape the row's markup branches on: either script and mixed titles,
    markup in a title, 0-12 outlets, dated or not, one day or several, in a storyline."""
    titles = (
        "شويغو: تنتهي مهمة قوات الأمن الجماعي في كازاخستان",
        'Protests in Almaty <b>&</b> "fuel" prices',
        "الأمم المتحدة UN تدعو إلى الحوار في 2018",
        "Talks on Syria: روسيا and Turkey",
    )
    rows = []
    for number in range(48):
        first = _DAY - timedelta(days=number % 5) if number % 3 else None
        rows.append(
            StoryRow(
                id=f"s{number:03d}",
                title=titles[number % len(titles)],
                language="ar" if number % 2 else "en",
                article_count=number % 13,
                outlets=tuple(f"outlet{k}.example" for k in range(number % 13)),
                created_at=_DAY - timedelta(days=6),
                updated_at=_DAY + timedelta(minutes=7 * number),
                first_published=first,
                last_published=first and first + timedelta(hours=30 * (number % 4)),
                storyline=("s000" if number % 4 == 1 else f"s{number:03d}") if number % 5 else "",
            )
        )
    return rows


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("storyline", ["", "s000"])
def test_rows_render_as_the_inline_loop_did(language: str, storyline: str) -> None:
    rows, t = _rows(), Messages(language)
    render = _row_renderer({})
    kept = "".join(f"{render(row, t, bool(storyline))}\n" for row in rows)
    assert kept == _inline(rows, t, storyline)


def test_the_list_page_has_the_inline_rows_byte_for_byte(store: Store) -> None:
    client = TestClient(create_app(store, cache=False))
    for q in ("", "كازاخستان", "شويغو"):
        for language in ("ar", "en"):
            page = client.get("/", params={"q": q, "lang": language}).text
            found = store.stories(q=q or None, limit=20).stories
            listed = _LIST.search(page)
            assert found and listed is not None
            assert listed.group(1) == _inline(found, Messages(language), "")


def test_a_row_is_kept_until_its_story_changes(store: Store) -> None:
    render = _row_renderer({})
    row, t = store.stories(limit=1).stories[0], Messages("en")
    first = render(row, t, False)
    assert render(row, t, False) is first  # kept, not rendered again
    grown = dataclasses.replace(
        row, article_count=row.article_count + 5, updated_at=row.updated_at + timedelta(hours=1)
    )
    again = render(grown, t, False)
    assert f"{row.article_count + 5} articles" in again and again != first
    assert render(row, Messages("ar"), False) != first  # each interface language apart
