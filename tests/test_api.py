"""The library API (`quotes.load()`, `nlp(text)`, `nlp.pipe`) and the README example that shows it."""

from __future__ import annotations

import doctest
import html
import json
import re

from tests.conftest import ROOT


def test_readme_python_example_runs_as_written(cache_dir):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    examples = "\n".join(re.findall(r"```python\n(.*?)```", section, flags=re.S))
    assert ">>>" in examples, "the README's Python API section has no doctest example"
    parser = doctest.DocTestParser()
    test = parser.get_doctest(examples, {}, "README Python API", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and runner.tries >= 3


def test_doc_offsets_index_the_text_and_pipe_keeps_order(cache_dir):
    import quotes

    nlp = quotes.load(cache_dir=cache_dir, stance=False)
    texts = ["Der Sprecher sagte, die Gespräche würden am Montag fortgesetzt.",
             "Es regnete den ganzen Tag in der Stadt.",
             "„Wir prüfen den Entwurf sorgfältig“, sagte die Ministerin am Abend."]
    docs = list(nlp.pipe(texts, names=["a", "b", "c"]))
    assert [d.name for d in docs] == ["a", "b", "c"]
    assert len(docs[1]) == 0
    for doc, text in zip(docs, texts, strict=True):
        assert doc.text == text
        for q in doc.quotes:
            assert text[q.start:q.end] == q.quote
        for s in doc.sentences:
            for w in s.words:
                surface = text[w.start:w.end]
                assert surface and not surface.isspace() and s.start <= w.start < w.end <= s.end
    assert docs[0].quotes[0].quote == "die Gespräche würden am Montag fortgesetzt"
    assert docs[2].quotes[0].kind == "direct"
    assert json.loads(json.dumps(docs[2].to_json()))["quotes"][0]["quote"] == \
        "Wir prüfen den Entwurf sorgfältig"


def test_load_writes_no_cache_unless_asked(tmp_path, monkeypatch):
    import quotes

    monkeypatch.setenv("QUOTES_CACHE_DIR", str(tmp_path / "cache"))
    nlp = quotes.load(stance=False)
    nlp("Die Lage sei ernst, sagte der Minister.")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*.json"))


def marked_spans(page: str) -> list[str]:
    """The text inside each highlight, without the speaker superscript."""
    return [html.unescape(m) for m in re.findall(r"<mark class='q [a-z]+'[^>]*>(.*?)<sup>", page)]


def test_html_highlights_exact_quote_in_bom_and_latin1_files(run_cli, tmp_path):
    sentence = "„Wir stimmen der Feuerpause zu“, sagte der Außenminister am Dienstag in Kairo."
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bom.txt").write_bytes("\ufeff".encode() + sentence.encode("utf-8"))
    (folder / "latin1.txt").write_bytes(sentence.replace("„", '"').replace("“", '"')
                                        .encode("latin-1"))
    out = tmp_path / "r.html"
    proc = run_cli("report", str(folder), "--format", "html", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    spans = marked_spans(page)
    assert spans.count("Wir stimmen der Feuerpause zu") == 2, spans
    assert "\ufffd" not in page and "Außenminister" in page


def test_a_custom_registry_reaches_the_worker_processes(tmp_path, cache_dir):
    """`quotes.load(registry=…)` holds for `pipe(n_process=2)` too: the workers used to build the
    shipped registry and lost the caller's entries."""
    import quotes
    from quotes.registry import DATA_DIR, load_registry

    data = json.loads((DATA_DIR / "speakers.json").read_text(encoding="utf-8"))
    data["speakers"].append({"name": "Clarissa Brandtner", "kind": "person", "affiliation": "UN",
                             "aliases": ["Brandtner"], "titles": [], "gender": "f"})
    path = tmp_path / "speakers.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    nlp = quotes.load(cache_dir=cache_dir, stance=False, registry=load_registry(path))
    texts = ["Brandtner sagte, die Lager im Süden seien völlig überfüllt.",
             "Die Helferin Brandtner erklärte, man brauche mehr Zelte."]
    for n in (1, 2):
        docs = list(nlp.pipe(texts, n_process=n))
        assert [(d.quotes[0].speaker, d.quotes[0].affiliation) for d in docs] == \
            [("Clarissa Brandtner", "UN")] * 2, n
