"""朋友圈: the Moments planner area (calendar, the day's posts, reactions, friend counts,
new-product opinions)."""

from __future__ import annotations


def build(window):
    from shopowner.ui.moments.area import MomentsArea

    return MomentsArea(window)
