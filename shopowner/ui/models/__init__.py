"""Table models (tested without a window)."""
