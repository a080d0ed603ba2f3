"""Model choice and the text the parser sees."""

from __future__ import annotations

import pytest

from eventwire import config, nlp
from eventwire.textprep import prepare
from eventwire.errors import ModelNotFoundError


def test_clean_keeps_offsets_and_fixes_stray_stops():
    text = "the West has accused. on several occasions to Pyongyang. U.S. officials said."
    out = prepare(text).text
    assert len(out) == len(text)
    assert "accused  on" in out and "U.S. officials" in out


def test_paragraphs_are_sentences():
    doc = nlp.load()("Kim met Shoigu\nThe two sides talked")
    assert len(list(doc.sents)) == 2


def test_env_var_picks_the_model(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_SPACY_MODEL", "en_core_web_md_not_installed")
    assert config.spacy_model_names() == ("en_core_web_md_not_installed",)
    with pytest.raises(ModelNotFoundError, match="EVENTWIRE_SPACY_MODEL"):
        nlp.load("en_core_web_md_not_installed")


def test_default_prefers_official_model(monkeypatch):
    monkeypatch.delenv("EVENTWIRE_SPACY_MODEL", raising=False)
    assert config.spacy_model_names()[0] == "en_core_web_sm"


def test_config_file_setting(tmp_path, monkeypatch):
    cfg = tmp_path / "c.toml"
    cfg.write_text('spacy_model = "en_core_web_trf"\ndb_path = "x.duckdb"\n', encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(cfg))
    monkeypatch.delenv("EVENTWIRE_SPACY_MODEL", raising=False)
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    config.file_settings.cache_clear()
    try:
        assert config.spacy_model_names() == ("en_core_web_trf",)
        assert config.db_path() == "x.duckdb"
    finally:
        config.file_settings.cache_clear()


def test_datelines_are_blanked_not_parsed():
    for text in ("PARIS (Reuters) - Fighters arrested him.", "MOGADISHU, Somalia -- A strike killed five.",
                 "KABUL, Afghanistan (AP) -- Troops left.", "WASHINGTON -- Trump spoke."):
        out = prepare(text).text
        assert len(out) == len(text) and out.split()[0] in ("Fighters", "A", "Troops", "Trump")
    assert prepare("NATO - the alliance met.").text == "NATO - the alliance met."
