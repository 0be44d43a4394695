"""Stance toward a Gaza ceasefire: a linear model over n-grams, speaker, cue and a deal lexicon.

Follows scikit-learn's estimator contract (parameters in ``__init__``, fitted attributes ending in
``_``, ``predict``/``predict_proba``), but predicting and loading need only NumPy: the model file is a
plain ``.npz`` archive of arrays (vocabulary, idf, coefficients) plus JSON metadata, read with
``allow_pickle=False`` and rebuilt by this module, so a model file cannot run code and loads in a
few milliseconds. Probabilities are calibrated by temperature scaling on out-of-fold scores.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import math
import time
import zipfile
from functools import lru_cache
from pathlib import Path

import numpy as np

from quotes.lexicon import DATA_DIR
from quotes.models import STANCES
from quotes.stance_features import BLOCKS, Lexicon, Vectorizer, load_lexicon, record_features

DEFAULT_MODEL = DATA_DIR / "stance.npz"
FORMAT = "quotes-stance/2"
CLASSIFIERS = ("logreg", "svm")
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MEMBERS = {"meta.npy": (np.uint8, 1), "vocabulary.npy": (np.uint8, 1), "idf.npy": (np.float32, 1),
           "coef.npy": (np.float32, 2), "intercept.npy": (np.float32, 1)}


class UnsafeModelError(RuntimeError):
    """A model file that is not a quotes stance model, or one that could do harm when read."""


class NotFittedError(ValueError, AttributeError):
    """The model is used before `fit` (same bases as scikit-learn's NotFittedError)."""


def _bool(value) -> bool:
    if isinstance(value, str):
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"not a yes/no value: {value!r}")
    return bool(value)


