"""Dialogs shared by several areas (settings, import, merge…)."""
