#!/usr/bin/env python3
"""Check a corpus's gold.json (Articles, Articles2, Articles3, Articles4, Articles5, Articles6, Articles7, Articles8) against the article files next to it.

Run:  python3 tests/NewsGraph.Extraction.Tests/check_gold.py Articles3
Exits 1 if any error is found; warnings are printed but do not fail the run.

What is checked
- the shape of gold.json (the same fields as Articles2/gold.json) and that it lists
  exactly the article files in this folder;
- every quote text occurs in its file (for .html files: in the text with character
  entities decoded, so `can&#8217;t` is matched as `can’t`), in order of appearance,
  as an exact substring,
  except that a single space in the gold text may stand for a paragraph break inside a
  multi-paragraph quote (newlines, optional </p><p> tags, and the opening mark repeated
  at the start of the continued paragraph);
- each quote span is bounded by quotation marks: an opening mark right before it and a
  closing mark right after it;
- speakers are null, "anonymous: ...", or a name listed in the article's people or
  organizations;
- titles and publishedAt are well formed, titles occur in the file;
- people and places are named verbatim (ignoring case) in the file (a short allowlist
  documents the exceptions), no entity is listed twice; organizations only warn, since
  their canonical full names need not be written out;
- shared statements name existing articles, and each listed article has a quote by the
  statement's speaker (names compared without diacritics; for a statement by an unnamed
  source, any "anonymous: ..." speaker, since each article describes the source its own way).
"""
import datetime
import html
import json
import os
import re
import sys
import unicodedata

if len(sys.argv) != 2:
    sys.exit("usage: check_gold.py CORPUS_FOLDER (Articles, Articles2, Articles3, Articles4, Articles5, Articles6, Articles7, Articles8)")
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), sys.argv[1])
# Quotation marks accepted around a quote span. Guillemets («…») and the low-high pair („…“)
# were added for Articles5's translated pieces (Spanish/Basque and Czech conventions).
OPEN_MARKS = "\"“‘'«„"
CLOSE_MARKS = "\"”’'»“"
ARTICLE_FIELDS = ["file", "title", "outlet", "publishedAt", "people", "organizations", "places", "quotes"]
SHARED_FIELDS = ["speaker", "canonical", "articles", "note"]

