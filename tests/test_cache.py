"""GET answers are kept per atlas data version (``web/cache.py``): asked again, the same answer
comes back without being computed; once anyone writes the atlas — this server or another
process — the next answer is new."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from exoatlas import Atlas
from exoatlas.api import get_app
from exoatlas.model import Document, Entity, Evidence, Finding, Outcome, Recipient
from exoatlas.store import Record

CACHE_HEADER = "x-exoatlas-cache"


def paper(doc: str) -> tuple[Document, list[Record]]:
    finding = Finding(
        cargo=[Entity(label="miR-9990", kind="mirna")],
        recipient=Recipient(disease=Entity(label="glioma", kind="disease")),
        outcome=Outcome(direction="decrease", role="anti_tumor"),
    )
    evidence = Evidence(document=doc, locator="s1", extractor="test", confidence=0.6)
    return Document(id=doc), [Record(finding, evidence)]


def test_a_kept_answer_is_sent_again_until_another_process_writes(built_db: Path) -> None:
    with Atlas(built_db, readonly=True) as served:
        client = TestClient(get_app(served))
        first = client.get("/api/stats")
        again = client.get("/api/stats")
        assert CACHE_HEADER not in first.headers and again.headers[CACHE_HEADER] == "hit"
        assert again.json() == first.json()
        assert again.headers["content-security-policy"]  # kept answers are guarded too
        with Atlas(built_db) as writer:  # another connection, as another process would be
            writer.add_document(*paper("other-process"))
        after = client.get("/api/stats")
        assert CACHE_HEADER not in after.headers
        assert after.json()["claims"] == first.json()["claims"] + 1
        assert after.json()["by_document"]["other-process"] == 1
        # what is never kept: errors, and static files
        assert client.get("/api/claims/nope").status_code == 404
        assert CACHE_HEADER not in client.get("/api/claims/nope").headers
        assert CACHE_HEADER not in client.get("/static/site.css").headers


def test_a_write_through_this_server_changes_the_answers(empty_atlas: Atlas) -> None:
    client = TestClient(get_app(empty_atlas))
    assert client.get("/api/claims", params={"cargo": "miR-9990"}).json() == []
    empty_atlas.add_document(*paper("here"))
    found = client.get("/api/claims", params={"cargo": "miR-9990"})
    assert CACHE_HEADER not in found.headers and len(found.json()) == 1


def test_the_accept_header_is_part_of_what_is_asked(atlas: Atlas) -> None:
    client = TestClient(get_app(atlas))
    as_json = client.get("/api/claims", params={"cargo": "miR-21"})
    as_csv = client.get("/api/claims", params={"cargo": "miR-21"}, headers={"Accept": "text/csv"})
    assert as_json.headers["content-type"].startswith("application/json")
    assert as_csv.headers["content-type"].startswith("text/csv")
