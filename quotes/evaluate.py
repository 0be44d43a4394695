"""Score extracted quotes against gold annotations (GenderGapTracker convention).

Spans match by character intersection over union at a threshold (0.3 and 0.8); each gold quote
matches at most one prediction. Speaker and affiliation accuracy are measured on matched quotes.
"""

from __future__ import annotations

from collections import defaultdict

from quotes.models import KINDS, Annotation, Quote
from quotes.registry import load_registry
from quotes.text import fold

LISTING_SPEAKERS = ("Benjamin Netanjahu",)
LISTING_AFFILIATIONS = ("Hamas",)


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(gold: list[Annotation], pred: list[Quote], threshold: float) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best overlap first, within each document."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.doc == p.doc:
                score = iou((g.start, g.end), (p.start, p.end))
                if score >= threshold:
                    pairs.append((score, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _score, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def rejected_found(rejected: list[Annotation], pred: list[Quote],
                   threshold: float = 0.3) -> list[Quote]:
    """Predictions on spans an annotator rejected as not a quote (`quotes annotate`, key r):
    known false alarms, so a rule change can be checked against them."""
    return [pred[pi] for _, pi in match(rejected, pred, threshold)]


def same_speaker(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return gold == pred
    registry = load_registry()
    g, _ = registry.canonical(gold)
    p, _ = registry.canonical(pred)
    return fold(g) == fold(p)


def evaluate_quotes(gold: list[Annotation], pred: list[Quote],
                    thresholds: tuple[float, ...] = (0.3, 0.8)) -> dict:
    gold = [g for g in gold if g.start is not None and g.end is not None]
    result: dict = {"gold": len(gold), "predicted": len(pred), "thresholds": {}}
    for t in thresholds:
        pairs = match(gold, pred, t)
        tp = len(pairs)
        precision = tp / len(pred) if pred else 0.0
        recall = tp / len(gold) if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for g in gold:
            per_kind[g.kind or "direct"][1] += 1
        for gi, _ in pairs:
            per_kind[gold[gi].kind or "direct"][0] += 1
        speaker_ok = sum(same_speaker(gold[gi].speaker, pred[pi].speaker) for gi, pi in pairs)
        aff_ok = sum((gold[gi].affiliation or None) == (pred[pi].affiliation or None)
                     for gi, pi in pairs)
        result["thresholds"][str(t)] = {
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "recall_by_kind": {k: round(per_kind[k][0] / per_kind[k][1], 3)
                               for k in KINDS if per_kind[k][1]},
            "speaker_accuracy": round(speaker_ok / tp, 3) if tp else 0.0,
            "affiliation_accuracy": round(aff_ok / tp, 3) if tp else 0.0,
            "matched": tp,
        }
    return result


def is_listed(speaker: str | None, affiliation: str | None,
              speakers: tuple[str, ...] = LISTING_SPEAKERS,
              affiliations: tuple[str, ...] = LISTING_AFFILIATIONS) -> bool:
    """The user's first question: is this a quote by one of these people or sides?"""
    if affiliation in affiliations:
        return True
    return bool(speaker) and any(same_speaker(speaker, s) for s in speakers)


def listing_scores(gold: list[Annotation], pred: list[Quote], threshold: float = 0.3) -> dict:
    """Precision and recall of the listing "every quote by Netanyahu or a Hamas speaker".

    A listed prediction is right when it matches a gold quote that belongs in the listing.
    """
    gold = [g for g in gold if g.start is not None]
    pairs = dict((p, g) for g, p in match(gold, pred, threshold))
    wanted = {gi for gi, g in enumerate(gold) if is_listed(g.speaker, g.affiliation)}
    listed = [pi for pi, p in enumerate(pred) if is_listed(p.speaker, p.affiliation)]
    right = [pi for pi in listed if pairs.get(pi) in wanted]
    precision = len(right) / len(listed) if listed else 0.0
    recall = len(right) / len(wanted) if wanted else 0.0
    return {"gold": len(wanted), "listed": len(listed), "right": len(right),
            "precision": round(precision, 3), "recall": round(recall, 3)}


def stance_on_matched(gold: list[Annotation], pred: list[Quote], threshold: float = 0.3) -> dict:
    """Stance figures on the tool's own extracted quotes that match a gold quote."""
    from quotes.stance import scores

    gold = [g for g in gold if g.start is not None]
    pairs = [(gold[gi], pred[pi]) for gi, pi in match(gold, pred, threshold)]
    pairs = [(g, p) for g, p in pairs if p.stance]
    if not pairs:
        return {"n": 0}
    result = scores([g.stance for g, _ in pairs], [p.stance for _, p in pairs])
    result["swapped"] = sum({g.stance, p.stance} == {"favor", "against"} for g, p in pairs)
    return result


def error_listing(gold: list[Annotation], pred: list[Quote], threshold: float = 0.3) -> dict:
    """Missed gold quotes, spurious predictions and wrong speakers, for improving the rules."""
    pairs = match(gold, pred, threshold)
    mg = {g for g, _ in pairs}
    mp = {p for _, p in pairs}
    return {
        "missed": [gold[i] for i in range(len(gold)) if i not in mg],
        "spurious": [pred[i] for i in range(len(pred)) if i not in mp],
        "wrong_speaker": [(gold[g], pred[p]) for g, p in pairs
                          if not same_speaker(gold[g].speaker, pred[p].speaker)],
    }


def error_lines(errors: dict) -> list[str]:
    """One tab-separated line per error: what, document, kind, rule that fired, speakers, text."""
    lines = []
    for g in errors["missed"]:
        lines.append("\t".join(["missed", g.doc, g.kind or "-", "-", f"gold={g.speaker}",
                                 f"cue={g.cue}", g.quote[:120]]))
    for p in errors["spurious"]:
        lines.append("\t".join(["extra", p.doc, p.kind, getattr(p, "rule", None) or "-",
                                 f"got={p.speaker}", f"cue={p.cue}", p.quote[:120]]))
    for g, p in errors["wrong_speaker"]:
        lines.append("\t".join(["speaker", g.doc, g.kind or "-", getattr(p, "rule", None) or "-",
                                 f"gold={g.speaker}", f"got={p.speaker} ({p.speaker_mention})",
                                 g.quote[:120]]))
    return lines
