"""Where a user's own files live, and the user's config file.

Answers and retrained models belong to the user, not to the package and not to whatever folder a
command happens to run in: they go to the platform's user data folder (platformdirs; on Linux
`$XDG_DATA_HOME/quotes`, usually `~/.local/share/quotes`). The config file
(`$XDG_CONFIG_HOME/quotes/config.toml`, usually `~/.config/quotes/config.toml`) may name the
stance model every command uses:

    stance_model = "/home/me/.local/share/quotes/stance-model.npz"
    speaker_mode = "hybrid"   # rules (default) | learned | hybrid: see quotes/resolve/learned.py

and which annotation convention the extractor follows for quotes nested inside quotes:

    nested_quotes = "innermost"   # the default, ../shared/realdev/GUIDELINES.md Q1, Q7, D16:
                                  # a report with verbatim fragments is one mixed quote
    nested_quotes = "all"         # also each verbatim fragment inside a report as a direct quote
                                  # of its own (`parent_start`/`parent_end` name the report), as
                                  # the German WikiNews quotation data marks them

and whether a reported clause keeps its leading complementizer:

    leading_complementizer = "drop"   # the default, GUIDELINES.md Q5: "sagte, dass A" reports "A"
    leading_complementizer = "keep"   # "dass A", as the German WikiNews quotation data marks it

and whether a continuation (a report's next sentence, no cue of its own) names a speaker mention:

    continuation_mention = "none"         # the default, GUIDELINES.md F2: no attribution, no mention
    continuation_mention = "antecedent"   # the mention of the report it continues, as the German
                                          # WikiNews quotation data marks it

and whether "demnach" (a cue that refers back to the source just named) is also the mention:

    adverb_mention = "none"     # the default, GUIDELINES.md F2: the attribution has no agent
    adverb_mention = "adverb"   # "demnach" itself, as the German WikiNews quotation data marks it

`conventions/wikinews.toml` in the repository is such a file (`QUOTES_CONFIG=… quotes extract`);
`make evaluate` uses it for WikiNews dev only.

and whether the learned quote-candidate layer runs:

    learned_quotes = "add"       # the learned quote-candidate layer: "off", "add" or "filter"

`QUOTES_LEARNED_QUOTES` (same values) overrides the file's `learned_quotes`, for one run.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import platformdirs

APP = "quotes"
CONFIG_ENV = "QUOTES_CONFIG"  # another config file, e.g. one per project
KNOWN_KEYS = {"stance_model", "annotations", "speaker_mode", "nested_quotes", "learned_quotes",
              "leading_complementizer", "continuation_mention", "adverb_mention"}
NESTED_QUOTES = ("innermost", "all")
COMPLEMENTIZER_CHOICES = ("drop", "keep")  # the first is the default
CONTINUATION_MENTION_CHOICES = ("none", "antecedent")  # the first is the default
ADVERB_MENTION_CHOICES = ("none", "adverb")  # the first is the default
# the convention settings: each key's allowed words, the first the default
CHOICES = {"nested_quotes": NESTED_QUOTES, "leading_complementizer": COMPLEMENTIZER_CHOICES,
           "continuation_mention": CONTINUATION_MENTION_CHOICES, "adverb_mention": ADVERB_MENTION_CHOICES}
LEARNED_ENV = "QUOTES_LEARNED_QUOTES"
LEARNED_MODES = ("off", "add", "filter")
DEFAULT_LEARNED_MODE = "add"  # measured better on realdev d–e, seeds and WikiNews (README)


class ConfigError(ValueError):
    """A config file that cannot be read or holds an unknown key; the message names the file."""


PACKAGE_DIR = Path(__file__).resolve().parent


def inside_package(path: Path | str) -> bool:
    """Files the user makes (answers, models) never go into the installed package."""
    resolved = Path(path).expanduser().resolve()
    return resolved == PACKAGE_DIR or PACKAGE_DIR in resolved.parents


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_path() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"


def default_annotations() -> Path:
    """The answers file `quotes annotate` writes and `quotes train` adds to the shipped data."""
    configured = read_config().get("annotations")
    return Path(configured).expanduser() if configured else user_data_dir() / "annotations.jsonl"


def default_model_output(suffix: str) -> Path:
    return user_data_dir() / f"stance-model{suffix}"


def read_config() -> dict:
    """The user's settings; an absent file means none, a broken one is an error naming it."""
    path = config_path()
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}; "
                          f"known: {', '.join(sorted(KNOWN_KEYS))}")
    for key in (KNOWN_KEYS - {"learned_quotes", *CHOICES}) & set(data):
        if not isinstance(data[key], str) or not data[key].strip():
            raise ConfigError(f"{path}: {key} must be a file path in quotes"
                              if key != "speaker_mode" else f"{path}: {key} must be a word in quotes")
    for key, allowed in CHOICES.items():
        if data.get(key, allowed[0]) not in allowed:
            raise ConfigError(f"{path}: {key} must be one of "
                              f"{', '.join(repr(v) for v in allowed)}, not {data[key]!r}")
    if "learned_quotes" in data and data["learned_quotes"] not in LEARNED_MODES:
        raise ConfigError(f"{path}: learned_quotes must be one of {', '.join(LEARNED_MODES)} "
                          f"(in quotes), not {data['learned_quotes']!r}")
    return data


def nested_quotes() -> str:
    """The nested-quote convention: "innermost" (the project's, the default) or "all"."""
    return read_config().get("nested_quotes", NESTED_QUOTES[0])


def leading_complementizer() -> str:
    """Whether reported content keeps a leading dass/ob: "drop" (the project's, the default) or "keep"."""
    return read_config().get("leading_complementizer", COMPLEMENTIZER_CHOICES[0])


def continuation_mention() -> str:
    """Whether a continuation names a mention: "none" (the project's, the default) or "antecedent"."""
    return read_config().get("continuation_mention", CONTINUATION_MENTION_CHOICES[0])


def adverb_mention() -> str:
    """Whether a "demnach" cue is also the mention: "none" (the project's, the default) or "adverb"."""
    return read_config().get("adverb_mention", ADVERB_MENTION_CHOICES[0])


def learned_quotes_mode() -> str:
    """Whether the learned quote-candidate layer runs: the environment, else the config file,
    else the default ("add": see the README for the figures that decided it)."""
    mode = os.environ.get(LEARNED_ENV, "").strip().lower()
    if mode:
        if mode not in LEARNED_MODES:
            raise ConfigError(f"{LEARNED_ENV}={mode!r}: must be one of {', '.join(LEARNED_MODES)}")
        return mode
    return read_config().get("learned_quotes", DEFAULT_LEARNED_MODE)


def stance_model_path(explicit: Path | str | None = None) -> str | None:
    """The stance model to use: the command's option, else the config file's, else None (shipped)."""
    if explicit:
        return str(explicit)
    configured = read_config().get("stance_model")
    if not configured:
        return None
    path = Path(configured).expanduser()
    if not path.is_file():
        raise ConfigError(f"{config_path()}: stance_model {path} does not exist")
    return str(path)
