"""Letters and insert cards: merge fields, layouts, card codes and the reportlab drawing."""