class StanceModel:
    """favor / against / none for quotes; hyper-parameters are keyword arguments, as in sklearn.

    classifier: "logreg" (multinomial logistic regression) or "svm" (linear SVM); C: inverse
    regularisation; word_ngrams, char_min/char_max (0 = no character n-grams), min_df: the n-gram
    vocabulary; speaker (affiliation), speaker_name (the canonical speaker), cue, kind, lexicon,
    speaker_lexicon (affiliation x lexicon category): feature sets beyond n-grams;
    extra_weight: the weight of that block against the n-gram blocks; synthetic_weight: the
    sample weight of quotes with source "synthetic"; calibrate: fit a temperature on out-of-fold
    scores (calib_folds folds grouped by document).
    """

    def __init__(self, classifier: str = "logreg", C: float = 2.0, word_ngrams: int = 2,
                 char_min: int = 2, char_max: int = 5, min_df: int = 2, speaker: bool = True,
                 cue: bool = True, kind: bool = False, lexicon: bool = True,
                 speaker_lexicon: bool = False, speaker_name: bool = True, extra_weight: float = 1.0,
                 synthetic_weight: float = 0.25, calibrate: bool = True, calib_folds: int = 5,
                 seed: int = 0):
        self.classifier = classifier
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_min = char_min
        self.char_max = char_max
        self.min_df = min_df
        self.speaker = speaker
        self.cue = cue
        self.kind = kind
        self.lexicon = lexicon
        self.speaker_lexicon = speaker_lexicon
        self.speaker_name = speaker_name
        self.extra_weight = extra_weight
        self.synthetic_weight = synthetic_weight
        self.calibrate = calibrate
        self.calib_folds = calib_folds
        self.seed = seed

    # --- scikit-learn's parameter protocol -------------------------------------------------
    @classmethod
    def _param_names(cls) -> list[str]:
        return [p for p in inspect.signature(cls.__init__).parameters if p != "self"]

    def get_params(self, deep: bool = True) -> dict:
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params) -> StanceModel:
        known = self._param_names()
        for key, value in params.items():
            if key not in known:
                raise ValueError(f"unknown stance setting {key!r}; known: {', '.join(known)}")
            setattr(self, key, value)
        return self

    def _validated_params(self) -> dict:
        """The parameters, type-converted and range-checked; raises ValueError with the reason."""
        p = self.get_params()
        if p["classifier"] not in CLASSIFIERS:
            raise ValueError(f"classifier must be one of {', '.join(CLASSIFIERS)}, "
                             f"not {p['classifier']!r}")
        try:
            for key in ("C", "extra_weight", "synthetic_weight"):
                p[key] = float(p[key])
            for key in ("word_ngrams", "char_min", "char_max", "min_df", "calib_folds", "seed"):
                if isinstance(p[key], float) and not p[key].is_integer():
                    raise ValueError(f"{key} must be a whole number, not {p[key]!r}")
                p[key] = int(p[key])
            for key in ("speaker", "cue", "kind", "lexicon", "speaker_lexicon", "speaker_name",
                        "calibrate"):
                p[key] = _bool(p[key])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"bad stance setting: {exc}") from None
        if not (math.isfinite(p["C"]) and p["C"] > 0):
            raise ValueError(f"C must be a positive number, not {p['C']!r}")
        for key in ("extra_weight", "synthetic_weight"):
            if not (math.isfinite(p[key]) and p[key] >= 0):
                raise ValueError(f"{key} must be zero or positive, not {p[key]!r}")
        if not 1 <= p["word_ngrams"] <= 4:
            raise ValueError(f"word_ngrams must be 1 to 4, not {p['word_ngrams']}")
        if p["char_max"] and not 1 <= p["char_min"] <= p["char_max"] <= 8:
            raise ValueError("need 1 <= char_min <= char_max <= 8 (char_max=0: no character n-grams)")
        if p["min_df"] < 1:
            raise ValueError(f"min_df must be at least 1, not {p['min_df']}")
        if p["calib_folds"] < 2:
            raise ValueError(f"calib_folds must be at least 2, not {p['calib_folds']}")
        return p

    # --- fitting --------------------------------------------------------------------------
    def fit(self, X: list, y: list[str] | None = None, *, temperature: float | None = None) -> StanceModel:
        """Learn from records with `.quote` (and `.cue`, `.affiliation`, `.kind`, `.source`).

        `temperature` skips the inner calibration folds and uses this one (`cross_validate`
        returns the temperature that fits its out-of-fold scores, so training need not repeat them).
        """
        params = self._validated_params()
        X = list(X)
        y = [r.stance for r in X] if y is None else list(y)
        if len(X) != len(y):
            raise ValueError(f"{len(X)} records but {len(y)} labels")
        if len(set(y)) < 2:
            raise ValueError("need quotes of at least two stances to train")
        lexicon = load_lexicon()
        feats = [record_features(r, params, lexicon) for r in X]
        weights = sample_weights(X, params)
        vec, coef, intercept, classes = _fit_linear(feats, y, weights, params)
        groups = [getattr(r, "doc", str(i)) for i, r in enumerate(X)]
        if temperature is not None:
            if not (math.isfinite(temperature) and temperature > 0):
                raise ValueError(f"temperature must be positive, not {temperature!r}")
        elif not params["calibrate"] or len(set(groups)) < 2:
            temperature = 1.0
        else:
            scores_oof = _out_of_fold_scores(feats, y, weights, groups, params, classes)
            temperature = fit_temperature(scores_oof, y, classes)
        self.lexicon_ = lexicon
        self.vectorizer_ = vec
        self.coef_ = coef
        self.intercept_ = intercept
        self.classes_ = classes
        self.temperature_ = temperature
        self.meta_ = {"format": FORMAT, "params": params, "classes": classes, "n_train": len(X),
                      "data_hash": data_hash(X, y), "temperature": temperature,
                      "trained_on": dict(sorted(_source_counts(X).items())),
                      "n_features": len(vec.vocabulary), "lexicon": lexicon.raw}
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError("this StanceModel is not fitted yet: call fit() or StanceModel.load()")

    # --- prediction -----------------------------------------------------------------------
    def decision_function(self, X: list) -> np.ndarray:
        self._check_fitted()
        params = self.meta_["params"]
        out = np.tile(self.intercept_.astype(np.float64), (len(X), 1))
        for row, record in enumerate(X):
            cols, vals = self.vectorizer_.rows(record_features(record, params, self.lexicon_))
            if len(cols):
                out[row] += self.coef_[:, cols] @ vals
        return out

    def predict_proba(self, X: list) -> np.ndarray:
        """(n, len(classes_)) calibrated probabilities; columns in the order of `classes_`."""
        self._check_fitted()
        X = list(X)
        if not X:
            return np.zeros((0, len(self.classes_)))
        return softmax(self.decision_function(X) / self.temperature_)

    def predict(self, X: list) -> list[str]:
        self._check_fitted()
        X = list(X)
        if not X:
            return []
        return [self.classes_[i] for i in self.predict_proba(X).argmax(axis=1)]

    # --- evaluation -----------------------------------------------------------------------
    def cross_validate(self, records: list, folds: int = 5, return_predictions: bool = False) -> dict:
        """Out-of-fold scores, folds grouped by document (no article on both sides of a split).

        Returns `scores()` of all records plus `folds` (the number really used: at most one per
        document), `by_source` (the same figures per source group), `reliability` and the
        `temperature` fitted on the out-of-fold scores; `predictions` too if asked for.
        """
        from sklearn.model_selection import GroupKFold

        self._validated_params()
        records = list(records)
        groups = [r.doc for r in records]
        n_docs = len(set(groups))
        used = min(int(folds), n_docs)
        if used < 2:
            raise ValueError(f"cross-validation needs at least 2 folds and 2 documents "
                             f"(asked for {folds}, {n_docs} document(s))")
        labels = [r.stance for r in records]
        logits = np.zeros((len(records), len(STANCES)))
        fold_params = {**self.get_params(), "calibrate": False}
        for train, test in GroupKFold(n_splits=used).split(records, labels, groups):
            model = StanceModel(**fold_params).fit([records[i] for i in train])
            z = model.decision_function([records[i] for i in test])
            missing = [c for c in STANCES if c not in model.classes_]
            for k, c in enumerate(model.classes_):
                logits[test, STANCES.index(c)] = z[:, k]
            for c in missing:  # a class absent from the training folds is never predicted
                logits[test, STANCES.index(c)] = -1e9
        present = [c for c in STANCES if c in labels]
        temperature = (fit_temperature(logits, labels, list(STANCES))
                       if _bool(self.calibrate) and len(present) >= 2 else 1.0)
        proba = softmax(logits / temperature)
        pred = [STANCES[i] for i in proba.argmax(axis=1)]
        result = scores(labels, pred)
        result["folds"] = used
        result["documents"] = n_docs
        result["temperature"] = temperature
        by_source: dict[str, list[int]] = {}
        for i, r in enumerate(records):
            by_source.setdefault(source_group(r), []).append(i)
        result["by_source"] = {s: {**scores([labels[i] for i in idx], [pred[i] for i in idx]),
                                   "documents": len({groups[i] for i in idx})}
                               for s, idx in sorted(by_source.items())}
        result["reliability"] = reliability(labels, proba, list(STANCES))
        if return_predictions:
            result["predictions"] = pred
        return result

    def evaluate(self, records: list) -> dict:
        """Scores and reliability of this fitted model on held-out records."""
        records = list(records)
        labels = [r.stance for r in records]
        proba = self.predict_proba(records)
        pred = [self.classes_[i] for i in proba.argmax(axis=1)] if records else []
        full = np.zeros((len(records), len(STANCES)))
        for k, c in enumerate(self.classes_):
            full[:, STANCES.index(c)] = proba[:, k]
        return {**scores(labels, pred), "reliability": reliability(labels, full, list(STANCES))}

    # --- files ----------------------------------------------------------------------------
    def save(self, path: Path | str, metrics: dict | None = None) -> None:
        """One .npz of plain arrays (no pickles), written atomically."""
        import io

        from quotes.storage import write_atomic

        self._check_fitted()
        self.meta_.update(created=time.strftime("%Y-%m-%dT%H:%M:%S"), numpy=np.__version__,
                          metrics=metrics or {})
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            meta=np.frombuffer(json.dumps(self.meta_, ensure_ascii=False).encode(), dtype=np.uint8),
            vocabulary=np.frombuffer("\n".join(self.vectorizer_.vocabulary).encode(), dtype=np.uint8),
            idf=self.vectorizer_.idf.astype(np.float32),
            coef=self.coef_.astype(np.float32),
            intercept=self.intercept_.astype(np.float32))
        write_atomic(Path(path), buf.getvalue())

    @classmethod
    def load(cls, path: Path | str) -> StanceModel:
        """Rebuild a model from its arrays; anything else is refused with the reason."""
        path = Path(path)
        arrays = read_model_arrays(path)
        try:
            meta = json.loads(arrays["meta.npy"].tobytes().decode("utf-8"))
            vocabulary = arrays["vocabulary.npy"].tobytes().decode("utf-8").split("\n")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UnsafeModelError(f"{path}: not a quotes stance model (bad metadata: {exc})") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            found = meta.get("format") if isinstance(meta, dict) else None
            raise UnsafeModelError(f"{path}: not a quotes stance model (format {found!r}, "
                                   f"expected {FORMAT!r}); retrain with `quotes train`")
        coef, idf, intercept = arrays["coef.npy"], arrays["idf.npy"], arrays["intercept.npy"]
        classes = meta.get("classes")
        temperature = meta.get("temperature", 1.0)
        if (not isinstance(classes, list) or len(set(classes)) != len(classes) or len(classes) < 2
                or not set(classes) <= set(STANCES) or not isinstance(temperature, int | float)
                or not (math.isfinite(temperature) and temperature > 0)
                or coef.shape != (len(classes), len(vocabulary)) or idf.shape != (len(vocabulary),)
                or intercept.shape != (len(classes),) or not np.isfinite(coef).all()
                or not isinstance(meta.get("params"), dict)):
            raise UnsafeModelError(f"{path}: not a quotes stance model (arrays of the wrong shape)")
        model = cls()
        try:
            model.set_params(**meta["params"])
            params = model._validated_params()
        except ValueError as exc:
            raise UnsafeModelError(f"{path}: not a quotes stance model ({exc})") from None
        if any(f[:2] not in ("w:", "c:", "x:") for f in vocabulary):
            raise UnsafeModelError(f"{path}: not a quotes stance model (unknown feature names)")
        try:
            model.lexicon_ = Lexicon.from_dict(meta.get("lexicon"), "its lexicon")
        except ValueError as exc:
            raise UnsafeModelError(f"{path}: not a quotes stance model ({exc})") from None
        meta["params"] = params
        model.vectorizer_ = Vectorizer(vocabulary, idf, block_weights(params))
        model.coef_ = coef.astype(np.float64)
        model.intercept_ = intercept.astype(np.float64)
        model.classes_ = list(classes)
        model.temperature_ = float(temperature)
        model.meta_ = meta
        return model


