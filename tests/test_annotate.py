"""`quotes annotate` driven end to end with scripted input, including interruptions."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest

from quotes.annotations import load_annotations

from .conftest import ROOT

ONE_QUOTE = ("„Die Hilfslieferungen müssen sofort erhöht werden“, sagte UN-Generalsekretär António "
             "Guterres in New York.\n")

ARTICLE = (
    "„Wir lehnen jede Feuerpause ab“, sagte der Minister Itamar Ben-Gvir am Montag.\n\n"
    "Die Hamas erklärte, sie sei zu einem dauerhaften Waffenstillstand bereit.\n\n"
    "„Die Hilfslieferungen müssen sofort erhöht werden“, sagte UN-Generalsekretär António "
    "Guterres in New York.\n\n"
    "Katar teilte mit, dass die Gespräche am Dienstag in Doha fortgesetzt würden.\n"
)


@pytest.fixture()
def article(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "art.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def records(path):
    recs, problems = load_annotations([path])
    assert problems == []
    return recs


def test_scripted_session_saves_answers_and_resumes(tmp_path, article, run_cli):
    target = tmp_path / "user.jsonl"
    proc = run_cli("annotate", str(article), "--annotations", str(target), stdin="f\nx\nq\n")
    assert proc.returncode == 0, proc.stderr
    first = records(target)
    assert [r.stance for r in first] == ["favor", "against"]
    assert all(r.source == "user" and r.doc == "art.txt" for r in first)
    proc = run_cli("annotate", str(article), "--annotations", str(target), stdin="n\nq\n")
    second = records(target)
    assert len(second) == 3
    assert second[2].stance == "none"
    assert (second[2].doc, second[2].start) not in {(r.doc, r.start) for r in first}


def one_quote_folder(tmp_path, text=ONE_QUOTE):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "one.txt").write_text(text, encoding="utf-8")
    return folder


def test_edit_speaker_looks_up_the_affiliation_and_it_can_be_overridden(tmp_path, run_cli):
    docs = one_quote_folder(tmp_path)
    target = tmp_path / "user.jsonl"
    proc = run_cli("annotate", str(docs), "--annotations", str(target), check=True,
                   stdin="e\nNetanyahu\np\nMars\n3\nf\n")
    [rec] = records(target)
    assert rec.speaker == "Benjamin Netanjahu"  # the registry's name for an alias
    assert "speaker: Benjamin Netanjahu (Israel)" in proc.stdout  # redisplayed, looked up
    assert "unknown affiliation 'Mars'" in proc.stdout
    assert rec.affiliation == "USA" and rec.stance == "favor"  # 3rd of the listed affiliations


def test_unknown_speaker_has_no_affiliation_until_one_is_given(tmp_path, run_cli):
    docs = one_quote_folder(tmp_path)
    target = tmp_path / "user.jsonl"
    run_cli("annotate", str(docs), "--annotations", str(target), check=True,
            stdin="e\nJemand Anderes\nn\n")
    [rec] = records(target)
    assert rec.speaker == "Jemand Anderes" and rec.affiliation is None and rec.stance == "none"


def test_not_a_quote_is_stored_and_never_asked_again(tmp_path, run_cli):
    docs = one_quote_folder(tmp_path)
    data_home, elsewhere = tmp_path / "data", tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"XDG_DATA_HOME": str(data_home), "PYTHONPATH": str(ROOT)}
    run_cli("annotate", str(docs), stdin="r\n", cwd=elsewhere, env=env, check=True)
    target = data_home / "quotes" / "annotations.jsonl"  # the user's data folder, not the cwd
    assert list(elsewhere.iterdir()) == []
    [rec] = records(target)
    assert rec.label == "not_quote" and rec.stance is None and rec.source == "user"
    again = run_cli("annotate", str(docs), stdin="f\n", cwd=elsewhere, env=env, check=True)
    assert "nothing left to annotate" in again.stdout
    assert len(records(target)) == 1
    inside = ROOT / "quotes" / "data" / "answers.jsonl"
    refused = run_cli("annotate", str(docs), "--annotations", str(inside), stdin="f\n")
    assert refused.returncode == 2 and "inside the installed package" in refused.stderr
    assert not inside.exists()


def test_span_adjusted_by_words(tmp_path, run_cli):
    text = "„Wir lehnen jede Feuerpause ab“, sagte der Minister Itamar Ben-Gvir am Montag.\n"
    docs = one_quote_folder(tmp_path, text)
    target = tmp_path / "user.jsonl"
    proc = run_cli("annotate", str(docs), "--annotations", str(target), check=True,
                   stdin="w\n9-99\n2-5\nx\n")
    assert "2:⟦lehnen⟧" in proc.stdout and "6:sagte 7:der" in proc.stdout  # numbered words
    assert "word numbers must run from 1 to 12" in proc.stdout
    assert "⟦lehnen jede Feuerpause ab⟧" in proc.stdout  # the new span shown in its sentence
    [rec] = records(target)
    assert rec.quote == "lehnen jede Feuerpause ab"  # closing mark and comma left out
    assert (rec.start, rec.end) == (text.index("lehnen"), text.index("“"))
    assert (rec.extracted_start, rec.extracted_end) == (text.index("Wir"), text.index("“"))
    assert rec.stance == "against"
    again = run_cli("annotate", str(docs), "--annotations", str(target), stdin="f\n")
    assert "nothing left to annotate" in again.stdout


def test_undo_takes_back_the_last_answer_and_asks_again(tmp_path, article, run_cli):
    target = tmp_path / "user.jsonl"
    proc = run_cli("annotate", str(article), "--annotations", str(target), check=True,
                   stdin="zz\n?\nu\nf\nu\nx\nn\nq\n")
    assert "unknown key 'zz': press ? for the keys" in proc.stdout
    assert "undo the last answer" in proc.stdout  # the key list
    assert "nothing to undo in this session" in proc.stdout
    saved = records(target)
    assert [r.stance for r in saved] == ["against", "none"]  # the favor answer was taken back
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert len({r.start for r in saved}) == 2


def wait_for_lines(path, n, proc, timeout=300):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and len(path.read_text().splitlines()) >= n:
            return
        if proc.poll() is not None:
            raise AssertionError(f"annotate ended early with exit code {proc.returncode}")
        time.sleep(0.2)
    raise AssertionError("no answer was written")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_killed_session_keeps_every_answer_given(tmp_path, article, cache_dir, sig):
    target = tmp_path / "user.jsonl"
    env = dict(os.environ, QUOTES_CACHE_DIR=str(cache_dir), PYTHONWARNINGS="ignore")
    log = (tmp_path / "session.log").open("w")  # a file, not a pipe nobody reads: no blocking
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "annotate", str(article),
                             "--annotations", str(target)], stdin=subprocess.PIPE,
                            stdout=log, stderr=subprocess.STDOUT, text=True, cwd=ROOT, env=env)
    proc.stdin.write("f\n")
    proc.stdin.flush()
    proc.stdin.write("x\n")
    proc.stdin.flush()
    wait_for_lines(target, 2, proc)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    saved = records(target)
    assert [r.stance for r in saved] == ["favor", "against"]
    assert target.read_text().endswith("\n")
    # resume: the next session starts with the next unanswered quote
    proc2 = subprocess.run([sys.executable, "-m", "quotes", "annotate", str(article),
                            "--annotations", str(target)], input="n\nq\n", text=True,
                           capture_output=True, cwd=ROOT, env=env, timeout=600)
    assert proc2.returncode == 0, proc2.stderr
    after = records(target)
    assert len(after) == 3 and len({(r.doc, r.start) for r in after}) == 3


USER_ANSWERS = [  # made-up quotes in four made-up documents
    ("user-a", "Wir wollen sofort eine Waffenruhe, damit die Geiseln freikommen", "favor"),
    ("user-a", "Eine Feuerpause kommt für uns nicht in Frage", "against"),
    ("user-a", "Am Dienstag fahren wieder Busse in die Stadt", "none"),
    ("user-b", "Jeder Tag ohne Abkommen kostet Menschenleben", "favor"),
    ("user-b", "Wir kämpfen weiter, bis der Gegner aufgibt", "against"),
    ("user-b", "Die Schulen bleiben bis Freitag geschlossen", "none"),
    ("user-c", "Die Gespräche über einen Waffenstillstand müssen weitergehen", "favor"),
    ("user-c", "Ein Abkommen wäre eine Belohnung für Terror", "against"),
    ("user-c", "Der Flughafen wurde wegen Nebels gesperrt", "none"),
    ("user-d", "Wir begrüßen jeden Schritt hin zu einer Einigung", "favor"),
    ("user-d", "Über eine Waffenruhe verhandeln wir nicht", "against"),
    ("user-d", "Die Wasserversorgung ist wiederhergestellt", "none"),
]


def write_answers(path):
    lines = [json.dumps({"doc": d, "quote": q, "stance": s, "source": "user"},
                        ensure_ascii=False) for d, q, s in USER_ANSWERS]
    lines.append(json.dumps({"doc": "user-d", "quote": "Das sagte er nicht", "source": "user",
                             "label": "not_quote"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def package_hashes():
    return {p: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((ROOT / "quotes").rglob("*")) if p.is_file()
            and "__pycache__" not in p.parts}


def test_train_on_few_answers_warns_and_leaves_the_package_alone(tmp_path, run_cli):
    answers = tmp_path / "answers.jsonl"
    write_answers(answers)
    before = package_hashes()
    model = tmp_path / "mine.npz"
    proc = run_cli("train", "--no-shipped", "--annotations", str(answers), "--folds", "3",
                   "-o", str(model), "--json", check=True)
    report = json.loads(proc.stdout)
    assert report["training"]["quotes"] == 12 and report["training"]["not_quote_excluded"] == 1
    assert report["cross_validation"]["folds"] == 3  # the folds actually used
    assert report["heldout"]["quotes"] == 12  # each answer predicted out of fold
    assert set(report["heldout"]) >= {"shipped", "new"}
    assert any("fewer than 100" in w for w in report["warnings"])
    assert "fewer than 100" in proc.stderr
    assert model.is_file() and report["model"] == str(model.resolve())
    refused = run_cli("train", "--no-shipped", "--annotations", str(answers),
                      "-o", str(ROOT / "quotes" / "data" / "stance-copy.npz"))
    assert refused.returncode == 2 and "inside the installed package" in refused.stderr
    assert package_hashes() == before
    # the new model, chosen by the config file, is the one every command uses
    config = tmp_path / "config.toml"
    config.write_text(f'stance_model = "{model}"\n', encoding="utf-8")
    docs = one_quote_folder(tmp_path)
    by_option = run_cli("extract", str(docs), "--format", "jsonl", "--stance-model", str(model),
                        check=True)
    by_config = run_cli("extract", str(docs), "--format", "jsonl", check=True,
                        env={"QUOTES_CONFIG": str(config)})
    assert by_config.stdout == by_option.stdout
    config.write_text('stance_model = "/nowhere/model.npz"\n', encoding="utf-8")
    broken = run_cli("extract", str(docs), env={"QUOTES_CONFIG": str(config)})
    assert broken.returncode == 2 and str(config) in broken.stderr


@pytest.mark.slow
def test_train_adds_answers_to_the_shipped_data_and_compares_models(tmp_path, run_cli):
    data_home = tmp_path / "data"
    (data_home / "quotes").mkdir(parents=True)
    write_answers(data_home / "quotes" / "annotations.jsonl")  # where annotate puts answers
    before = package_hashes()
    proc = run_cli("train", "--folds", "2", "--json", check=True,
                   env={"XDG_DATA_HOME": str(data_home)})
    report = json.loads(proc.stdout)
    training = report["training"]
    assert training["user"] == 12 and training["shipped"] > 500
    assert training["quotes"] == training["user"] + training["shipped"]
    assert report["cross_validation"]["folds"] == 2
    held = report["heldout"]
    assert held["quotes"] == 12 and held["documents"] == 4  # the user's answers, out of fold
    assert 0.0 <= held["shipped"]["macro_f1"] <= 1.0 and 0.0 <= held["new"]["macro_f1"] <= 1.0
    saved = data_home / "quotes" / "stance-model.npz"
    assert report["model"] == str(saved) and saved.is_file()
    assert package_hashes() == before


def test_rejected_spans_are_not_gold_but_known_false_alarms(tmp_path, article, run_cli):
    gold = tmp_path / "gold.jsonl"
    rows = [("Wir lehnen jede Feuerpause ab", "against", "quote"),
            ("sie sei zu einem dauerhaften Waffenstillstand bereit", "favor", "quote"),
            ("Die Hilfslieferungen müssen sofort erhöht werden", "none", "quote"),
            ("dass die Gespräche am Dienstag in Doha fortgesetzt würden", None, "not_quote")]
    gold.write_text("".join(json.dumps({"doc": "art.txt", "quote": q, "stance": s, "label": lab},
                                       ensure_ascii=False) + "\n" for q, s, lab in rows),
                    encoding="utf-8")
    result = json.loads(run_cli("evaluate", str(gold), "--docs", str(article), "--json",
                                check=True).stdout)
    assert result["gold"] == 3  # the rejection is no gold quote
    assert result["rejected_spans"] == {"rejected": 1, "found_again": 1}


@pytest.mark.parametrize("content, reason", [
    ('stance_model = 3\n', "stance_model must be a file path"),
    ('bogus = "x"\n', "unknown setting(s) bogus"),
    ('stance_model = "a\n', "cannot read config"),
])
def test_a_broken_config_file_is_named_with_the_reason(tmp_path, monkeypatch, content, reason):
    from quotes.config import ConfigError, default_annotations, stance_model_path

    config = tmp_path / "config.toml"
    config.write_text(content, encoding="utf-8")
    monkeypatch.setenv("QUOTES_CONFIG", str(config))
    for read in (stance_model_path, default_annotations):
        with pytest.raises(ConfigError, match=re.escape(reason)) as info:
            read()
        assert str(config) in str(info.value)


def test_answers_default_to_the_data_folder_or_the_config(tmp_path, monkeypatch):
    from quotes.config import default_annotations

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("QUOTES_CONFIG", str(tmp_path / "absent.toml"))
    assert default_annotations() == tmp_path / "data" / "quotes" / "annotations.jsonl"
    config = tmp_path / "config.toml"
    config.write_text(f'annotations = "{tmp_path / "mine.jsonl"}"\n', encoding="utf-8")
    monkeypatch.setenv("QUOTES_CONFIG", str(config))
    assert default_annotations() == tmp_path / "mine.jsonl"


def test_an_answer_replaces_what_the_shipped_data_said_about_its_span(tmp_path):
    from quotes.training import gather

    def rec(quote, start, stance, **extra):
        return json.dumps({"doc": "d.txt", "quote": quote, "start": start,
                           "end": start + len(quote), "stance": stance, **extra},
                          ensure_ascii=False)

    outer = "die Regierung habe darauf bestanden, dass alle Gefangenen freikommen"
    inner = "dass alle Gefangenen freikommen"
    shipped = tmp_path / "shipped.jsonl"  # a nested report: two records, both kept
    shipped.write_text("\n".join([rec(outer, 100, "none"), rec(inner, 137, "against"),
                                  rec("Wir wollen eine Waffenruhe, sofort", 10, "favor")]) + "\n",
                       encoding="utf-8")
    answers = tmp_path / "answers.jsonl"  # the annotator moved the span and changed the stance
    answers.write_text(rec("Wir wollen eine Waffenruhe", 10, "none", extracted_start=10,
                           extracted_end=44) + "\n", encoding="utf-8")
    data = gather([shipped], [answers])
    assert data.overridden == 1 and data.problems == []
    assert sorted((r.quote, r.stance) for r in data.records) == sorted(
        [(outer, "none"), (inner, "against"), ("Wir wollen eine Waffenruhe", "none")])
