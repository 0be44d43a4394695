"""The convention settings of the config file: a default without a file, the file's choice, and a
wrong value refused with the file and the key named."""

from __future__ import annotations

import pytest

from quotes.config import (
    ConfigError,
    adverb_mention,
    continuation_mention,
    leading_complementizer,
    nested_quotes,
)


@pytest.mark.parametrize("key, read, default, other, wrong", [
    ("nested_quotes", nested_quotes, "innermost", "all", "every"),
    ("leading_complementizer", leading_complementizer, "drop", "keep", "trim"),
    ("continuation_mention", continuation_mention, "none", "antecedent", "previous"),
    ("adverb_mention", adverb_mention, "none", "adverb", "cue"),
])
def test_config_names_the_convention_and_refuses_others(tmp_path, monkeypatch, key, read, default,
                                                        other, wrong):
    config = tmp_path / "config.toml"
    monkeypatch.setenv("QUOTES_CONFIG", str(config))
    assert read() == default
    config.write_text(f'{key} = "{other}"\n', encoding="utf-8")
    assert read() == other
    config.write_text(f'{key} = "{wrong}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=f"config.toml: {key} must be one of"):
        read()
