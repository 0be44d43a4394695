"""Stance toward a Gaza ceasefire: a small scikit-learn pipeline with a safe file format.

Word and character n-gram TF-IDF feed a linear model; cross-validation is grouped by document
so quotes of one article never sit on both sides. Models are stored with skops and loaded only
with an explicit list of trusted types: a shared model file cannot run code.
"""

from __future__ import annotations

import hashlib
import json
import time
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from quotes.lexicon import DATA_DIR
from quotes.models import STANCES, Annotation

DEFAULT_MODEL = DATA_DIR / "stance.skops"
FORMAT = "quotes-stance/1"
TRUSTED_TYPES = [
    "builtins.dict", "builtins.list", "builtins.str", "builtins.tuple",
    "collections.defaultdict", "numpy.dtype", "numpy.ndarray", "numpy.float64", "numpy.int64",
    "numpy.random.mtrand.RandomState", "numpy.core.multiarray._reconstruct",
    "scipy.sparse._csr.csr_matrix", "builtins.float", "builtins.int", "builtins.bool",
    "sklearn.pipeline.Pipeline", "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.frozen._frozen.FrozenEstimator",
    "sklearn.utils._bunch.Bunch",
]


class UnsafeModelError(RuntimeError):
    """A model file that is not a skops archive or holds types outside the trusted list."""


@dataclass
class StanceConfig:
    """Hyper-parameters; `quotes train --set key=value` overrides them (spaCy-style)."""

    classifier: str = "logreg"  # logreg | svm
    C: float = 4.0
    word_ngrams: int = 2
    char_min: int = 2
    char_max: int = 5
    min_df: int = 1
    folds: int = 5
    seed: int = 0

    def override(self, items: list[str]) -> StanceConfig:
        for item in items:
            key, sep, value = item.partition("=")
            if not sep or not hasattr(self, key):
                raise ValueError(f"unknown setting {item!r}; known: {', '.join(vars(self))}")
            current = getattr(self, key)
            setattr(self, key, type(current)(value))
        return self


def quote_features_text(quote: str) -> str:
    """What the classifier reads: the quote, lower-cased, with German negations kept as words."""
    return " ".join(quote.split()).lower()


def build_pipeline(cfg: StanceConfig):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, cfg.word_ngrams), min_df=cfg.min_df,
                                  sublinear_tf=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(cfg.char_min, cfg.char_max),
                                  min_df=cfg.min_df, sublinear_tf=True)),
    ])
    if cfg.classifier == "svm":
        clf = CalibratedClassifierCV(LinearSVC(C=cfg.C / 4, class_weight="balanced"), cv=3)
    else:
        clf = LogisticRegression(C=cfg.C, class_weight="balanced", max_iter=2000)
    return Pipeline([("features", features), ("clf", clf)])


def data_hash(records: list[Annotation]) -> str:
    h = hashlib.sha256()
    for r in sorted(records, key=lambda r: (r.doc, r.quote)):
        h.update(f"{r.doc}\0{r.quote}\0{r.stance}\n".encode())
    return h.hexdigest()[:16]


def scores(y_true: list[str], y_pred: list[str]) -> dict:
    from sklearn.metrics import precision_recall_fscore_support

    p, r, f, n = precision_recall_fscore_support(y_true, y_pred, labels=list(STANCES),
                                                 zero_division=0)
    per = {lab: {"precision": round(float(p[i]), 3), "recall": round(float(r[i]), 3),
                 "f1": round(float(f[i]), 3), "support": int(n[i])}
           for i, lab in enumerate(STANCES)}
    return {"per_class": per, "macro_f1": round(float(np.mean(f)), 3),
            "f1_favor_against": round(float((f[0] + f[1]) / 2), 3), "n": len(y_true)}


