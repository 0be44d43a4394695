"""The cue lexicon's schema: a typo fails on load with the file and the key named."""

from __future__ import annotations

import json

import pytest

from quotes.lexicon import DATA_DIR, LexiconError, read_lexicon


def write(tmp_path, edit):
    data = json.loads((DATA_DIR / "cues.json").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_shipped_lexicon_loads_and_knows_its_blocks():
    lex = read_lexicon(DATA_DIR / "cues.json")
    assert lex.verb_class("sagen") == "say" and lex.verb_class("auffordern") == "directive"
    assert "sei" in lex.subjunctive_forms and "dass" in lex.complementizers
    assert lex.so_pattern.search(", so ein Sprecher.") is not None


@pytest.mark.parametrize("edit, named", [
    (lambda d: d["verbs"].update({"sagen": "sai"}), "verbs.sagen"),
    (lambda d: d.update({"verbz": {}}), "verbz"),
    (lambda d: d["attribution"].pop("so_marker"), "attribution.so_marker"),
    (lambda d: d["forms"].update({"lief": "laufen"}), "lief"),
    (lambda d: d["verbs"].update({"bekannt geben": "say"}), "bekannt geben"),
])
def test_a_typo_names_file_and_key(tmp_path, edit, named):
    path = write(tmp_path, edit)
    with pytest.raises(LexiconError) as err:
        read_lexicon(path)
    assert str(path) in str(err.value) and named in str(err.value)


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "cues.json"
    path.write_text('{\n "verbs": {,}\n}', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues.json: line 2"):
        read_lexicon(path)


def test_a_block_for_no_construction_is_named(tmp_path):
    from quotes.constructions import Extractor

    path = write(tmp_path, lambda d: d.setdefault("constructions", {}).update({"mit_worten": {}}))
    with pytest.raises(LexiconError, match=r"constructions\.mit_worten: no construction"):
        Extractor(read_lexicon(path))
