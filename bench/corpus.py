"""Generated corpora for the benchmarks: realistic word frequencies, six languages' scripts."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SEED_WORDS = (
    "internet public policy connectivity access multilingualization security privacy data "
    "development capacity governance consultation contribution council member states "
    "stakeholders infrastructure exchange points affordability accessibility digital divide "
    "gender emerging technologies artificial intelligence cybersecurity spam children "
    "protection resources domain names addresses sustainability robustness continuity "
    "résumés analytiques lignes directrices conectividad desarrollo 人工智能 互联网 "
    "интернет политика доступ безопасность الإنترنت السياسات النفاذ الأمن"
).split()

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def vocabulary(size: int = 20_000, seed: int = 1) -> list[str]:
    """Seed words first (frequent), then synthetic words (a Zipf tail)."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzéèàç"
    synthetic = {"".join(rng.choice(letters) for _ in range(rng.randint(3, 11)))
                 for _ in range(size * 2)}
    return list(dict.fromkeys(SEED_WORDS + sorted(synthetic)))[:size]


def zipf_weights(n: int, exponent: float = 1.05) -> list[float]:
    return [1 / (rank ** exponent) for rank in range(1, n + 1)]


def paragraphs(rng: random.Random, words: list[str], weights: list[float],
               total_words: int) -> list[str]:
    out: list[str] = []
    remaining = total_words
    while remaining > 0:
        n = min(remaining, rng.randint(30, 90))
        sentence = rng.choices(words, weights=weights, k=n)
        out.append(" ".join(sentence).capitalize() + ".")
        remaining -= n
    return out


def document_xml(symbol: str, title: str, paras: list[str]) -> str:
    body = [f"<w:p><w:r><w:t>Document {escape(symbol)}</w:t></w:r></w:p>",
            "<w:p><w:r><w:t>Contribution from the Republic of Examplia</w:t></w:r></w:p>",
            f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{escape(title)}'
            "</w:t></w:r></w:p>"]
    body += [f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(p)}</w:t></w:r></w:p>"
             for p in paras]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
            f'xmlns:w="{W}"><w:body>{"".join(body)}</w:body></w:document>')


def write_docx(path: Path, symbol: str, title: str, paras: list[str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document_xml(symbol, title, paras))


def make_docx_corpus(folder: Path, count: int, words_each: int, seed: int = 7) -> list[Path]:
    """`count` .docx files of about `words_each` words (reused if already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("*.docx"))
    if len(existing) == count:
        return existing
    for old in existing:
        old.unlink()
    rng = random.Random(seed)
    words = vocabulary()
    weights = zipf_weights(len(words))
    paths = []
    for i in range(count):
        path = folder / f"C26-{i + 1}-E.docx"
        write_docx(path, f"C26/{i + 1}-E", f"Contribution {i + 1} on Internet policy",
                   paragraphs(rng, words, weights, words_each))
        paths.append(path)
    return paths
