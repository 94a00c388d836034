"""The Atlas: the library's front door over the store.

``Atlas(path | postgresql:// URL | sqlite3.Connection | None)`` opens (and migrates) an atlas
(``create=True`` to make a new file or database);
``None`` is in memory.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from exoatlas.analyze import audit as audit_checks
from exoatlas.analyze.design import GOAL_ROLES, PRIORITY_ASPECTS, design
from exoatlas.analyze.export import _object as export_object
from exoatlas.analyze.export import _subject as export_subject
from exoatlas.analyze.export import node_id
from exoatlas.analyze.kept_audit import audit_files, curated_audit, marked, with_own_audit
from exoatlas.analyze.trials import with_disagreements
from exoatlas.assemble import claim_id, claim_key
from exoatlas.atlas_queries import MAX_LIMIT as MAX_LIMIT
from exoatlas.atlas_queries import MAX_OFFSET as MAX_OFFSET
from exoatlas.atlas_queries import AtlasQueries
from exoatlas.errors import InputError
from exoatlas.ground import ground_mention
from exoatlas.ingest.curated import (
    CuratedRecord,
    curated_definitions,
    curated_method_facts,
    curated_trials,
    iter_curated_by_document,
)
from exoatlas.ingest.datasets import Dataset, read_biodistribution, read_loading
from exoatlas.ingest.files import read_text_file
from exoatlas.ingest.table import TABLE_SUFFIXES
from exoatlas.ingest.text import content_id, parse_text
from exoatlas.ingest.trials import read_trial_table
from exoatlas.model import (
    ENTITY_KINDS,
    Claim,
    Conflict,
    DesignReport,
    Discrepancy,
    Document,
    Entity,
    EvDefinition,
    GroundingReport,
    MethodFact,
    Record,
    Reference,
    Stats,
    Trial,
    UngroundedEntity,
)
from exoatlas.read.locate import sentence_at
from exoatlas.read.pipeline import ReadDocument, read_text
from exoatlas.shards import Shard, iter_shard, read_shards, refuse_curated, shard_folder
from exoatlas.store import Store, open_store
from exoatlas.store.query import COUNT_LIMIT as COUNT_LIMIT
from exoatlas.vocab.hierarchy import ancestors, refines

if TYPE_CHECKING:
    import pandas

    from exoatlas.analyze.compare import CompareResult
    from exoatlas.ingest.table import StudyTable


class Atlas(AtlasQueries):
    """An evidence atlas of MSC-EV findings."""

    def __init__(
        self,
        path: str | Path | sqlite3.Connection | None = None,
        *,
        create: bool = False,
        readonly: bool = False,
    ) -> None:
        """Open the atlas at ``path`` (a file, a ``postgresql://`` URL, a connection; ``None`` is
        a new one in memory). A file or database that holds no atlas is an ``InputError``
        unless ``create=True``, so a mistyped path never silently gives an empty atlas;
        ``readonly`` opens it read-only, never creating or migrating it (what every command
        that only reads uses)."""
        if isinstance(path, sqlite3.Connection):
            self.store = Store(path)
        else:
            self.store = open_store(path, create=create, readonly=readonly)
        # where a second process (a server's worker) can open the same atlas; None in memory
        self.location: str | None = (
            None if path is None or isinstance(path, sqlite3.Connection) else str(path)
        )

    def __enter__(self) -> Atlas:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- writing ------------------------------------------------------------------------------

    def add_document(
        self,
        document: Document,
        records: Sequence[Record],
        trials: Sequence[Trial] = (),
        definitions: Sequence[EvDefinition] = (),
    ) -> None:
        """Store a document with its evidence, replacing whatever it stated before."""
        self.store.replace_document(document, records, trials, definitions)

    def ingest(
        self,
        paths: Sequence[Path],
        overrides: dict[str, str] | None = None,
        progress: Callable[[Path, int], None] | None = None,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        shard_dir: Path | None = None,
        on_file: Callable[[Shard, int, int], None] | None = None,
        on_cluster: Callable[[str, str | None], None] | None = None,
    ) -> dict[str, int]:
        """Read files and store what they state, all in one transaction.

        Each file is read into a shard (``shards.read_shard``): here, one after another, or on
        Dask with ``workers`` (a local cluster) or ``scheduler`` (an existing one). Only when
        every file has been read are the shards merged into the store, in input order and in one
        transaction, so a bad file leaves the atlas exactly as it was and the result does not
        depend on how many workers read. A MEDLINE record not about MSC-derived EVs is skipped
        (counted, not stored); a curated document is refused, since its findings are curated
        (``build --corpus`` adds its text). Shards go to a temporary folder inside
        ``shard_dir`` (default: the system's), removed afterwards.
        """
        with shard_folder(shard_dir) as folder:
            shards = read_shards(
                paths,
                Path(folder),
                overrides,
                workers=workers,
                scheduler=scheduler,
                progress=progress,
                on_file=on_file,
                on_cluster=on_cluster,
            )
            counts = self._store_documents(
                item for shard in shards for item in iter_shard(shard.path)
            )
        counts["skipped"] = sum(s.read - s.stored for s in shards)
        return counts

    def ingest_text(self, text: str, title: str | None = None) -> dict[str, int]:
        """Read a text given in memory (POST /api/ingest) and store what it states."""
        return self.store_read(read_text_for_ingest(text, title))

    def store_read(self, read: ReadDocument) -> dict[str, int]:
        """Store a text already read (``read_text_for_ingest``, perhaps in another process)."""
        refuse_curated(read.document)
        counts = self._store_documents([(read.document, list(read.records))])
        counts["skipped"] = 0
        return counts

    def _store_documents(self, items: Iterable[tuple[Document, list[Record]]]) -> dict[str, int]:
        """Store documents with their findings in one transaction; counts of what was stored."""
        documents = evidence = 0
        claims: set[str] = set()

        def records() -> Iterator[tuple[Document, list[Record]]]:
            nonlocal documents, evidence
            for document, pairs in items:
                document = with_own_audit(document, pairs)
                pairs = marked(document, pairs)
                documents += 1
                evidence += len(pairs)
                claims.update(claim_id(claim_key(r.finding)) for r in pairs)
                yield document, pairs

        self.store.replace_documents(records())
        return {"documents": documents, "evidence": evidence, "claims": len(claims)}

    def build(self, corpus: Path | None = None) -> Stats:
        """(Re)load the bundled curated data; idempotent.

        With ``corpus`` (a folder holding the seed texts as ``<document id>.txt``) each curated
        text finding also gets its sentence, resolved from the document; the package itself
        stores locators, never the reviews' sentences.
        """
        trials = curated_trials()
        definitions = curated_definitions()
        audits = curated_audit(definitions)
        for document, records in iter_curated_by_document():
            document = document.model_copy(update={"audit": audits.get(document.id, [])})
            if corpus is not None:
                records = with_corpus_text(records, corpus / f"{document.id}.txt")
            records = marked(document, records)
            doc_trials = [
                t.model_copy(
                    update={
                        "fields": {
                            f: [v for v in vs if v.source.startswith(document.id)]
                            for f, vs in t.fields.items()
                        }
                    }
                )
                for t in trials
                if any(v.source.startswith(document.id) for vs in t.fields.values() for v in vs)
            ]
            self.add_document(
                document,
                records,
                doc_trials,
                [d for d in definitions if d.document == document.id],
            )
        self.store.replace_method_facts(curated_method_facts())
        return self.stats()

    # -- reading ------------------------------------------------------------------------------

    def get_claim(self, claim_id: str) -> Claim | None:
        return self.store.get_claim(claim_id)

    def all_claims(self) -> list[Claim]:
        """Every claim with its evidence, in id order: for exports and whole-atlas comparisons,
        never for a request (the conflicts, refinements and matrix are kept in the store)."""
        return self.store.all_claims()

    def records(self, document_id: str) -> list[Record]:
        """Every (finding, evidence) a document contributed, in locator order."""
        return self.store.records(document_id)

    def compare(self, table: StudyTable) -> CompareResult:
        """An external study table checked against the atlas: agrees, conflicts, new, unparsed."""
        from exoatlas.analyze.compare import compare_rows

        return compare_rows(table, self.store.all_claims())

    def export(self, fmt: str, out: Path, *, per_evidence: bool = False) -> list[str]:
        """Write the atlas as csv, jsonl, graphml or kgx into ``out``; returns the files."""
        from exoatlas.analyze.export import export

        return export(
            self.store.all_claims(), fmt, out, self.get_document, per_evidence=per_evidence
        )

    def claims(self, claim_ids: Sequence[str]) -> list[Claim]:
        """These claims (the ones the atlas holds), in id order."""
        return self.store.load_claims(claim_ids)

    def get_document(self, document_id: str) -> Document | None:
        return self.store.get_document(document_id)

    def references(self, document_id: str) -> dict[str, Reference]:
        """A document's reference list keyed as evidence cites it ('ref:62')."""
        document = self.store.get_document(document_id)
        if document is None:
            return {}
        return {f"ref:{r.number}": r for r in document.references}

    def frame(self, *, per_evidence: bool = False, **terms: Any) -> pandas.DataFrame:
        """``query(**terms)`` as a flat pandas DataFrame: one row per claim (or per evidence),
        the columns of ``exoatlas query --format csv`` (every slot as label and CURIE)."""
        from exoatlas.analyze.tabular import claims_frame

        return claims_frame(self.query(**terms), self.get_document, per_evidence=per_evidence)

    def audit(self, paths: Sequence[Path]) -> tuple[list[Discrepancy], list[str]]:
        """Audit documents as they are; returns the discrepancies and warnings for people.

        Each file is read in memory (text, markdown, JATS, PDF) and its findings checked against
        each other and its reference list; nothing is stored. A document the atlas already holds
        (a seed, or one ingested before) is checked with its stored findings, which for the seeds
        are curated. Definitions are compared across the files given.
        """
        return audit_files(self.store, paths)

    def design(
        self,
        indication: str,
        goal: str,
        *,
        cargo: str | None = None,
        priority: str = "gmp",
    ) -> DesignReport:
        """Evidence-backed therapy design for an indication (a disease name)."""
        if goal not in GOAL_ROLES:
            raise InputError(f"unknown goal {goal!r}; choose {', '.join(GOAL_ROLES)}")
        if priority not in PRIORITY_ASPECTS:  # the weights themselves: vocab/data/design_rules
            raise InputError(f"unknown priority {priority!r}; choose {', '.join(PRIORITY_ASPECTS)}")
        grounding = ground_mention(indication, "disease")
        if grounding.best is None or not grounding.best.curie:
            options = ", ".join(e.label for e in grounding.entities[:4])
            raise InputError(
                f"could not ground indication {indication!r} to one disease"
                + (f" (candidates: {options})" if options else "; try its MeSH name")
            )
        return design(
            grounding.best,
            goal,
            self.store.all_claims(),
            self.methods(),
            self.trials(),
            cargo=cargo,
            priority=priority,
            loading_rows=self.dataset_rows("loading"),
            biodistribution_rows=self.dataset_rows("biodistribution"),
        )

    def audit_items(self, document_id: str | None = None) -> list[Discrepancy]:
        """The audit the atlas keeps of its own documents (made at build and at ingest)."""
        ids = [document_id] if document_id is not None else self.store.document_ids()
        out: list[Discrepancy] = []
        for doc_id in ids:
            document = self.store.get_document(doc_id)
            if document is not None:
                out += document.audit
        return out

    def audit_stored(self, document_ids: Sequence[str]) -> list[Discrepancy]:
        """Audit documents the atlas holds, from their stored findings and reference lists."""
        kept = [item for d in document_ids for item in self.audit_items(d)]
        if kept:
            return kept
        loaded = {d: (self.store.records(d), self.references(d)) for d in document_ids}
        reports: list[Discrepancy] = []
        for doc_id, (records, references) in loaded.items():
            reports += audit_checks.duplicate_references(doc_id, list(references.values()))
            reports += audit_checks.citation_vs_reference(doc_id, records, references)
            reports += audit_checks.table_vs_text(doc_id, records)
            reports += audit_checks.misplaced_rows(doc_id, records)
        others = [d for d in self.store.definitions() if d.document in loaded]
        if len(loaded) == 1:  # one document: compare its definitions with every other source
            others = list(self.store.definitions())
        reports += [
            r
            for r in audit_checks.definition_discrepancies(others)
            if any(d in r.location for d in loaded)
        ]
        return reports

    def entity(self, curie: str) -> tuple[Entity, list[Claim], list[str]] | None:
        """An entity the atlas holds, the claims naming it or a narrower concept, its ancestors."""
        stored = [e for e, _ in self.store.entities() if e.curie == curie]
        if not stored:
            return None
        keys = {k for k, c in self.store.entity_curies(ENTITY_KINDS) if refines(c, curie)}
        claims = self.store.claims_with_entities(keys)
        return stored[0], claims, sorted(ancestors(curie))

    def graph(self, curie: str, limit: int = 200) -> dict[str, list[dict[str, Any]]]:
        """The neighbourhood of an entity as cytoscape elements: entities and claims."""
        found = self.entity(curie)
        if found is None:
            raise InputError(f"no entity {curie!r} in the atlas")
        _, claims, _ = found
        nodes: dict[str, dict[str, Any]] = {}
        edges = []
        colours = {"pro_tumor": "#b2182b", "anti_tumor": "#1b7837"}
        for claim in claims[:limit]:
            ends = []
            for entity in (export_subject(claim), export_object(claim)):
                nid = node_id(entity)
                ends.append(nid)
                nodes.setdefault(
                    nid,
                    {
                        "data": {
                            "id": nid,
                            "label": entity.label,
                            "colour": "#546e7a" if nid != curie else "#ef6c00",
                        }
                    },
                )
            edges.append(
                {
                    "data": {
                        "id": claim.id,
                        "source": ends[0],
                        "target": ends[1],
                        "claim": claim.id,
                        "colour": colours.get(claim.finding.outcome.role, "#1565c0"),
                    }
                }
            )
        return {"nodes": list(nodes.values()), "edges": edges}

    def context_roles(self, claim_id: str) -> list[Conflict]:
        """The claim's context-dependent-role pairs (the claim page's banner): the same cargo
        with an opposed role in another disease; one indexed lookup in the maintained table."""
        return self.conflicts(claim=claim_id, kind="context_dependent_role")

    def methods(self, kind: str | None = None) -> list[MethodFact]:
        """Methods knowledge (isolation, loading, engineering, routes), each with its source."""
        return self.store.method_facts(kind)

    def trials(self) -> list[Trial]:
        """Every trial; each field's values with their sources, disagreements between sources."""
        return with_disagreements(self.store.trials())

    def import_dataset(self, path: Path, kind: str) -> Dataset:
        """Import a loading-capacity or biodistribution table; re-importing replaces it."""
        readers = {"loading": read_loading, "biodistribution": read_biodistribution}
        if kind not in readers:
            raise InputError(f"unknown dataset kind {kind!r}; choose loading or biodistribution")
        dataset = readers[kind](path)
        data = path.read_bytes()
        document = Document(
            id=f"dataset:{kind}:{path.name}:{content_id(data).split(':')[1][:8]}",
            title=path.name,
            kind="dataset",
            source=str(path),
        )
        self.store.replace_dataset(document, kind, dataset.rows)
        return dataset

    def dataset_rows(self, kind: str) -> list[dict[str, Any]]:
        return self.store.dataset_rows(kind)

    def import_trials(self, path: Path) -> tuple[str, int]:
        """Import a trial table (e.g. Fig2b_Clinical_Trial_Doses.csv); re-importing replaces it."""
        from exoatlas.ingest.trials import (
            is_registry_download,
            read_registry_csv,
            read_registry_json,
        )

        if path.suffix.casefold() == ".json":
            data = read_text_file(path, suffixes={".json"}).encode("utf-8")
            document_id = f"ctgov:{path.name}:{content_id(data).split(':')[1][:8]}"
            trials = read_registry_json(path, document_id)
            kind = "registry"
        else:
            text = read_text_file(path, suffixes=TABLE_SUFFIXES)
            data = text.encode("utf-8")
            header = next(csv.reader([text.lstrip("\ufeff").splitlines()[0]]), [])
            if is_registry_download(header):
                document_id = f"ctgov:{path.name}:{content_id(data).split(':')[1][:8]}"
                trials, kind = read_registry_csv(path, document_id), "registry"
            else:
                document_id = f"table:{path.name}:{content_id(data).split(':')[1][:8]}"
                trials, kind = read_trial_table(path, document_id), "table"
        document = Document(id=document_id, title=path.name, kind=kind, source=str(path))
        self.store.replace_document(document, [], trials)
        return document_id, len(trials)

    def definitions(self) -> list[EvDefinition]:
        return self.store.definitions()

    def grounding_report(self) -> GroundingReport:
        """How many entity mentions across claims are grounded, and the ungrounded ones."""
        mentions, grounded = self.store.slot_mentions()
        return GroundingReport(
            mentions=mentions,
            grounded=grounded,
            grounded_fraction=grounded / mentions if mentions else 1.0,
            ungrounded=[
                UngroundedEntity(label=e.label, kind=e.kind, claims=n)
                for e, n in self.store.entities(grounded=False)
            ],
        )

    def stats(self) -> Stats:
        """Counts over the atlas (kept up to date on write: no table is counted here)."""
        return self.store.stats()


def read_text_for_ingest(text: str, title: str | None = None) -> ReadDocument:
    """A text given in memory, read for storing: the reading half of ``Atlas.ingest_text``."""
    if not text.strip():
        raise InputError("the text is empty")
    read = read_text(text)
    if title:
        read.document = read.document.model_copy(update={"title": title})
    return read


def with_corpus_text(records: list[CuratedRecord], path: Path) -> list[CuratedRecord]:
    """Fill each text record's evidence with its sentence, when the document is at ``path``."""
    if not path.is_file():
        return records
    document = parse_text(path.read_text(encoding="utf-8", errors="replace"), path.stem)
    out = []
    for record in records:
        sentence = sentence_at(document, record.evidence.locator)
        if sentence is not None:
            evidence = record.evidence.model_copy(update={"text": sentence})
            record = CuratedRecord(record.finding, evidence)
        out.append(record)
    return out
