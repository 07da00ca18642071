"""The README's configuration table names every setting the service and gunicorn.conf.py read, with their defaults."""

from __future__ import annotations

import dataclasses
import re

from service.config import Settings
from tests.deploy.files import ROOT

README = (ROOT / "README.md").read_text()
GUNICORN_CONF = (ROOT / "gunicorn.conf.py").read_text()


def table() -> dict[str, str]:
    """`variable` → default cell, from the table under '## Configuration'."""
    section = README.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([A-Z_]+)` \| ([^|]+) \|", section, re.M)
    assert rows, "no configuration table"
    return {name: default.strip().strip("`") for name, default in rows}


def test_every_quotes_setting_is_in_the_table_with_its_default() -> None:
    rows = table()
    settings = {"QUOTES_" + f.name.upper(): f.default for f in dataclasses.fields(Settings)}
    assert {k for k in rows if k.startswith("QUOTES_")} == set(settings)
    for name, default in settings.items():
        assert rows[name] == str(default), name


def test_every_variable_gunicorn_conf_reads_is_in_the_table() -> None:
    rows = table()
    read = set(re.findall(r"""(?:_int_env\(|environ\.get\(|environ\[)\s*["']([A-Z_]+)["']""", GUNICORN_CONF))
    assert {"PORT", "WEB_CONCURRENCY", "GUNICORN_TIMEOUT"} <= read
    assert read <= set(rows), read - set(rows)
    for name, default in re.findall(r"""_int_env\(["']([A-Z_]+)["'], (\d+)""", GUNICORN_CONF):
        assert rows[name] == default, name
