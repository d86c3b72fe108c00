"""朋友圈 words: a planned post's statuses, the kinds of reaction logged against a post, the
opinions a customer gives of a new product, and WeChat's friend limit."""

from __future__ import annotations

from shopowner.i18n import translate

STATUSES = ("planned", "posted")
REACTION_KINDS = ("reply", "opinion", "order")
OPINIONS = ("like", "neutral", "dislike")
FRIEND_LIMIT = 5000  # WeChat takes no more friends on one account
NEARLY_FULL = 4500   # from here new buyers should be sent to another account


def status_label(status: str) -> str:
    return {"planned": translate("Moments", "Planned"),
            "posted": translate("Moments", "Posted")}.get(status, status)


def reaction_label(kind: str) -> str:
    return {"reply": translate("Moments", "Reply"),
            "opinion": translate("Moments", "Opinion"),
            "order": translate("Moments", "Order")}.get(kind, kind)


def opinion_label(opinion: str) -> str:
    return {"like": translate("Moments", "Like it"),
            "neutral": translate("Moments", "Neutral"),
            "dislike": translate("Moments", "Dislike it")}.get(opinion, opinion)
