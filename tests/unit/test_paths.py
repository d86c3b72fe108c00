"""Data-folder resolution: the option, then the environment variable, then the platform default."""

from __future__ import annotations

from pathlib import Path

from shopowner.paths import ENV_DATA_DIR, default_data_dir, font_path, resolve_data_dir


def test_option_wins_over_environment(tmp_path):
    env = {ENV_DATA_DIR: str(tmp_path / "from-env")}
    assert resolve_data_dir(tmp_path / "from-option", env) == (tmp_path / "from-option").resolve()


def test_environment_variable_used_without_option(tmp_path):
    env = {ENV_DATA_DIR: str(tmp_path / "from-env")}
    assert resolve_data_dir(None, env) == (tmp_path / "from-env").resolve()


def test_default_is_the_platform_app_data_folder():
    default = resolve_data_dir(None, {})
    assert default == default_data_dir()
    assert "ShopOwner" in default.parts[-1] or "shopowner" in str(default).lower()
    assert default.is_absolute()


def test_bundled_font_and_licence_exist():
    assert font_path().exists() and font_path().stat().st_size > 1_000_000
    assert (font_path().parent / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE")
    assert isinstance(font_path(), Path)
