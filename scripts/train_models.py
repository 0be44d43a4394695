"""Train the project's compact German Stanza models from Universal Dependencies files.

Why a script of our own: Stanza's German models cannot be downloaded on the machines this
project targets, so we train tokenizer, MWT expander, tagger, lemmatizer and parser ourselves
with Stanza's own training code, hold part of the data out, score the full pipeline from raw
text with the CoNLL 2018 evaluation and write the model files plus MODEL_CARD.md.

Each trainer runs under a wall-clock budget instead of a fixed step count: Stanza keeps the
best-on-dev model on disk, so stopping at the deadline is safe, and the same recipe uses a GPU
or a larger treebank (GSD train, HDT) unchanged - it simply gets further in the same time.

Usage: python scripts/train_models.py --ud-dir ../shared/ud-german --out quotes/models/de
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TREEBANK = "UD_German-Quotes"
SHORT = "de_quotes"
PUD_VERBFORM = {"VBC": "Fin", "VBN": "Part", "VB": "Inf"}

TOKENIZER_ARGS = ["--max_seqlen", "300", "--steps", "100000", "--eval_steps", "200"]
MWT_ARGS = ["--dict_only"]
TAGGER_ARGS = [
    "--no_pretrain", "--batch_size", "32", "--hidden_dim", "160", "--char_hidden_dim", "150",
    "--char_emb_dim", "50", "--deep_biaff_hidden_dim", "150",
    "--composite_deep_biaff_hidden_dim", "60", "--max_steps", "100000", "--eval_interval", "100",
    "--max_steps_before_stop", "3000",
]
LEMMA_ARGS = ["--num_epoch", "30", "--batch_size", "100"]
PARSER_ARGS = [
    "--no_pretrain", "--no_xpos", "--hidden_dim", "200", "--char_hidden_dim", "100",
    "--deep_biaff_hidden_dim", "200", "--num_layers", "2", "--batch_size", "1000",
    "--max_steps", "100000", "--optim", "adam", "--lr", "0.002", "--no_second_optim",
    "--eval_interval", "100", "--max_steps_before_stop", "3000", "--no_checkpoint",
]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# ---------------------------------------------------------------------------- data


def read_sentences(path: Path) -> list[list[str]]:
    """Split a CoNLL-U file into sentences (lists of lines, comments included)."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cur.append(line)
        elif cur:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def normalise(sent: list[str]) -> list[str]:
    """Blank XPOS (PUD uses an English-style tagset, GSD STTS) and give PUD verbs a VerbForm."""
    out = []
    for line in sent:
        if line.startswith("#"):
            out.append(line)
            continue
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            xpos, feats = cols[4], cols[5]
            if cols[3] in ("VERB", "AUX") and "VerbForm=" not in feats and xpos in PUD_VERBFORM:
                items = [] if feats == "_" else feats.split("|")
                items.append(f"VerbForm={PUD_VERBFORM[xpos]}")
                cols[5] = "|".join(sorted(items, key=str.lower))
            cols[4] = "_"
        out.append("\t".join(cols))
    return out


def sent_id(sent: list[str], fallback: str) -> str:
    for line in sent:
        if line.startswith("# sent_id"):
            return line.split("=", 1)[1].strip()
    return fallback


def split_of(key: str, test_share: float, dev_share: float) -> str:
    """Deterministic split by a hash of the sentence id: stable when files are added."""
    h = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if h < test_share:
        return "test"
    if h < test_share + dev_share:
        return "dev"
    return "train"


def build_splits(ud_dir: Path, udbase: Path, test_share: float, dev_share: float) -> dict:
    files = sorted(ud_dir.glob("*.conllu"))
    if not files:
        sys.exit(f"no *.conllu files in {ud_dir}")
    splits: dict[str, list[list[str]]] = {"train": [], "dev": [], "test": []}
    for f in files:
        for i, sent in enumerate(read_sentences(f)):
            splits[split_of(f"{f.name}:{sent_id(sent, str(i))}", test_share, dev_share)].append(
                normalise(sent)
            )
    target = udbase / TREEBANK
    target.mkdir(parents=True, exist_ok=True)
    for name, sents in splits.items():
        text = "\n\n".join("\n".join(s) for s in sents) + "\n\n"
        (target / f"{SHORT}-ud-{name}.conllu").write_text(text, encoding="utf-8")
    counts = {k: len(v) for k, v in splits.items()}
    log(f"split {', '.join(f.name for f in files)} -> {counts}")
    return {"files": [f.name for f in files], "sentences": counts}


