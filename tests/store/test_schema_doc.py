"""``docs/schema.md`` describes the schema a fresh shop has (its generated part)."""

from __future__ import annotations

from scripts.schema_doc import MARKER, generated_section, written_section


def test_schema_doc_matches_a_fresh_shop():
    """Run ``scripts/schema_doc.py`` after adding a schema step."""
    section = generated_section()
    assert written_section() == section
    # it names what a fresh shop has, the newest step's work included
    for text in ("### `customers`", "| `list_phone` | TEXT | yes | '' |  |", "`erased_keys`",
                 "m0014_customers_stage_trigger_without_clock", "CREATE TRIGGER customers_stage_wechat"):
        assert text in section, text
    assert section.startswith(MARKER)
