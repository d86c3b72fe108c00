"""The 经营数据 (growth figures) area."""