# ---------------------------------------------------------------------------- training


def run(cmd: list[str], env: dict, logfile: Path, budget_s: float | None = None) -> float:
    """Run a Stanza trainer; stop it at the deadline (it has kept its best model on disk)."""
    start = time.time()
    with logfile.open("w") as fh:
        proc = subprocess.Popen(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT)
        try:
            proc.wait(timeout=budget_s)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGTERM)
            proc.wait()
            log(f"{logfile.stem}: stopped at its {budget_s / 60:g}-minute budget")
    if proc.returncode not in (0, -signal.SIGTERM):
        sys.exit(f"{' '.join(cmd[:3])} failed (exit {proc.returncode}); see {logfile}")
    return time.time() - start


class Trainer:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.work = Path(args.work).resolve()
        self.data = self.work / "data"
        self.saved = self.work / "saved"
        self.logs = self.work / "logs"
        for d in (self.data, self.saved, self.logs):
            d.mkdir(parents=True, exist_ok=True)
        self.py = sys.executable
        self.times: dict[str, float] = {}

    def env(self, threads: int | None = None) -> dict:
        env = dict(os.environ, UDBASE=str(self.work / "ud"), DATA_ROOT=str(self.data))
        if threads:
            env.update(OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
        return env

    def budget(self, name: str) -> float:
        return 60 * float(getattr(self.args, f"{name}_minutes"))

    def prepare(self) -> None:
        for module in ("prepare_tokenizer_treebank", "prepare_mwt_treebank"):
            run([self.py, "-m", f"stanza.utils.datasets.{module}", TREEBANK], self.env(),
                self.logs / f"{module}.log")
        pos = self.data / "pos"
        pos.mkdir(exist_ok=True)
        for split in ("train", "dev", "test"):
            src = self.work / "ud" / TREEBANK / f"{SHORT}-ud-{split}.conllu"
            shutil.copy(src, pos / f"{SHORT}.{split}.gold.conllu")

    def tokenizer(self, threads: int) -> None:
        tok = self.data / "tokenize"
        cmd = [self.py, "-m", "stanza.models.tokenizer", "--mode", "train", "--lang", "de",
               "--shorthand", SHORT,
               "--txt_file", str(tok / f"{SHORT}.train.txt"),
               "--label_file", str(tok / f"{SHORT}-ud-train.toklabels"),
               "--mwt_json_file", str(tok / f"{SHORT}-ud-train-mwt.json"),
               "--dev_txt_file", str(tok / f"{SHORT}.dev.txt"),
               "--dev_label_file", str(tok / f"{SHORT}-ud-dev.toklabels"),
               "--dev_conll_gold", str(tok / f"{SHORT}.dev.gold.conllu"),
               "--conll_file", str(self.work / "tokenizer-dev.conllu"),
               "--save_dir", str(self.saved), "--save_name", "tokenize.pt", *TOKENIZER_ARGS]
        self.times["tokenizer"] = run(cmd, self.env(threads), self.logs / "tokenizer.log",
                                      self.budget("tokenizer"))

    def mwt(self, threads: int) -> None:
        mwt = self.data / "mwt"
        cmd = [self.py, "-m", "stanza.models.mwt_expander", "--lang", "de", "--shorthand", SHORT,
               "--train_file", str(mwt / f"{SHORT}.train.in.conllu"),
               "--eval_file", str(mwt / f"{SHORT}.dev.in.conllu"),
               "--output_file", str(self.work / "mwt-dev.conllu"),
               "--gold_file", str(mwt / f"{SHORT}.dev.gold.conllu"),
               "--save_dir", str(self.saved), "--save_name", "mwt.pt", *MWT_ARGS]
        self.times["mwt"] = run(cmd, self.env(threads), self.logs / "mwt.log")

    def tagger(self, threads: int) -> None:
        pos = self.data / "pos"
        cmd = [self.py, "-m", "stanza.models.tagger", "--mode", "train", "--lang", "de",
               "--shorthand", SHORT,
               "--train_file", str(pos / f"{SHORT}.train.gold.conllu"),
               "--eval_file", str(pos / f"{SHORT}.dev.gold.conllu"),
               "--output_file", str(self.work / "pos-dev.conllu"),
               "--save_dir", str(self.saved), "--save_name", "pos.pt", *TAGGER_ARGS]
        self.times["tagger"] = run(cmd, self.env(threads), self.logs / "tagger.log",
                                   self.budget("tagger"))

    def retag(self, split: str, threads: int) -> Path:
        """Tag a split with the trained tagger so the parser learns from realistic tags."""
        pos = self.data / "pos"
        out = self.work / f"retagged-{split}.conllu"
        cmd = [self.py, "-m", "stanza.models.tagger", "--mode", "predict", "--lang", "de",
               "--shorthand", SHORT, "--no_pretrain",
               "--eval_file", str(pos / f"{SHORT}.{split}.gold.conllu"),
               "--output_file", str(out),
               "--save_dir", str(self.saved), "--save_name", "pos.pt"]
        run(cmd, self.env(threads), self.logs / f"retag-{split}.log")
        return out

    def lemmatizer(self, threads: int) -> None:
        pos = self.data / "pos"
        cmd = [self.py, "-m", "stanza.models.lemmatizer", "--mode", "train", "--shorthand", SHORT,
               "--train_file", str(pos / f"{SHORT}.train.gold.conllu"),
               "--eval_file", str(pos / f"{SHORT}.dev.gold.conllu"),
               "--output_file", str(self.work / "lemma-dev.conllu"),
               "--save_dir", str(self.saved), "--save_name", "lemma.pt", *LEMMA_ARGS]
        self.times["lemmatizer"] = run(cmd, self.env(threads), self.logs / "lemmatizer.log",
                                       self.budget("lemma"))

    def parser(self, threads: int) -> None:
        train = self.retag("train", threads)
        dev = self.retag("dev", threads)
        cmd = [self.py, "-m", "stanza.models.parser", "--mode", "train", "--lang", "de",
               "--shorthand", SHORT, "--train_file", str(train), "--eval_file", str(dev),
               "--output_file", str(self.work / "depparse-dev.conllu"),
               "--save_dir", str(self.saved), "--save_name", "depparse.pt", *PARSER_ARGS]
        self.times["parser"] = run(cmd, self.env(threads), self.logs / "parser.log",
                                   self.budget("parser"))

    def lane_text(self, threads: int) -> None:
        self.tokenizer(threads)
        self.mwt(threads)
        self.lemmatizer(threads)

    def lane_syntax(self, threads: int) -> None:
        self.tagger(threads)
        self.parser(threads)


# ---------------------------------------------------------------------------- evaluation


def evaluate(out_dir: Path, test_conllu: Path, work: Path) -> dict:
    """Run the shipped pipeline on the held-out raw text and score it with CoNLL 2018 metrics."""
    import stanza
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    from quotes.parse import shipped_pipeline_config  # score exactly what the package runs

    sents = read_sentences(test_conllu)
    texts = [next(line[len("# text = "):] for line in s if line.startswith("# text = "))
             for s in sents]
    raw = "\n\n".join(" ".join(texts[i:i + 5]) for i in range(0, len(texts), 5))
    nlp = stanza.Pipeline(**shipped_pipeline_config(out_dir))
    start = time.time()
    doc = nlp(raw)
    elapsed = time.time() - start
    system = work / "test-system.conllu"
    CoNLL.write_doc2conll(doc, str(system))
    scores = ud_scores(str(test_conllu), str(system))
    metrics = ["Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS"]
    result = {m: round(100 * scores[m].f1, 2) for m in metrics}
    words = sum(len(s.words) for s in doc.sentences)
    result["words_per_second"] = round(words / elapsed, 1)
    return result


def dev_score(logfile: Path, marker: str) -> str:
    """Last best-dev line a trainer logged (for the card)."""
    lines = [ln for ln in logfile.read_text(errors="replace").splitlines() if marker in ln]
    return lines[-1].strip() if lines else "n/a"


def write_card(out: Path, info: dict) -> None:
    s = info["scores"]
    sizes = info["sizes_mb"]
    rows = "\n".join(f"| {k} | {v} |" for k, v in s.items())
    size_rows = "\n".join(f"| {k} | {v:.2f} MB |" for k, v in sizes.items())
    time_rows = "\n".join(f"| {k} | {v / 60:.1f} min |" for k, v in info["times_s"].items())
    card = f"""# German Stanza models shipped with quotes

Trained by `make parser` (`scripts/train_models.py`) with Stanza {info['stanza']} /
torch {info['torch']} on {info['device']} ({info['threads']} CPU threads available),
{info['date']}.

## Data and licence
Universal Dependencies German: {', '.join(info['data']['files'])}
(GSD: CC BY-SA 4.0, PUD: CC BY-SA 3.0 - these models are derived works under the same terms).
XPOS is blanked everywhere (PUD uses an English-style tagset), PUD verbs get `VerbForm` from their
XPOS. Sentences are split by a hash of their id: {info['data']['sentences']}.

## Steps and hyper-parameters
No pretrained embeddings, every trainer stopped at a wall-clock budget keeping its best-on-dev model.
- tokenizer (+ Stanza's punctuation/quote augmentation): `{' '.join(TOKENIZER_ARGS)}`
- MWT expander: `{' '.join(MWT_ARGS)}` (German contractions are a closed class)
- tagger (UPOS + UFeats): `{' '.join(TAGGER_ARGS)}`
- lemmatizer: `{' '.join(LEMMA_ARGS)}`
- parser, trained on the tagger's **predicted** tags: `{' '.join(PARSER_ARGS)}`

## Held-out scores (full pipeline from raw text, CoNLL 2018 evaluation, F1)
| metric | score |
| --- | --- |
{rows}

Best dev lines: tagger `{info['dev']['tagger']}`; parser `{info['dev']['parser']}`.

## Sizes (shipped files)
| file | size |
| --- | --- |
{size_rows}

## Training time
| step | time |
| --- | --- |
{time_rows}
| total | {info['total_s'] / 60:.1f} min |

## What limits it
About 2,600 sentences in all (GSD train is not available offline), no pretrained word vectors or
character language model, and one hour of 2-core CPU. Tagging errors propagate into the parse
(UPOS and UFeats feed the parser). With internet, drop `de_gsd-ud-train.conllu` (13,814 sentences)
or UD_German-HDT into `UD_DIR` and run `make parser` again, or use Stanza's official models
(`--stanza-models official`).
"""
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    (out / "model_info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--ud-dir", default=os.environ.get("UD_DIR", "../shared/ud-german"))
    ap.add_argument("--out", default="quotes/models/de")
    ap.add_argument("--work", default="build/train")
    ap.add_argument("--test-share", type=float, default=0.08)
    ap.add_argument("--dev-share", type=float, default=0.08)
    ap.add_argument("--tokenizer-minutes", type=float, default=18)
    ap.add_argument("--tagger-minutes", type=float, default=22)
    ap.add_argument("--lemma-minutes", type=float, default=18)
    ap.add_argument("--parser-minutes", type=float, default=30)
    ap.add_argument("--eval-only", action="store_true", help="re-score the models in --out")
    args = ap.parse_args()
    ud_dir, out = Path(args.ud_dir), Path(args.out)
    t0 = time.time()
    trainer = Trainer(args)
    data_info = build_splits(ud_dir, trainer.work / "ud", args.test_share, args.dev_share)
    if not args.eval_only:
        trainer.prepare()
        cores = os.cpu_count() or 2
        per_lane = max(1, cores // 2)
        log(f"training in two lanes with {per_lane} thread(s) each")
        with ThreadPoolExecutor(2) as pool:
            lanes = [pool.submit(trainer.lane_text, per_lane),
                     pool.submit(trainer.lane_syntax, per_lane)]
            for lane in lanes:
                lane.result()
        out.mkdir(parents=True, exist_ok=True)
        for name in ("tokenize", "mwt", "pos", "lemma", "depparse"):
            shutil.copy(trainer.saved / f"{name}.pt", out / f"{name}.pt")
        (out / "resources.json").write_text("{}\n")
    log("evaluating the pipeline on held-out raw text")
    test = trainer.work / "ud" / TREEBANK / f"{SHORT}-ud-test.conllu"
    scores = evaluate(out, test, trainer.work)
    log(f"held-out: {scores}")
    import stanza
    import torch

    info = {
        "stanza": stanza.__version__, "torch": torch.__version__,
        "device": "cuda" if torch.cuda.is_available() else "cpu", "threads": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d"), "data": data_info, "scores": scores,
        "sizes_mb": {p.name: p.stat().st_size / 1e6 for p in sorted(out.glob("*.pt"))},
        "times_s": {k: round(v, 1) for k, v in trainer.times.items()},
        "total_s": round(time.time() - t0, 1),
        "dev": {"tagger": dev_score(trainer.logs / "tagger.log", "best"),
                "parser": dev_score(trainer.logs / "parser.log", "best")},
    }
    if args.eval_only and (out / "model_info.json").exists():
        old = json.loads((out / "model_info.json").read_text())
        info.update(times_s=old.get("times_s", {}), total_s=old.get("total_s", 0.0))
    write_card(out, info)
    log(f"wrote {out}/MODEL_CARD.md")


if __name__ == "__main__":
    main()
