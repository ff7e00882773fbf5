#!/usr/bin/env python3
"""Sanity checks for gold.json against the article files next to it.

Run:  python3 tests/NewsGraph.Extraction.Tests/Articles/check_gold.py
Exits 1 on an error; prints warnings (names not spelled verbatim in the file) for a human to review.

Checks:
- gold.json has the expected shape and every article file exists (and every article file is annotated);
- every quote text is found in its file, bounded by quotation marks, either verbatim or -- for quotes
  that run over several paragraphs or over hard-wrapped lines -- after line breaks are read as one
  space and the opening mark repeated at the start of a continued paragraph is dropped;
- a non-null title is in the file; a non-null outlet is in the file (ignoring case); dates are YYYY-MM-DD;
- a named quote speaker is listed in the article's people or organizations;
- each shared statement is relayed by 2+ annotated articles, each with a quote by that speaker.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPENING = "\"'“‘"
CLOSING = "\"'”’"
ARTICLE_EXTS = {".txt", ".md", ".html"}
# Canonical names that an article may legitimately name only by an abbreviation.
ALIASES = {
    "European Union": ["EU"],
    "International Maritime Organization": ["IMO"],
    "Associated Press": ["AP"],
}

errors: list[str] = []
warnings: list[str] = []


def normalized(text: str) -> str:
    """Paragraphs joined by one space, line breaks read as spaces, and the opening mark of a continued
    paragraph dropped (a paragraph that opens with a mark and ends without a closing one is continued
    by the next paragraph's repeated opening mark)."""
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n[ \t]*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    out = []
    for i, p in enumerate(paragraphs):
        prev = paragraphs[i - 1] if i else ""
        if prev[:1] in OPENING and prev[-1:] not in CLOSING and p[:1] in OPENING:
            p = p[1:]
        out.append(p)
    return " ".join(out)


def bounded(haystack: str, needle: str) -> bool:
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        if start > 0 and haystack[start - 1] in OPENING and end < len(haystack) and haystack[end] in CLOSING:
            return True
        start = haystack.find(needle, start + 1)
    return False


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    if set(gold) != {"story", "articles", "shared_statements"}:
        errors.append(f"top-level keys are {sorted(gold)}")
    keys = {"file", "title", "outlet", "publishedAt", "people", "organizations", "places", "quotes"}
    by_file = {}
    quote_count = 0
    for art in gold["articles"]:
        name = art.get("file")
        if set(art) != keys:
            errors.append(f"{name}: keys are {sorted(art)}")
            continue
        if name in by_file:
            errors.append(f"{name}: annotated twice")
        by_file[name] = art
        path = HERE / name
        if not path.is_file():
            errors.append(f"{name}: file missing")
            continue
        raw = path.read_text(encoding="utf-8")
        norm = normalized(raw)

        if art["title"] is not None and art["title"] not in raw:
            errors.append(f"{name}: title not in file: {art['title']!r}")
        if art["outlet"] is not None and art["outlet"].lower() not in raw.lower():
            errors.append(f"{name}: outlet not in file: {art['outlet']!r}")
        if art["publishedAt"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["publishedAt"]):
            errors.append(f"{name}: publishedAt is not YYYY-MM-DD: {art['publishedAt']!r}")

        for kind in ("people", "organizations", "places"):
            values = art[kind]
            if len(values) != len(set(values)):
                errors.append(f"{name}: duplicate {kind}")
            for value in values:
                forms = [value] + ALIASES.get(value, [])
                if not any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", norm, re.IGNORECASE) for f in forms):
                    warnings.append(f"{name}: {kind[:-1] if kind != 'people' else 'person'} not verbatim in file: {value}")

        named = set(art["people"]) | set(art["organizations"])
        for q in art["quotes"]:
            quote_count += 1
            text, speaker = q["text"], q["speaker"]
            if text[:1] in OPENING:
                errors.append(f"{name}: quote starts with a quotation mark: {text!r}")
            if not (bounded(raw, text) or bounded(norm, text)):
                where = "found but not between quotation marks" if text in norm else "not found"
                errors.append(f"{name}: quote {where}: {text!r}")
            if speaker is not None and not speaker.startswith("anonymous: ") and speaker not in named:
                errors.append(f"{name}: speaker {speaker!r} not in people/organizations")

    for path in sorted(HERE.iterdir()):
        if path.suffix in ARTICLE_EXTS and path.name != "README.md" and path.name not in by_file:
            errors.append(f"{path.name}: article file has no gold entry")

    for st in gold["shared_statements"]:
        if len(st["articles"]) < 2:
            errors.append(f"shared statement relayed by fewer than 2 articles: {st['canonical']!r}")
        for name in st["articles"]:
            art = by_file.get(name)
            if art is None:
                errors.append(f"shared statement names an unannotated article: {name}")
            elif not any(q["speaker"] == st["speaker"] for q in art["quotes"]):
                errors.append(f"{name}: listed for {st['speaker']!r} but has no quote by that speaker")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(by_file)} articles, {quote_count} quotes, {len(gold['shared_statements'])} shared statements; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