def read_model_arrays(path: Path) -> dict[str, np.ndarray]:
    """The archive's members as arrays, after checking names, sizes, dtypes and dimensions."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise UnsafeModelError(f"{path}: cannot read model ({exc.strerror or exc})") from None
    if head[:2] != b"PK":
        raise UnsafeModelError(f"{path}: not a quotes stance model (a pickle or other file?); "
                               "refusing to load it")
    arrays: dict[str, np.ndarray] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if names != set(MEMBERS) or len(infos) != len(MEMBERS):
                raise UnsafeModelError(f"{path}: not a quotes stance model (members "
                                       f"{', '.join(sorted(names)) or 'none'}); refusing to load it")
            too_big = [i.filename for i in infos if i.file_size > MAX_MEMBER_BYTES]
            if too_big:
                raise UnsafeModelError(f"{path}: member {too_big[0]} would unpack to more than "
                                       f"{MAX_MEMBER_BYTES // 2**20} MB; refusing to load it")
            for info in infos:
                with zf.open(info) as member:
                    data = member.read(MAX_MEMBER_BYTES + 1)
                if len(data) > MAX_MEMBER_BYTES:
                    raise UnsafeModelError(f"{path}: member {info.filename} is larger than it "
                                           "claims; refusing to load it")
                import io

                arr = np.load(io.BytesIO(data), allow_pickle=False)
                dtype, ndim = MEMBERS[info.filename]
                if arr.dtype != dtype or arr.ndim != ndim:
                    raise UnsafeModelError(f"{path}: not a quotes stance model ({info.filename} "
                                           f"is {arr.dtype} with {arr.ndim} dimension(s))")
                arrays[info.filename] = arr
    except UnsafeModelError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        # np.load raises ValueError for object arrays when allow_pickle=False: a pickle inside.
        raise UnsafeModelError(f"{path}: not a quotes stance model ({exc}); refusing to load it") from None
    return arrays


# --- training helpers ---------------------------------------------------------------------
def block_weights(params: dict) -> dict[str, float]:
    return {"w": 1.0, "c": 1.0, "x": params["extra_weight"]}


def source_group(record) -> str:
    """How `quotes train` groups its report: real text (real, user or unmarked) apart from ours."""
    source = getattr(record, "source", None)
    return source if source in ("seed", "synthetic") else "real"


def _source_counts(records: list) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in records:
        s = getattr(r, "source", None) or "unmarked"
        counts[s] = counts.get(s, 0) + 1
    return counts


def sample_weights(records: list, params: dict) -> np.ndarray:
    return np.array([params["synthetic_weight"] if getattr(r, "source", None) == "synthetic" else 1.0
                     for r in records])


def _fit_linear(feats: list[list[str]], y: list[str], weights: np.ndarray, params: dict):
    """Vocabulary, (k, n) coefficients, intercepts and class order of one linear model."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC
    from sklearn.utils.class_weight import compute_sample_weight

    vec = Vectorizer.fit(feats, params["min_df"], block_weights(params))
    X = vec.transform(feats)
    w = weights * compute_sample_weight("balanced", y)
    if params["classifier"] == "svm":
        clf = LinearSVC(C=params["C"] / 4, random_state=params["seed"])
    else:
        clf = LogisticRegression(C=params["C"], max_iter=3000, random_state=params["seed"])
    clf.fit(X, y, sample_weight=w)
    coef, intercept = np.asarray(clf.coef_, dtype=np.float64), np.asarray(clf.intercept_, dtype=np.float64)
    if coef.shape[0] == 1:  # two classes: sklearn keeps one row, for the second class
        coef = np.vstack([np.zeros_like(coef), coef])
        intercept = np.array([0.0, intercept[0]])
    return vec, coef, intercept, [str(c) for c in clf.classes_]


