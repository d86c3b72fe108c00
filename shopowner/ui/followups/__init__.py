"""The 跟进与反馈 area, the Ctrl+K quick redeem box and the new-follow-up entry point."""


def build_followups_area(window):
    from shopowner.ui.followups.area import FollowupsArea

    return FollowupsArea(window)