class StanceModel:
    """scikit-learn estimator habits: fit, predict, predict_proba; plus save/load."""

    def __init__(self, config: StanceConfig | None = None, pipeline=None, meta: dict | None = None):
        self.config = config or StanceConfig()
        self.pipeline = pipeline
        self.meta = meta or {}

    def fit(self, records: list[Annotation]) -> StanceModel:
        texts = [quote_features_text(r.quote) for r in records]
        self.pipeline = build_pipeline(self.config).fit(texts, [r.stance for r in records])
        self.meta.update(data_hash=data_hash(records), n_train=len(records))
        return self

    def predict_proba(self, quotes: list[str]) -> tuple[list[str], np.ndarray]:
        probs = self.pipeline.predict_proba([quote_features_text(q) for q in quotes])
        return list(self.pipeline.classes_), probs

    def predict(self, quotes: list[str]) -> list[tuple[str, float]]:
        if not quotes:
            return []
        classes, probs = self.predict_proba(quotes)
        best = probs.argmax(axis=1)
        return [(classes[i], float(probs[row, i])) for row, i in enumerate(best)]

    def cross_validate(self, records: list[Annotation]) -> dict:
        """Grouped by document: no article contributes quotes to both train and test folds."""
        from sklearn.model_selection import GroupKFold

        texts = np.array([quote_features_text(r.quote) for r in records], dtype=object)
        labels = np.array([r.stance for r in records], dtype=object)
        groups = np.array([r.doc for r in records], dtype=object)
        folds = min(self.config.folds, len(set(groups)))
        pred = np.empty(len(records), dtype=object)
        for train, test in GroupKFold(n_splits=folds).split(texts, labels, groups):
            pipe = build_pipeline(self.config).fit(list(texts[train]), list(labels[train]))
            pred[test] = pipe.predict(list(texts[test]))
        return scores(list(labels), list(pred))

    def save(self, path: Path, metrics: dict | None = None) -> None:
        import sklearn
        import skops
        import skops.io as sio

        from quotes.storage import write_atomic

        self.meta.update(format=FORMAT, sklearn=sklearn.__version__, skops=skops.__version__,
                         numpy=np.__version__, created=time.strftime("%Y-%m-%dT%H:%M:%S"),
                         config=json.dumps(vars(self.config)),
                         metrics=json.dumps(metrics or {}))
        payload = {"pipeline": self.pipeline, "meta": json.dumps(self.meta)}
        write_atomic(Path(path), sio.dumps(payload))

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        import sklearn
        import skops.io as sio

        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UnsafeModelError(f"{path}: cannot read model ({exc.strerror or exc})") from None
        if not data.startswith(b"PK"):
            raise UnsafeModelError(
                f"{path}: not a skops model archive (a pickle or other file?); refusing to load it")
        try:
            untrusted = sio.get_untrusted_types(data=data)
        except Exception as exc:  # noqa: BLE001 - any parse failure means: do not trust it
            raise UnsafeModelError(f"{path}: damaged model archive ({exc})") from None
        unexpected = sorted(set(untrusted) - set(TRUSTED_TYPES))
        if unexpected:
            raise UnsafeModelError(
                f"{path}: model holds types outside the trusted list: {', '.join(unexpected)}")
        payload = sio.loads(data, trusted=TRUSTED_TYPES)
        meta = json.loads(payload["meta"])
        if meta.get("format") != FORMAT:
            raise UnsafeModelError(f"{path}: not a quotes stance model")
        if meta.get("sklearn") != sklearn.__version__:
            warnings.warn(
                f"{path} was saved with scikit-learn {meta.get('sklearn')}, this is "
                f"{sklearn.__version__}: predictions may differ; retrain with `quotes train`",
                stacklevel=2)
        cfg = StanceConfig(**json.loads(meta.get("config", "{}")))
        return cls(cfg, payload["pipeline"], meta)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> StanceModel:
    return StanceModel.load(Path(path) if path else DEFAULT_MODEL)


def label_quotes(quotes: list, model: StanceModel) -> None:
    """Fill `stance` and `stance_confidence` of Quote objects in place."""
    for q, (label, conf) in zip(quotes, model.predict([q.quote for q in quotes]), strict=True):
        q.stance = label
        q.stance_confidence = round(conf, 3)
