"""Totals and facets are counted under a time limit: a count is exact only when counting ended,
and then equals the claims the query finds; past the limit the API, the search page and the
library say "at least", never a bare number. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from exoatlas import Atlas, atlas_queries
from exoatlas.api import get_app
from exoatlas.store import ClaimFilter, query
from exoatlas.store.dialect import deadline

SEARCHES: list[dict[str, str]] = [
    {"text": "exosomes"},
    {"text": "tumor growth"},
    {"text": "exosomes", "role": "anti_tumor"},
    {"text": "cells", "source": "BM-MSC"},
    {"role": "pro_tumor"},
    {"cargo": "miR-21"},
]


@pytest.fixture(params=["few", "many"])
def text_plan(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both plans for words: few matching sentences (fetched), and many (the unordered count
    streams them from the full-text index), by moving the threshold between the two."""
    if request.param == "many":
        monkeypatch.setattr(query, "TEXT_SELECTIVE", 1)
    return str(request.param)


def test_exact_counts_and_facets_equal_the_claims_the_query_finds(
    built_backend: Atlas, text_plan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # time limits far past what the seed atlas needs: on a loaded machine the PostgreSQL limit
    # (wall-clock) could stop a count, and this test is about exact counts, not about the limit
    monkeypatch.setattr(atlas_queries, "COUNT_TIME_S", 10.0)
    monkeypatch.setattr(query, "FACET_TIME_S", 10.0)
    atlas = built_backend
    for terms in SEARCHES:
        claims = atlas.query(**terms, limit=1000)  # type: ignore[arg-type]
        assert claims, terms
        total = atlas.count(**terms)  # type: ignore[arg-type]
        assert total.exact and total.n == len(claims), terms
        facets = atlas.facets(**terms)  # type: ignore[arg-type]
        assert facets.exact, terms
        picks = {
            "role": lambda c: [c.finding.outcome.role],
            "model": lambda c: [c.finding.model],
            "source": lambda c: [c.finding.msc_source.label] if c.finding.msc_source else [],
            "document": lambda c: sorted({e.document for e in c.evidence}),
        }
        for name, pick in picks.items():
            counts = Counter(v for c in claims for v in pick(c))
            shown = facets.values[name]
            assert dict(shown) == {v: counts[v] for v, _ in shown}, (terms, name)
            assert [n for _, n in shown] == sorted(counts.values(), reverse=True)[:12]


def test_a_count_stopped_early_is_a_lower_bound_and_says_so(built_backend: Atlas) -> None:
    atlas = built_backend
    everything = len(atlas.query(limit=1000))
    capped = atlas.count(at_most=10)
    assert (capped.n, capped.exact) == (10, False) and everything > 10
    where = ClaimFilter(text="exosomes")
    if atlas.store.dialect.name == "sqlite":  # the deadline passes at once: interrupted
        stopped = atlas.store.count_claims(where, seconds=1e-9)
        assert not stopped.exact and stopped.n <= len(atlas.query(text="exosomes", limit=1000))
        facets = atlas.store.facet_counts(where, seconds=1e-9)
        assert not facets.exact and all(values == [] for values in facets.values.values())
    else:  # PostgreSQL stops a statement at the session's statement_timeout
        with pytest.raises(atlas.store.dialect.interrupted), deadline(atlas.store.conn, 0.01):
            atlas.store.conn.execute("SELECT pg_sleep(1)")
        assert atlas.store.conn.execute("SHOW statement_timeout").fetchone()[0] == "0"
    sampled = atlas.store.facet_counts(where, whole=False)  # a part of the result: "at least"
    assert not sampled.exact and sampled.values["role"]


def test_the_api_and_the_search_page_say_at_least_past_the_time_limit(
    atlas: Atlas, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exoatlas import atlas_queries

    client = TestClient(get_app(atlas))
    exact = client.get("/api/claims", params={"q": "exosomes", "limit": 5})
    total = int(exact.headers["x-total-count"])
    assert total > 5 and "x-total-count-at-least" not in exact.headers
    assert 'rel="next"' in exact.headers["link"]
    page = client.get("/search", params={"q": "exosomes"}).text
    assert re.search(rf"of {total} claims", page) and "at least" not in page
    assert 'id="facets-partial"' not in page

    monkeypatch.setattr(atlas_queries, "COUNT_TIME_S", 1e-9)
    monkeypatch.setattr(query, "FACET_TIME_S", 1e-9)
    client = TestClient(get_app(atlas))  # a new app: nothing kept from the answers above
    stopped = client.get("/api/claims", params={"q": "exosomes", "limit": 5})
    assert stopped.headers["x-total-count-at-least"] == "true"
    again = client.get("/api/claims", params={"q": "exosomes", "limit": 5})
    assert "x-exoatlas-cache" not in again.headers  # a load-dependent total is not kept
    assert 5 <= int(stopped.headers["x-total-count"]) <= total
    assert 'rel="next"' in stopped.headers["link"]  # a full page: there may be more
    # a short last page is counted by the page itself: exact again
    last = client.get("/api/claims", params={"q": "exosomes", "limit": 1000})
    assert last.headers["x-total-count"] == str(total)
    assert "x-total-count-at-least" not in last.headers and "link" not in last.headers
    page = client.get("/search", params={"q": "exosomes"}).text
    assert re.search(r"of at least \d+ claims", page)
    assert 'id="facets-partial"' in page and not re.search(r'class="count">\d', page)
    # an empty page past the end is no lower bound: the total never claims the offset
    past = client.get("/api/claims", params={"q": "exosomes", "limit": 5, "offset": 100_000})
    assert past.json() == [] and int(past.headers["x-total-count"]) <= total
    page = client.get("/search", params={"q": "exosomes", "offset": 100_000}).text
    assert "100001" not in page and "of at least 100000" not in page


def test_common_words_walked_word_by_word_find_what_the_few_words_plan_finds(
    built_backend: Atlas, monkeypatch: pytest.MonkeyPatch
) -> None:
    atlas = built_backend
    texts = ["tumor growth", "exosomes derived from mesenchymal", "cells cells", "MSC migration"]
    fetched = {t: [c.id for c in atlas.query(text=t, limit=1000)] for t in texts}
    monkeypatch.setattr(query, "TEXT_SELECTIVE", 1)  # every text now walks, word by word
    for text, ids in fetched.items():
        assert [c.id for c in atlas.query(text=text, limit=1000)] == ids, text
        assert [c.id for c in atlas.query(text=text, limit=7, offset=3)] == ids[3:10], text
    assert any(len(ids) > 10 for ids in fetched.values())