def _out_of_fold_scores(feats, y, weights, groups, params, classes) -> np.ndarray:
    """Decision scores of each record from a model that did not see its document."""
    from sklearn.model_selection import GroupKFold

    n_splits = min(params["calib_folds"], len(set(groups)))
    out = np.zeros((len(y), len(classes)))
    for train, test in GroupKFold(n_splits=n_splits).split(feats, y, groups):
        ys = [y[i] for i in train]
        if len(set(ys)) < 2:
            continue
        vec, coef, intercept, cls = _fit_linear([feats[i] for i in train], ys, weights[train], params)
        for i in test:
            cols, vals = vec.rows(feats[i])
            s = intercept + (coef[:, cols] @ vals if len(cols) else 0.0)
            for k, c in enumerate(cls):
                out[i, classes.index(c)] = s[k]
    return out


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, y: list[str], classes: list[str]) -> float:
    """The temperature that minimises the log loss of softmax(logits / T) (a 1-D search)."""
    idx = np.array([classes.index(label) for label in y])

    def nll(t: float) -> float:
        p = softmax(logits / t)
        return float(-np.log(np.clip(p[np.arange(len(idx)), idx], 1e-12, None)).mean())

    grid = np.exp(np.linspace(np.log(0.05), np.log(20), 121))
    best = min(grid, key=nll)
    lo, hi = best / 1.1, best * 1.1
    for _ in range(30):  # golden-section refinement around the best grid point
        a, b = lo + (hi - lo) * 0.382, lo + (hi - lo) * 0.618
        if nll(a) < nll(b):
            hi = b
        else:
            lo = a
    return round(float((lo + hi) / 2), 4)


