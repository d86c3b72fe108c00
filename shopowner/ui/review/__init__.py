"""The 每日回顾 area: the founder's page for one day."""


def build_review_area(window):
    from shopowner.ui.review.page import ReviewPage

    return ReviewPage(window)
