"""Card-code redemption, follow-ups, feedback, reminders and the founder's daily review (no widgets)."""