# --- figures ------------------------------------------------------------------------------
def data_hash(records: list, y: list[str] | None = None) -> str:
    y = [r.stance for r in records] if y is None else y
    h = hashlib.sha256()
    lines = (f"{getattr(r, 'doc', '')}\0{r.quote}\0{label}\n" for r, label in zip(records, y, strict=True))
    for line in sorted(lines):
        h.update(line.encode())
    return h.hexdigest()[:16]


def scores(y_true: list[str], y_pred: list[str]) -> dict:
    """Per-class precision/recall/F1, macro-F1 and F1avg(favor, against) (SemEval's figure)."""
    per, f1s = {}, []
    for lab in STANCES:
        tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == lab and p == lab)
        n_pred = sum(1 for p in y_pred if p == lab)
        n_true = sum(1 for t in y_true if t == lab)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_true if n_true else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        per[lab] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "support": n_true}
    return {"per_class": per, "macro_f1": round(float(np.mean(f1s)), 3),
            "f1_favor_against": round((f1s[0] + f1s[1]) / 2, 3), "n": len(y_true)}


RELIABILITY_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def reliability(y_true: list[str], proba: np.ndarray, classes: list[str]) -> dict:
    """Confidence bins of the top class: how many, mean confidence, how often right; and ECE."""
    rows, ece = [], 0.0
    if len(y_true) == 0:
        return {"bins": rows, "ece": 0.0}
    conf = proba.max(axis=1)
    right = np.array([classes[int(i)] == t for i, t in zip(proba.argmax(axis=1), y_true, strict=True)])
    for lo, hi in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:], strict=False):
        mask = (conf >= lo) & (conf < hi)
        if mask.any():
            mean_c, acc = float(conf[mask].mean()), float(right[mask].mean())
            ece += mask.sum() / len(conf) * abs(mean_c - acc)
            rows.append({"from": lo, "to": min(hi, 1.0), "n": int(mask.sum()),
                         "confidence": round(mean_c, 3), "accuracy": round(acc, 3)})
    return {"bins": rows, "ece": round(float(ece), 3)}


# --- use in the pipeline --------------------------------------------------------------------
@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> StanceModel:
    """The shipped model by default; a file of the user's otherwise (loaded once per process)."""
    return StanceModel.load(Path(path) if path else DEFAULT_MODEL)


def label_quotes(quotes: list, model: StanceModel) -> None:
    """Fill `stance` and `stance_confidence` of Quote objects in place."""
    if not quotes:
        return
    proba = model.predict_proba(quotes)
    for q, row in zip(quotes, proba, strict=True):
        best = int(row.argmax())
        q.stance = model.classes_[best]
        q.stance_confidence = round(float(row[best]), 3)


__all__ = ["StanceModel", "NotFittedError", "UnsafeModelError", "load_model", "label_quotes",
           "scores", "reliability", "DEFAULT_MODEL", "BLOCKS"]