# Entities that are deliberately not a verbatim substring of their article (file names differ between corpora).
NOT_VERBATIM = {
    ("marquee_qa_okonkwo_hill.txt", "Lars Ekdahl"): "full name assembled across an editorial bracket: 'Lars [Ekdahl, who plays ...]'",
    ("current_surrey_council_bike_lane.txt", "Oluwadamilare Adeyemi"): "a nickname sits between the names: 'Oluwadamilare \"Dami\" Adeyemi'",
    ("courier_tararua_trampers_found.txt", "Tania Tāwhiri"): "the parents share one surname: 'Tania and Rawiri Tāwhiri'",
    ("courier_corrections_notice.txt", "Tania Tāwhiri"): "the parents share one surname: 'Tania and Rawiri Tāwhiri'",
    ("vozdolima_violante_ponte_de_lima.txt", "Albertina Fernandes"): "a couple share one surname: 'Albertina and Manuel Fernandes'",
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def fold(name):
    """Lower-case and strip diacritics, for comparing spellings of a name."""
    name = name.replace("ð", "d").replace("Ð", "D").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


PARA_BREAK = r"(?:[ \t]*\r?\n[ \t\r\n]*(?:</p>\s*<p[^>]*>\s*)?|\s*</p>\s*<p[^>]*>\s*)[" + re.escape(OPEN_MARKS) + r"]?"


def quote_pattern(text):
    """Regex for a gold quote: exact text, but each space may also be a paragraph break."""
    parts = [re.escape(p) for p in text.split(" ")]
    sep = "(?: |" + PARA_BREAK + ")"
    return re.compile(sep.join(parts))


def find_quote(raw, text, start):
    """First occurrence at or after `start` that is bounded by quote marks.
    Returns (position, end, exact) or None. `exact` is False when a paragraph join was needed."""
    pos = raw.find(text, start)
    while pos != -1:
        end = pos + len(text)
        if pos > 0 and raw[pos - 1] in OPEN_MARKS and end < len(raw) and raw[end] in CLOSE_MARKS:
            return pos, end, True
        pos = raw.find(text, pos + 1)
    for m in quote_pattern(text).finditer(raw, start):
        s, e = m.start(), m.end()
        if s > 0 and raw[s - 1] in OPEN_MARKS and e < len(raw) and raw[e] in CLOSE_MARKS:
            return s, e, False
    return None


def check_article(a):
    missing = [f for f in ARTICLE_FIELDS if f not in a]
    extra = [f for f in a if f not in ARTICLE_FIELDS]
    if missing or extra:
        err(f"{a.get('file')}: fields missing {missing} / unexpected {extra}")
        return
    name = a["file"]
    path = os.path.join(HERE, name)
    if not os.path.isfile(path):
        err(f"{name}: file not found")
        return
    raw = open(path, encoding="utf-8").read()
    plain = html.unescape(raw) if name.endswith(".html") else raw

    # metadata
    if a["title"] is not None and a["title"] not in plain:
        err(f"{name}: title not found in file: {a['title']!r}")
    if a["outlet"] is not None and not isinstance(a["outlet"], str):
        err(f"{name}: outlet must be a string or null")
    if a["publishedAt"] is not None:
        try:
            datetime.date.fromisoformat(a["publishedAt"])
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["publishedAt"]):
                raise ValueError
        except ValueError:
            err(f"{name}: publishedAt is not YYYY-MM-DD: {a['publishedAt']!r}")

    # entities
    for kind in ("people", "organizations", "places"):
        seen = set()
        for e in a[kind]:
            if not isinstance(e, str) or not e.strip():
                err(f"{name}: empty {kind} entry")
                continue
            if e in seen:
                err(f"{name}: {kind} lists {e!r} twice")
            seen.add(e)
            # case-insensitive, for bylines and mastheads in capitals ("By DIEUDONNÉ SAFARI")
            named = e.lower() in plain.lower()
            if kind in ("people", "places") and not named and (name, e) not in NOT_VERBATIM:
                err(f"{name}: {kind[:-1] if kind != 'people' else 'person'} {e!r} is not named verbatim in the file")
            if kind == "organizations" and not named:
                # canonical full names (European Union for "EU") need not be verbatim
                warn(f"{name}: organization {e!r} is a canonical name not written verbatim in the file")
    if a["outlet"] is not None and a["outlet"] not in a["organizations"]:
        err(f"{name}: outlet {a['outlet']!r} is not listed among the organizations")

    # quotes
    known = set(a["people"]) | set(a["organizations"])
    cursor = 0
    for i, q in enumerate(a["quotes"]):
        if sorted(q) != ["speaker", "text"]:
            err(f"{name}: quote {i} has fields {sorted(q)}")
            continue
        sp, text = q["speaker"], q["text"]
        if sp is not None and not (isinstance(sp, str) and (sp.startswith("anonymous: ") or sp in known)):
            err(f"{name}: quote {i} speaker {sp!r} is neither anonymous nor listed in people/organizations")
        if not text or text != text.strip():
            err(f"{name}: quote {i} text is empty or has outer whitespace: {text!r}")
            continue
        found = find_quote(plain, text, cursor)
        if found is None:
            anywhere = find_quote(plain, text, 0)
            if anywhere is not None:
                err(f"{name}: quote {i} is out of order: {text[:60]!r}")
            else:
                err(f"{name}: quote {i} not found as a span bounded by quote marks: {text[:60]!r}")
            continue
        cursor = found[0]


def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    if sorted(gold) != ["articles", "shared_statements", "story"]:
        err(f"top-level keys are {sorted(gold)}")
    arts = gold.get("articles", [])
    files = [a.get("file") for a in arts]
    if len(files) != len(set(files)):
        err("an article is listed twice")
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith((".txt", ".html", ".md")) and f != "README.md")
    for f in sorted(set(on_disk) - set(files)):
        err(f"{f}: article file has no gold entry")
    for a in arts:
        check_article(a)

    by_file = {a["file"]: a for a in arts}
    for i, s in enumerate(gold.get("shared_statements", [])):
        if sorted(s) != sorted(SHARED_FIELDS):
            err(f"shared statement {i}: fields {sorted(s)}")
            continue
        if len(s["articles"]) < 2:
            err(f"shared statement {i} ({s['canonical'][:40]!r}) lists fewer than two articles")
        for f in s["articles"]:
            if f not in by_file:
                err(f"shared statement {i}: unknown article {f!r}")
                continue
            speakers = {fold(q["speaker"]) for q in by_file[f]["quotes"] if q["speaker"]}
            # an unnamed source is described in each article's own words, so any anonymous
            # speaker in the article will do for an anonymous statement
            if (s["speaker"] or "").startswith("anonymous: "):
                speakers = {"anonymous"} if any(x.startswith("anonymous: ") for x in speakers) else set()
                if "anonymous" not in speakers:
                    err(f"shared statement {i}: {f} has no quote by an anonymous speaker")
                continue
            if fold(s["speaker"] or "") not in speakers:
                err(f"shared statement {i}: {f} has no quote by {s['speaker']!r}")

    nq = sum(len(a.get("quotes", [])) for a in arts)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(arts)} articles, {nq} quotes, {len(gold.get('shared_statements', []))} shared statements; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
